import Foundation
import EventStore
import LedgerCore
import LedgerTestSupport
import Testing

/// `balances` keeps its positions in `derived/balances.snapshot` after a
/// replay of the whole ledger and reads them back while nothing changed:
/// when it does, what invalidates it, and `verify`'s check.
@Suite struct BalanceSnapshotCLITests {
    var snapshotPath: (CLIFixture) -> String = { $0.ledger + "/derived/balances.snapshot" }

    /// A ledger with one open invoice of R-ACME (its order of 2026-03-02,
    /// billed through 2026-03-31), and R-ACME's row of the replayed report.
    func ledgerWithAnInvoice() throws -> (CLIFixture, String) {
        let cli = try CLIFixture()
        #expect(try cli.initWithGroupDocs().status == 0)
        #expect(cli.run("append", try cli.input("a.jsonl", InputLine.order("ord-1"))).status == 0)
        #expect(cli.run("bill", "--through", "2026-03-31").status == 0)
        return (cli, try acme(cli.run("balances", "--format", "csv", "--as-of", "2026-11-01")))
    }

    func acme(_ outcome: CLIFixture.Outcome) throws -> String {
        try #require(outcome.output.split(whereSeparator: \.isNewline).first { $0.hasPrefix("R-ACME,") }.map(String.init), "\(outcome)")
    }

