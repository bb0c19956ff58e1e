import Foundation
import Testing
import LedgerTestSupport

/// A run stopped after its commit point but before it wrote its documents:
/// running it again appends nothing and writes the missing documents, byte
/// for byte what the run would have written — into the out directory the
/// run made, never into a new one.
@Suite struct RunDocumentRecoveryTests {
    @Test func aRepeatedRunWritesTheDocumentsItsRecordedRunLeftUnwritten() throws {
        let cli = try CLIFixture()
        #expect(try cli.initWithGroupDocs().status == 0)
        #expect(cli.run("append", try cli.input("in.jsonl", InputLine.order("ord-1"), InputLine.order("ord-2", reseller: "R-BETA"))).status == 0)
        let out = cli.scratch.path("out")
        #expect(cli.run("month-end", "--period", "2026-04", "--out", out).status == 0)
        let written = try DirectorySnapshot(of: out)
        let lost = try #require(written.files.keys.sorted().first { $0.hasPrefix("statement-R-BETA") })
        try FileManager.default.removeItem(atPath: out + "/" + lost)
        try FileManager.default.removeItem(atPath: out + "/invoices")
        let ledger = try cli.snapshot()

        let rerun = cli.run("month-end", "--period", "2026-04", "--out", out)
        #expect(rerun.status == 0)
        #expect(rerun.output == "month-end 2026-04: nothing to do (no new facts since the last run)\n"
                + "month-end 2026-04: wrote 3 documents of the recorded run that were missing from \(out)\n")
        #expect(try DirectorySnapshot(of: out) == written)
        #expect(try cli.snapshot() == ledger)
        #expect(cli.run("month-end", "--period", "2026-04", "--out", out).output
                == "month-end 2026-04: nothing to do (no new facts since the last run)\n")
    }

    @Test func aRepeatedRunIntoANewDirectoryWritesNothing() throws {
        let cli = try CLIFixture()
        #expect(try cli.initWithGroupDocs().status == 0)
        #expect(cli.run("append", try cli.input("in.jsonl", InputLine.order("ord-1"))).status == 0)
        #expect(cli.run("month-end", "--period", "2026-04", "--out", cli.scratch.path("out")).status == 0)
        let elsewhere = cli.scratch.path("elsewhere")
        #expect(cli.run("month-end", "--period", "2026-04", "--out", elsewhere).output
                == "month-end 2026-04: nothing to do (no new facts since the last run)\n")
        #expect(!FileManager.default.fileExists(atPath: elsewhere))
    }
}
