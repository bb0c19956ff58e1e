import Foundation
import Testing
@testable import RLedgerCLI

/// `rledger log`: the stored lines, filtered, in replay order.
@Suite struct LogCommandTests {
    /// Appended on 1 Nov: ord-1 (R-ACME, 2 Mar), pay-1 (R-ACME, 15 Apr),
    /// ord-2 (R-BETA, 1 Mar). Then on 2 Nov: pay-0 (R-ACME, 10 Mar).
    func ledger() throws -> CLIFixture {
        let cli = try CLIFixture()
        try cli.initWithGroupDocs()
        cli.run("append", try cli.input("a.jsonl", InputLine.order("ord-1"), InputLine.payment("pay-1"),
                                        InputLine.order("ord-2", reseller: "R-BETA", effective: "2026-03-01")))
        cli.environment["RLEDGER_NOW"] = "2026-11-02T00:00:00Z"
        cli.run("append", try cli.input("b.jsonl", InputLine.payment("pay-0", effective: "2026-03-10")))
        return cli
    }

    func ids(_ output: String) -> [String] {
        output.split(separator: "\n").map { line in
            let start = line.range(of: #""id":""#)!.upperBound
            return String(line[start...].prefix { $0 != "\"" })
        }.filter { !InputLine.preambleIds.contains($0) }
    }

    @Test func printsTheStoredLinesExactlyInReplayOrder() throws {
        let cli = try ledger()
        let outcome = cli.run("log")
        #expect(outcome.status == 0)
        #expect(ids(outcome.output) == ["ord-2", "ord-1", "pay-0", "pay-1"])
        let stored = String(decoding: try Data(contentsOf: URL(fileURLWithPath: cli.ledger + "/orders.jsonl")), as: UTF8.self)
        for line in stored.split(separator: "\n") { #expect(outcome.output.contains(line + "\n")) }
    }

    @Test(arguments: [
        (["--reseller", "R-BETA"], ["ord-2"]),
        (["--type", "payment.received"], ["pay-0", "pay-1"]),
        (["--as-of", "2026-03-10"], ["ord-2", "ord-1", "pay-0"]),
        (["--known-at", "2026-11-01T23:59:59Z"], ["ord-2", "ord-1", "pay-1"]),
        (["--reseller", "R-ACME", "--as-of", "2026-03-31", "--known-at", "2026-11-01T00:00:00Z"], ["ord-1"]),
    ])
    func filters(options: [String], expected: [String]) throws {
        let cli = try ledger()
        let outcome = cli.runBare(["--ledger", cli.ledger, "log"] + options)
        #expect(outcome.status == 0)
        #expect(ids(outcome.output) == expected)
    }

    @Test(arguments: [
        (["--type", "order"], "rledger: log: --type \"order\" is not an event type of the catalog\n"),
        (["--as-of", "2026-02-30"], "rledger: log: --as-of \"2026-02-30\" is not a date (YYYY-MM-DD)\n"),
        (["--known-at", "2026-11-01"],
         "rledger: log: --known-at \"2026-11-01\" is not an RFC 3339 UTC instant (e.g. 2026-11-01T00:00:00Z)\n"),
    ])
    func badFiltersAreUsageErrors(options: [String], message: String) throws {
        let cli = try ledger()
        #expect(cli.runBare(["--ledger", cli.ledger, "log"] + options) == .init(status: 2, output: "", errors: message))
    }
}
