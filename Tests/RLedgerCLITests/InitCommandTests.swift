import Foundation
import Testing
@testable import RLedgerCLI

@Suite struct InitCommandTests {
    @Test func initCreatesAnEmptyLedger() throws {
        let cli = try CLIFixture()
        #expect(cli.run("init") == .init(status: 0, output: "created an empty ledger in \(cli.ledger)\n", errors: ""))
        #expect(FileManager.default.fileExists(atPath: cli.ledger + "/MANIFEST.json"))
    }

    @Test func initTakesTheDirectoryAsAnArgument() throws {
        let cli = try CLIFixture()
        let other = cli.scratch.path("Other")
        #expect(cli.runBare(["init", other]).status == 0)
        #expect(FileManager.default.fileExists(atPath: other + "/orders.jsonl"))
    }

    @Test func initRefusesAnExistingLedgerAndChangesNothing() throws {
        let cli = try CLIFixture()
        cli.run("init")
        cli.run("append", try cli.input("in.jsonl", InputLine.order("ord-1")))
        let before = try cli.snapshot()
        #expect(cli.run("init") == .init(
            status: 1, output: "",
            errors: "rledger: \(cli.ledger) already holds a ledger (it has a MANIFEST.json); nothing was changed\n"))
        #expect(try cli.snapshot() == before)
    }
}
