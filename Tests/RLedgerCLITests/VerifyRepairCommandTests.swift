import Foundation
import Testing
@testable import RLedgerCLI

/// `rledger verify` and `rledger repair` on intact and damaged ledgers.
@Suite struct VerifyRepairCommandTests {
    func ledger() throws -> CLIFixture {
        let cli = try CLIFixture()
        try cli.initWithGroupDocs()
        cli.run("append", try cli.input("in.jsonl", InputLine.order("ord-1"), InputLine.order("ord-2"), InputLine.order("ord-3")))
        return cli
    }

    func edit(_ cli: CLIFixture, line index: Int, of file: String, _ change: (String) -> String) throws {
        let url = URL(fileURLWithPath: cli.ledger + "/" + file)
        var lines = String(decoding: try Data(contentsOf: url), as: UTF8.self).split(separator: "\n").map(String.init)
        lines[index] = change(lines[index])
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    }

    @Test func verifyOnAnIntactLedger() throws {
        let cli = try ledger()
        #expect(cli.run("verify") == .init(status: 0, output: "ok: 6 events in 9 files, chains verified\n", errors: ""))
    }

    @Test func verifyWarnsAboutAFileOthersMayReadAndStillExitsZero() throws {
        let cli = try ledger()
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: cli.ledger + "/orders.jsonl")
        #expect(cli.run("verify") == .init(
            status: 0, output: "ok: 6 events in 9 files, chains verified\n",
            errors: "rledger: warning: orders.jsonl: readable by others than its owner (mode 0644); ledger data is financial data: run `chmod 600` on it\n"))
    }

    @Test func verifyRebuildsADerivedIndexThatDoesNotMatchAndSaysSo() throws {
        let cli = try ledger()
        let index = cli.ledger + "/derived/index.json"
        let text = try String(contentsOfFile: index, encoding: .utf8)
        try text.replacingOccurrences(of: "\"lines\": 2,", with: "\"lines\": 3,").write(toFile: index, atomically: true, encoding: .utf8)
        #expect(cli.run("verify") == .init(
            status: 0, output: "ok: 6 events in 9 files, chains verified\n",
            errors: "rledger: warning: derived/index.json: did not match the event files; rebuilt it from this check (derived data only: the ledger itself is unchanged)\n"))
        #expect(try String(contentsOfFile: index, encoding: .utf8) == text)
        #expect(cli.run("verify").errors == "")
    }

    @Test func verifyOnADamagedLedgerListsTheProblemsAndExitsOne() throws {
        let cli = try ledger()
        try edit(cli, line: 1, of: "orders.jsonl") { $0.replacingOccurrences(of: "1000.00", with: "1900.00") }
        #expect(cli.run("verify") == .init(
            status: 1,
            output: "orders.jsonl:2: chain mismatch: the line was edited, or a line before it was inserted, deleted or reordered\n",
            errors: "rledger: the ledger is damaged: 1 problem found\n"))
    }

    @Test func repairMovesATornTailAndVerifyIsCleanAfter() throws {
        let cli = try ledger()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: cli.ledger + "/orders.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"seq":4,"id":"or"#.utf8))
        try handle.close()
        #expect(cli.run("verify") == .init(
            status: 1,
            output: "orders.jsonl:4: torn tail: 17 bytes after the last newline (an append was interrupted mid-write); `rledger repair` moves them to quarantine\n",
            errors: "rledger: the ledger is damaged: 1 problem found, all left by an interrupted append; `rledger repair` moves them to quarantine\n"))
        #expect(cli.run("repair") == .init(
            status: 0, output: "orders.jsonl: moved 17 bytes (from line 4 on) to quarantine/orders.jsonl.20261101T000000Z\n", errors: ""))
        #expect(cli.run("verify").status == 0)
        #expect(cli.run("repair") == .init(status: 0, output: "nothing to repair: the ledger verifies clean\n", errors: ""))
    }

    @Test func repairRefusesOtherDamageAndChangesNothing() throws {
        let cli = try ledger()
        try edit(cli, line: 0, of: "orders.jsonl") { $0.replacingOccurrences(of: "R-ACME", with: "R-ACMF") }
        let before = try cli.snapshot()
        #expect(cli.run("repair") == .init(
            status: 1, output: "",
            errors: "rledger: repair only moves aside torn tails (what an interrupted append left after the last committed line); "
                + "nothing was changed, because the ledger has other damage, which needs a person: "
                + "orders.jsonl:1: chain mismatch: the line was edited, or a line before it was inserted, deleted or reordered\n"))
        #expect(try cli.snapshot() == before)
    }

    @Test func appendOnADamagedLedgerIsRefused() throws {
        let cli = try ledger()
        try edit(cli, line: 2, of: "orders.jsonl") { $0.replacingOccurrences(of: "R-ACME", with: "R-ACMF") }
        let before = try cli.snapshot()
        let outcome = cli.run("append", "-", input: InputLine.payment("pay-1"))
        #expect(outcome == .init(
            status: 1, output: "",
            errors: "rledger: the ledger is damaged: orders.jsonl:3: chain mismatch: the line was edited, or a line before it was "
                + "inserted, deleted or reordered (run `rledger verify` for the full list)\n"))
        #expect(try cli.snapshot() == before)
    }
}

/// A fresh clone leaves every ledger file 0644: `verify` says so once, with
/// the command that fixes it, instead of once per file.
@Suite struct VerifyPermissionSummaryTests {
    @Test func manyExposedFilesGetOneWarning() throws {
        let cli = try CLIFixture()
        try cli.initWithGroupDocs()
        for file in ["programs.jsonl", "resellers.jsonl", ".lock"] { chmod(cli.ledger + "/" + file, 0o644) }
        let outcome = cli.run("verify")
        #expect(outcome.status == 0)
        #expect(outcome.errors == "rledger: warning: 3 ledger files are readable by others than their owner "
                + "(programs.jsonl, resellers.jsonl, .lock); ledger data is financial data: run "
                + "`chmod 600 \(cli.ledger)/programs.jsonl \(cli.ledger)/resellers.jsonl \(cli.ledger)/.lock`\n")
    }
}
