import Foundation
import Testing
import EventStore
import LedgerEvents
import LedgerTestSupport

/// Month-end killed part-way: after `repair`, running it again completes
/// it, and the ledger is byte for byte what one uninterrupted run gives —
/// so no invoice, fee or statement twice, no gap in the invoice numbers,
/// one `run.completed` — and so are its documents in the out directory. CI kills 8 runs; `Scripts/crash-test.sh` 40.
@Suite(.serialized) struct MonthEndCrashTests {
    /// A ledger with eight March orders of two GroupDocs resellers and one
    /// payment: month-end 2026-04 invoices them all, assesses April's
    /// interest on the unpaid ones and issues two statements.
    func baseLedger() throws -> CLIFixture {
        let cli = try CLIFixture()
        #expect(try cli.initWithGroupDocs().status == 0)
        var lines: [String] = []
        for day in 2...5 {
            for reseller in ["R-ACME", "R-BETA"] {
                lines.append(InputLine.order("ord-\(reseller.lowercased())-\(day)", reseller: reseller, effective: "2026-03-0\(day)"))
            }
        }
        lines.append(InputLine.payment("pay-acme-1", effective: "2026-03-20"))
        let path = try cli.input("march.jsonl", lines.joined(separator: "\n"))
        #expect(cli.run("append", path).status == 0)
        return cli
    }

    @Test func killedMonthEndCompletesOnReRunWithNothingTwice() throws {
        let base = try baseLedger()
        let rledger = try RLedgerBinary.path()
        let environment = ["RLEDGER_NOW": base.environment["RLEDGER_NOW"] ?? ""]
        let reference = try copyLedger(base, to: "reference")
        let started = Date()
        let clean = try RLedgerBinary.run(monthEnd(reference, out: "out-reference", in: base), environment: environment)
        let runSeconds = Date().timeIntervalSince(started)
        #expect(clean.termination == .exited(0), "\(clean.errors)")
        let expected = try ledgerFiles(reference)
        let expectedOut = try documents(base.scratch.path("out-reference"))
        try checkDocuments(of: reference)

        var random = SeededGenerator(seed: ReliabilityScale.seed)
        var committedBeforeKill = 0
        var repaired = 0
        var documentsRecovered = 0
        for trial in 1...ReliabilityScale.monthEndKills {
            let ledger = try copyLedger(base, to: "trial-\(trial)")
            let child = try ChildProcess([rledger] + monthEnd(ledger, out: "out-\(trial)", in: base), environment: environment)
            // The kills sweep the whole run, from its start to its end, with
            // a random offset in each step: before anything is written, while
            // the lines are written, after the commit while the documents are.
            let step = (Double(trial) - Double.random(in: 0..<1, using: &random)) / Double(ReliabilityScale.monthEndKills)
            usleep(UInt32(step * runSeconds * 1_000_000))
            child.kill()
            child.wait()
            if try recover(ledger, with: base) { repaired += 1 }
            if try LedgerStore(opening: ledger).readAll().contains(where: { $0.type == .runCompleted }) { committedBeforeKill += 1 }
            let rerun = try RLedgerBinary.run(monthEnd(ledger, out: "out-\(trial)", in: base), environment: environment)
            #expect(rerun.termination == .exited(0), "trial \(trial): \(rerun.errors)")
            if rerun.output.contains("that were missing from") { documentsRecovered += 1 }
            #expect(try ledgerFiles(ledger) == expected, "trial \(trial): the re-run's ledger differs from an uninterrupted run's")
            let verification = try LedgerStore(opening: ledger).verify()
            #expect(verification.isClean && verification.warnings.isEmpty, "trial \(trial): \(verification.lines)")
            #expect(try documents(base.scratch.path("out-\(trial)")) == expectedOut, "trial \(trial): the documents differ")
            try checkDocuments(of: ledger)
        }
        print("month-end crash test (seed \(ReliabilityScale.seed)): \(ReliabilityScale.monthEndKills) runs killed, "
              + "\(committedBeforeKill) had committed before the kill, \(repaired) left a tail that repair moved aside, \(documentsRecovered) re-runs wrote documents the killed run had not; every re-run matched the uninterrupted run byte for byte, documents included")
    }

    func monthEnd(_ ledger: String, out: String, in base: CLIFixture) -> [String] {
        ["--ledger", ledger, "month-end", "--period", "2026-04", "--out", base.scratch.path(out)]
    }

    func copyLedger(_ base: CLIFixture, to name: String) throws -> String {
        let target = base.scratch.path(name)
        try FileManager.default.copyItem(atPath: base.ledger, toPath: target)
        return target
    }

    /// `verify`, and `repair` when the kill left a tail (then true);
    /// anything else fails.
    func recover(_ ledger: String, with base: CLIFixture) throws -> Bool {
        let verified = base.runBare(["--ledger", ledger, "verify"])
        guard verified.status != 0 else { return false }
        for problem in verified.output.split(separator: "\n") {
            #expect(problem.contains(": torn tail: ") || problem.contains(" uncommitted line"), "\(problem)")
        }
        #expect(base.runBare(["--ledger", ledger, "repair"]).status == 0)
        #expect(base.runBare(["--ledger", ledger, "verify"]).status == 0)
        return true
    }

    /// The event files and the manifest (not the lock, not quarantine).
    /// The event files and manifest. The derived index is compared by
    /// `verify` instead: a kill between the commit and its update leaves it
    /// behind until the re-run brings it up to date, in other batches.
    func ledgerFiles(_ ledger: String) throws -> [String: [UInt8]] {
        try DirectorySnapshot(of: ledger).files.filter {
            !$0.key.hasPrefix("quarantine/") && !$0.key.hasPrefix("derived/") && $0.key != ".lock"
        }
    }

    /// The documents of a run's out directory, without the temporary files
    /// of an atomic write that a kill interrupted (their names start with a dot).
    func documents(_ directory: String) throws -> [String: [UInt8]] {
        try DirectorySnapshot(of: directory).files.filter { !($0.key.split(separator: "/").last ?? "").hasPrefix(".") }
    }

    /// No invoice number or event id twice, each series gapless from 1,
    /// one `run.completed` for the period.
    func checkDocuments(of ledger: String) throws {
        let events = try LedgerStore(opening: ledger).readAll()
        #expect(Set(events.map(\.id)).count == events.count)
        let numbers = events.compactMap { event -> String? in
            if case .invoiceIssued(let p) = event.payload { return p.number }
            return nil
        }
        #expect(numbers == (1...max(numbers.count, 1)).prefix(numbers.count).map { "GD-2026-" + String(format: "%06d", $0) })
        #expect(events.filter { $0.type == .lateFeeAssessed }.count > 0)
        #expect(events.filter { $0.type == .runCompleted }.count == 1)
    }
}
