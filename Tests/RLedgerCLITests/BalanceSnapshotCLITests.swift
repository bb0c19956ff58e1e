import Foundation
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

    /// The payload's R-ACME balance replaced by 12345.67.
    func forgeBalance(_ cli: CLIFixture) throws {
        try forge(cli) { payload in
            payload.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                guard line.hasPrefix("R-ACME\t") else { return String(line) }
                var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                fields[3] = "12345.67"
                return fields.joined(separator: "\t")
            }.joined(separator: "\n")
        }
    }

    /// Rewrites the snapshot's payload with `change`, keeping the header's
    /// length and SHA-256 right: only the key and producer can tell it apart.
    func forge(_ cli: CLIFixture, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: snapshotPath(cli), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let payload = Array(change(lines[4...].joined(separator: "\n")).utf8)
        lines = Array(lines[0..<3]) + ["payload \(payload.count) \(SHA256.hexDigest(payload))"]
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

    @Test func anAppendMakesTheNextReportReplay() throws {
        let (cli, row) = try ledgerWithAnInvoice()
        try forgeBalance(cli)
        #expect(cli.run("append", try cli.input("b.jsonl", InputLine.payment("pay-1"))).status == 0)
        let after = try acme(balances(cli))
        #expect(after != row && !after.contains("12345.67"), "\(after)")
        #expect(!(try String(contentsOfFile: snapshotPath(cli), encoding: .utf8)).contains("12345.67"))
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
        #expect(cli.run("append", try cli.input("b.jsonl", InputLine.payment("pay-1"))).status == 0)
        #expect(cli.run("verify").errors == "")
        #expect(!FileManager.default.fileExists(atPath: snapshotPath(cli)))
    }
}
