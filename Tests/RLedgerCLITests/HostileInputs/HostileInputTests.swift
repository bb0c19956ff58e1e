import Foundation
import Testing
import LedgerTestSupport

/// Every input of the hostile corpus is refused by `rledger append` with
/// exit status 1 and its exact message (the line, and the field where the
/// line is JSON), and leaves the ledger byte for byte as it was. None may
/// crash the process: the tests run in-process, so a crash would end the
/// whole test run.
@Suite struct HostileInputTests {
    /// The corpus ledger: `Corpus.preamble` appended to a new ledger.
    static func ledger() throws -> CLIFixture {
        let cli = try CLIFixture()
        #expect(cli.run("init").status == 0)
        let path = try cli.input("preamble.jsonl", Corpus.preamble.joined(separator: "\n"))
        #expect(cli.run("append", path).output == "appended \(Corpus.preamble.count) events, 0 already present\n")
        return cli
    }

    @Test func theCorpusHasAtLeastSixtyCasesWithDistinctNames() {
        #expect(HostileInputCorpus.all.count >= 60)
        #expect(Set(HostileInputCorpus.all.map(\.name)).count == HostileInputCorpus.all.count)
    }

    @Test(arguments: HostileInputCorpus.all)
    func isRefusedWithItsMessageAndLeavesNoTrace(_ hostile: HostileInput) throws {
        let cli = try Self.ledger()
        let before = try cli.snapshot()
        let outcome = cli.run(["append", "-"], inputBytes: hostile.input)
        #expect(outcome == .init(status: 1, output: "", errors: "rledger: \(hostile.expected)\n"))
        #expect(try cli.snapshot() == before)
    }
}
