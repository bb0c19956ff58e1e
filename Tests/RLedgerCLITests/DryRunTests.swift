import Foundation
import Testing
import EventStore
import LedgerEvents
import LedgerTestSupport
@testable import RLedgerCLI

/// `--dry-run` prints exactly what the run would append, and appends nothing.
@Suite struct DryRunTests {
    @Test func monthEndDryRunPrintsWhatTheRunThenAppends() throws {
        let cli = try CLIFixture()
        #expect(cli.run("init").status == 0)
        try cli.append([.terms(.groupDocs), .enrol("R-ACME", in: "groupdocs", tier: "reseller"),
                        .order("A1", by: "R-ACME", in: "groupdocs", on: "2026-03-02",
                               lines: [.line("GD-TOTAL", "license", quantity: 2, unitPrice: "450.00")], endCustomer: .defaultCustomer)],
                       recordedAt: "2026-04-01T08:00:00Z")
        let before = try DirectorySnapshot(of: cli.ledger)
        let dry = cli.run("month-end", "--period", "2026-03", "--dry-run")
        #expect(dry.status == 0)
        #expect(try DirectorySnapshot(of: cli.ledger) == before, "a dry run appends nothing")
        #expect(!FileManager.default.fileExists(atPath: cli.scratch.path("out")), "and writes no documents")
        let printed = dry.output.split(separator: "\n").filter { $0.hasPrefix("{") }.map(String.init)

        let real = cli.run("month-end", "--period", "2026-03", "--out", cli.scratch.path("out"))
        #expect(real.status == 0)
        let appended = try LedgerStore(opening: cli.ledger).readAll().dropFirst(3)
        #expect(printed == appended.map { String(decoding: EventCodec.encodeInput($0), as: UTF8.self) })
        #expect(printed.count == 4, "invoice, late fee (a first order is prepaid and this one is unpaid), statement, run record: \(printed)")
    }
}
