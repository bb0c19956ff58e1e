import Foundation
import LedgerTestSupport
import Testing

/// `audit` reads one reseller's lines through the derived index: its
/// trail must be the one a whole-ledger replay gives, for every reseller.
@Suite struct AuditIndexTests {
    func resellers(in ledger: String) throws -> [String] {
        let text = try String(contentsOfFile: ledger + "/resellers.jsonl", encoding: .utf8)
        let ids = text.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: #""reseller":""#) else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "\"" })
        }
        return Array(Set(ids)).sorted()
    }

    /// Every reseller's trail, in JSON and as a table, with `derived/` and without.
    func checkTrails(_ cli: CLIFixture, arguments: [String] = []) throws {
        let derived = cli.ledger + "/derived"
        #expect(FileManager.default.fileExists(atPath: derived + "/index.json"))
        let ids = try resellers(in: cli.ledger)
        #expect(ids.count > 10)
        for reseller in ids {
            for format in ["json", "table"] {
                let indexed = cli.run(["audit", reseller, "--format", format] + arguments, inputBytes: [])
                try FileManager.default.moveItem(atPath: derived, toPath: derived + "-aside")
                let whole = cli.run(["audit", reseller, "--format", format] + arguments, inputBytes: [])
                try FileManager.default.moveItem(atPath: derived + "-aside", toPath: derived)
                // (With --known-at a reseller enrolled later has no trail yet:
                // both refuse it alike.)
                #expect(indexed == whole, "\(reseller) \(format) \(arguments)")
                #expect(indexed.status == 0 || !arguments.isEmpty, "\(reseller): \(indexed.errors)")
            }
        }
    }

    @Test func theDemoLedgersTrailsAreTheSameThroughTheIndex() throws {
        let cli = try CLIFixture()
        try FileManager.default.copyItem(atPath: DemoLedger.directory, toPath: cli.ledger)
        try? FileManager.default.removeItem(atPath: cli.ledger + "/derived")
        #expect(cli.run("verify").status == 0)  // builds the index
        try checkTrails(cli)
        try checkTrails(cli, arguments: ["--known-at", "2026-06-01T00:00:00Z"])
        // A month-end extends the index; the trails still agree.
        cli.environment["RLEDGER_NOW"] = "2026-11-05T00:00:00Z"
        #expect(cli.run("month-end", "--period", "2026-10", "--out", cli.scratch.path("out")).status == 0)
        try checkTrails(cli, arguments: ["--as-of", "2026-10-31"])
    }

    @Test func aGeneratedLedgersTrailsAreTheSameThroughTheIndex() throws {
        let cli = try CLIFixture()
        #expect(cli.run("generate", "--resellers", "16", "--months", "4", "--seed", "5", "--out", cli.ledger).status == 0)
        try checkTrails(cli)
    }
}
