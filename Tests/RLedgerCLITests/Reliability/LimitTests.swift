import Foundation
import Testing
import LedgerEvents
import LedgerTestSupport
@testable import RLedgerCLI

/// The limits of `LedgerLimits`, each enforced with a clear error and no
/// trace; the line and lines-per-order limits are in the hostile corpus.
@Suite struct LimitTests {
    @Test func theLimitsAreTheDocumentedValues() {
        #expect(LedgerLimits.maximumLineBytes == 1_048_576)
        #expect(LedgerLimits.maximumJSONDepth == 32)
        #expect(LedgerLimits.maximumAppendEvents == 100_000)
        #expect(LedgerLimits.maximumAppendInputBytes == 268_435_456)
        #expect(LedgerLimits.maximumBatchEvents == 1_000_000)
        #expect(LedgerLimits.maximumInvoiceLines == 500)
        #expect(LedgerLimits.rotationAdvisedFileBytes == 1_073_741_824)
    }

    @Test func anInputFilePastTheByteLimitIsRefusedBeforeItIsRead() throws {
        let cli = try CLIFixture()
        #expect(try cli.initWithGroupDocs().status == 0)
        let path = cli.scratch.path("huge.jsonl")
        // A sparse file: its size is past the limit without using the disk.
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(LedgerLimits.maximumAppendInputBytes + 1))
        try handle.close()
        let before = try cli.snapshot()
        #expect(cli.run("append", path) == .init(
            status: 1, output: "",
            errors: "rledger: \(path): the input is 268435457 bytes; the limit for one append is 268435456 bytes (split it into several files; nothing was appended)\n"))
        #expect(try cli.snapshot() == before)
    }

    @Test func anInputPastTheEventLimitIsRefusedAtTheFirstEventTooMany() throws {
        let lines = [InputLine.order("ord-1"), "", InputLine.order("ord-2"), InputLine.order("ord-3")].joined(separator: "\n")
        #expect(throws: LocatedError(location: SourceLocation(file: "in.jsonl", line: 4), error: DecodeError(
            field: "", message: "one append may carry at most 2 events; this is event 3 (split the input into several files)"))) {
            try InputBatch(decoding: Array(lines.utf8), file: "in.jsonl", maximumEvents: 2)
        }
        #expect(try InputBatch(decoding: Array(lines.utf8), file: "in.jsonl", maximumEvents: 3).events.count == 3)
    }
}