    /// The payload's balance of `reseller` replaced by 12345.67.
    func forgeBalance(_ cli: CLIFixture, of reseller: String = "R-ACME") throws {
        try forge(cli) { payload in
            payload.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                guard line.hasPrefix(reseller + "\t") else { return String(line) }
                var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                fields[3] = "12345.67"
                return fields.joined(separator: "\t")
            }.joined(separator: "\n")
        }
    }

    /// Rewrites the snapshot's payload with `change`, keeping the header's
    /// length and checksum right: only the key and producer can tell it apart.
    func forge(_ cli: CLIFixture, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: snapshotPath(cli), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let payload = Array(change(lines[4...].joined(separator: "\n")).utf8)
        lines = Array(lines[0..<3]) + ["payload \(payload.count) \(SnapshotFile.checksum(payload))"]
        try (lines.joined(separator: "\n") + "\n" + String(decoding: payload, as: UTF8.self))
            .write(toFile: snapshotPath(cli), atomically: false, encoding: .utf8)
    }

    func balances(_ cli: CLIFixture, _ extra: String...) -> CLIFixture.Outcome {
        cli.run(["balances", "--format", "csv"] + extra, inputBytes: [])
    }

    @Test func theSecondReportComesFromTheSnapshotWithTheSameBytes() throws {
        let cli = try CLIFixture()
        #expect(try cli.initWithGroupDocs().status == 0)
        #expect(cli.run("append", try cli.input("a.jsonl", InputLine.order("ord-1"))).status == 0)
        #expect(cli.run("bill", "--through", "2026-03-31").status == 0)
        #expect(!FileManager.default.fileExists(atPath: snapshotPath(cli)))
        let replayed = balances(cli)
        #expect(replayed.status == 0 && FileManager.default.fileExists(atPath: snapshotPath(cli)))
        for format in ["table", "json", "csv"] {
            let fromSnapshot = cli.run("balances", "--format", format)
            try FileManager.default.removeItem(atPath: snapshotPath(cli))
            #expect(fromSnapshot == cli.run("balances", "--format", format), "\(format)")
        }
        // A forged payload shows through: proof that the report read it.
        try forgeBalance(cli)
        #expect(try acme(balances(cli)).hasPrefix("R-ACME,groupdocs,USD,12345.67,"))
    }

    @Test func verifyFindsAForgedSnapshotAndRebuildsIt() throws {
        let (cli, row) = try ledgerWithAnInvoice()
        #expect(cli.run("verify").errors == "")
        try forgeBalance(cli)
        let verified = cli.run("verify")
        #expect(verified.status == 0)
        #expect(verified.errors == "rledger: warning: derived/balances.snapshot: did not match a replay of the ledger; "
            + "rebuilt (it is derived data: nothing was lost)\n")
        #expect(try acme(balances(cli)) == row)
        #expect(cli.run("verify").errors == "")
    }

    /// An indexed append carries the snapshot over its commit: the batch's
    /// resellers are replayed and their positions replaced, the others' are
    /// kept as they were (a forged R-BETA shows it), and what the carried
    /// snapshot reports is what a replay reports.
    @Test func anIndexedAppendCarriesTheSnapshot() throws {
        let (cli, row) = try ledgerWithAnInvoice()
        try forgeBalance(cli, of: "R-ACME")
        try forgeBalance(cli, of: "R-BETA")
        #expect(cli.run("append", try cli.input("b.jsonl", InputLine.payment("pay-1"))).status == 0)
        let carried = balances(cli)
        let carriedAcme = try acme(carried)
        #expect(carriedAcme != row && !carriedAcme.contains("12345.67"), "R-ACME replayed: \(carried.output)")
        #expect(carried.output.contains("R-BETA,groupdocs,USD,12345.67,"), "R-BETA carried: \(carried.output)")
        try FileManager.default.removeItem(atPath: snapshotPath(cli))
        let replayed = balances(cli)
        #expect(try acme(replayed) == carriedAcme)
        #expect(!replayed.output.contains("12345.67"))
    }

    /// Appends of several kinds, each carrying the snapshot: the report it
    /// serves stays the replay's, in every format and as of later dates.
    @Test func carriedSnapshotsReportWhatAReplayReports() throws {
        let (cli, _) = try ledgerWithAnInvoice()
        let batches = [
            [InputLine.order("ord-2", quantity: 3, reseller: "R-BETA", effective: "2026-05-04")],
            [InputLine.payment("pay-1", effective: "2026-06-01"), InputLine.payment("pay-2", reseller: "R-BETA", effective: "2026-06-02")],
            [InputLine.order("ord-3", quantity: 2, effective: "2026-02-10")],                  // back-dated
        ]
        for (number, lines) in batches.enumerated() {
            let key = try String(contentsOfFile: snapshotPath(cli), encoding: .utf8).components(separatedBy: "\n")[2]
            try cli.scratch.write(lines.joined(separator: "\n") + "\n", to: "c\(number).jsonl")
            let appended = cli.run(["append", cli.scratch.path("c\(number).jsonl")], inputBytes: [])
            #expect(appended.status == 0, "\(appended)")
            let carried = try String(contentsOfFile: snapshotPath(cli), encoding: .utf8).components(separatedBy: "\n")[2]
            #expect(carried != key, "batch \(number) carried the snapshot to the new key")
            for arguments in [["--format", "csv"], ["--format", "json"], ["--as-of", "2027-03-01"]] {
                let fromSnapshot = cli.run(["balances"] + arguments, inputBytes: [])
                let kept = try Data(contentsOf: URL(fileURLWithPath: snapshotPath(cli)))
                try FileManager.default.removeItem(atPath: snapshotPath(cli))
                #expect(fromSnapshot == cli.run(["balances"] + arguments, inputBytes: []), "batch \(number), \(arguments)")
                try kept.write(to: URL(fileURLWithPath: snapshotPath(cli)))
            }
        }
    }

    /// A snapshot of an earlier as-of date (it has an `until`) is carried
    /// too: a new event before `until` is replayed into it, one from `until`
    /// on stays hidden, as from a replay as of that date.
    @Test func aSnapshotWithAnUntilIsCarried() throws {
        let (cli, _) = try ledgerWithAnInvoice()
        _ = balances(cli, "--as-of", "2026-03-30")   // keeps through 2026-03-02, until 2026-03-31
        try forgeBalance(cli, of: "R-BETA")
        let batch = try cli.input("u.jsonl", InputLine.payment("pay-1", effective: "2026-03-15"),
                                  InputLine.payment("pay-2", effective: "2026-06-01"))
        #expect(cli.run("append", batch).status == 0)
        let kept = try String(contentsOfFile: snapshotPath(cli), encoding: .utf8)
        #expect(kept.contains("\nthrough 2026-03-15 ") && kept.contains("\nuntil 2026-03-31\n"), "\(kept)")
        for asOf in ["2026-03-15", "2026-03-30"] {
            let carried = balances(cli, "--as-of", asOf)
            #expect(carried.output.contains("12345.67"), "served from the carried snapshot as of \(asOf)")
            let data = try Data(contentsOf: URL(fileURLWithPath: snapshotPath(cli)))
            try FileManager.default.removeItem(atPath: snapshotPath(cli))
            let replayed = balances(cli, "--as-of", asOf)
            #expect(try acme(carried) == acme(replayed), "as of \(asOf)")
            try data.write(to: URL(fileURLWithPath: snapshotPath(cli)))
        }
        #expect(try acme(balances(cli, "--as-of", "2026-03-30")) == "R-ACME,groupdocs,USD,0.00,0.00,0.00")
    }

    /// On the demo ledger (four programs, accounts, late fees, rebates):
    /// payments of resellers of three programs, one partly back-dated,
    /// carried; the carried report is the replay's.
    @Test func theDemoLedgerCarriesPaymentsOfEveryProgram() throws {
        let cli = try CLIFixture()
        try FileManager.default.copyItem(atPath: DemoLedger.directory, toPath: cli.ledger)
        try? FileManager.default.removeItem(atPath: cli.ledger + "/derived")
        #expect(cli.run("verify").status == 0)  // builds the index
        _ = balances(cli)
        func payment(_ id: String, _ reseller: String, _ program: String, _ amount: String, _ currency: String, _ date: String) -> String {
            #"{"id":"\#(id)","type":"payment.received","effective":"\#(date)","reseller":"\#(reseller)","program":"\#(program)","payment":"\#(id.uppercased())","amount":"\#(amount)","currency":"\#(currency)","method":"bankTransfer"}"#
        }
        let batch = try cli.input("demo.jsonl",
                                  payment("snap-1", "R-EMPIRE", "groupdocs", "50.00", "USD", "2026-10-20"),
                                  payment("snap-2", "R-NIMBUS", "bytekast", "120.00", "USD", "2026-06-15"),
                                  payment("snap-3", "R-ALTAI", "smartsoft", "1000.00", "RUB", "2026-10-30"))
        let key = try String(contentsOfFile: snapshotPath(cli), encoding: .utf8).components(separatedBy: "\n")[2]
        let appended = cli.run("append", batch)
        #expect(appended.status == 0, "\(appended)")
        #expect(try String(contentsOfFile: snapshotPath(cli), encoding: .utf8).components(separatedBy: "\n")[2] != key)
        let carried = balances(cli)
        try FileManager.default.removeItem(atPath: snapshotPath(cli))
        #expect(carried == balances(cli))
        #expect(carried.output.contains("R-EMPIRE,groupdocs,USD,65.21,"), "\(carried.output)")
    }

    /// A batch with an event of no reseller (a tax rate may change every
    /// reseller) and an append that reads the whole ledger (no derived
    /// index) leave the snapshot behind: the next report replays.
    @Test func appendsThatCannotCarryLeaveTheSnapshotStale() throws {
        let (cli, row) = try ledgerWithAnInvoice()
        try forgeBalance(cli, of: "R-BETA")
        let rate = #"{"id":"rate-1","type":"tax.rate","effective":"2026-06-01","jurisdiction":"US-NY","percent":"8.875"}"#
        #expect(cli.run("append", try cli.input("r.jsonl", rate)).status == 0)
        #expect(!balances(cli).output.contains("12345.67"))
        try forgeBalance(cli, of: "R-BETA")
        try FileManager.default.removeItem(atPath: cli.ledger + "/derived/index.json")
        #expect(cli.run("append", try cli.input("p.jsonl", InputLine.payment("pay-9"))).status == 0)
        let replayed = balances(cli)
        let replayedAcme = try acme(replayed)
        #expect(!replayed.output.contains("12345.67") && replayedAcme != row, "\(replayed.output)")
    }

    /// A line edited in place keeps the manifest and the file's length, but
    /// not its modification time: the report reads the files and names the line.
    @Test func aLineEditedInPlaceIsReportedNotHiddenByTheSnapshot() throws {
        let (cli, _) = try ledgerWithAnInvoice()
        let path = cli.ledger + "/orders.jsonl"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(#""quantity":1"#))
        try text.replacingOccurrences(of: #""quantity":1"#, with: #""quantity":7"#).write(toFile: path, atomically: false, encoding: .utf8)
        let damaged = balances(cli)
        #expect(damaged.status == 1 && damaged.errors.contains("orders.jsonl:1: chain mismatch"), "\(damaged.errors)")
    }

    /// A known-at instant that hides events replays and keeps nothing.
    /// An as-of date outside the kept snapshot's range replays and keeps a
    /// snapshot for its own range: from the last effective date it saw to
    /// the eve of the first it did not.
    @Test func otherAsOfDatesAndKnownAtInstantsReplay() throws {
        let (cli, row) = try ledgerWithAnInvoice()   // kept: through 2026-03-31 (the bill run), nothing hidden
        try forgeBalance(cli)
        let forged = try Data(contentsOf: URL(fileURLWithPath: snapshotPath(cli)))
        let known = balances(cli, "--known-at", "2000-01-01T00:00:00Z")
        #expect(known.status == 0 && !known.output.contains("R-ACME"), "\(known.output)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: snapshotPath(cli))) == forged)
        #expect(try acme(balances(cli, "--as-of", "2026-03-31")).contains("12345.67"))
        #expect(try acme(balances(cli, "--as-of", "2027-12-31")).contains("12345.67"))
        // Before the bill run's date: the forged snapshot is not read, and
        // the replay keeps its own (events up to 2026-03-02 seen, the run's
        // of 2026-03-31 not).
        #expect(try acme(balances(cli, "--as-of", "2026-03-30")) == row)
        let kept = try String(contentsOfFile: snapshotPath(cli), encoding: .utf8)
        #expect(kept.contains("\nthrough 2026-03-02 ") && kept.contains("\nuntil 2026-03-31\n"), "\(kept)")
        try forgeBalance(cli)
        #expect(try acme(balances(cli, "--as-of", "2026-03-02")).contains("12345.67"))
        #expect(try acme(balances(cli, "--as-of", "2026-03-31")) == row)
    }

    /// The snapshot of another program (a rebuilt or upgraded rledger, whose
    /// rules may differ) is replaced, never read.
    @Test func anotherProgramsSnapshotIsNotRead() throws {
        let (cli, row) = try ledgerWithAnInvoice()
        try forgeBalance(cli)
        var lines = try String(contentsOfFile: snapshotPath(cli), encoding: .utf8).components(separatedBy: "\n")
        #expect(lines[1].hasPrefix("producer balances/1 exe:"))
        lines[1] = "producer balances/1 exe:1:2.3:4"
        try lines.joined(separator: "\n").write(toFile: snapshotPath(cli), atomically: false, encoding: .utf8)
        #expect(try acme(balances(cli)) == row)
        #expect(try String(contentsOfFile: snapshotPath(cli), encoding: .utf8).components(separatedBy: "\n")[1] != lines[1])
    }

    @Test func anUnreadableSnapshotIsIgnoredAndVerifyRemovesAStaleOne() throws {
        let (cli, row) = try ledgerWithAnInvoice()
        try "rledger-snapshot 1\ngarbage".write(toFile: snapshotPath(cli), atomically: false, encoding: .utf8)
        #expect(try acme(balances(cli)) == row)
        // A tax rate is not carried (it may change every reseller): stale.
        let rate = #"{"id":"rate-1","type":"tax.rate","effective":"2026-06-01","jurisdiction":"US-NY","percent":"8.875"}"#
        #expect(cli.run("append", try cli.input("r.jsonl", rate)).status == 0)
        #expect(FileManager.default.fileExists(atPath: snapshotPath(cli)))
        #expect(cli.run("verify").errors == "")
        #expect(!FileManager.default.fileExists(atPath: snapshotPath(cli)))
    }
}
