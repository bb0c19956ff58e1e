import Foundation
import Testing
import LedgerTestSupport
@testable import EventStore

/// `LineSplitter` reads a file in chunks into one buffer it reuses: lines
/// across chunk boundaries, a line longer than a chunk (hostile input), a
/// range that starts inside the file, and the unfinished tail.
@Suite struct LineSplitterTests {
    func split(_ bytes: [UInt8], from start: Int = 0, upTo end: Int? = nil) throws -> (lines: [[UInt8]], outcome: LineSplitter.Outcome) {
        let scratch = try TemporaryDirectory()
        let path = scratch.path("file")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let file = try #require(try POSIXFile.openForReadingIfExists(path))
        var lines: [[UInt8]] = []
        let outcome = try LineSplitter.forEachLine(in: file, from: start, upTo: end ?? bytes.count) { slice, number in
            #expect(number == lines.count + 1)
            lines.append(Array(slice))
        }
        return (lines, outcome)
    }

    @Test func theExampleOfItsDocumentation() throws {
        let (lines, outcome) = try split(Array("a\nbb\ncc".utf8))
        #expect(lines == [Array("a".utf8), Array("bb".utf8)])
        #expect(outcome == LineSplitter.Outcome(lines: 2, partialBytes: 2, bytesRead: 7))
    }

    @Test func linesAcrossChunksAndOneLongerThanAChunk() throws {
        let chunk = StoreLimits.readChunkBytes
        // Short lines up to just before a chunk boundary, a line across it,
        // then a line of one and a half chunks, then short lines and a tail.
        var expected: [[UInt8]] = []
        var bytes: [UInt8] = []
        var number = 0
        while bytes.count < chunk - 40 {
            let line = Array("line \(number) \(String(repeating: "x", count: number % 50))".utf8)
            expected.append(line)
            bytes += line + [0x0A]
            number += 1
        }
        let long = [UInt8](repeating: UInt8(ascii: "y"), count: chunk + chunk / 2)
        expected += [Array(repeating: UInt8(ascii: "z"), count: 100), long, Array("end".utf8)]
        bytes += expected[expected.count - 3] + [0x0A] + long + [0x0A] + Array("end".utf8) + [0x0A] + Array("tail".utf8)
        let (lines, outcome) = try split(bytes)
        #expect(lines.count == expected.count)
        #expect(lines == expected)
        #expect(outcome.partialBytes == 4 && outcome.bytesRead == bytes.count)
    }

    @Test func aRangeInsideTheFile() throws {
        let (lines, outcome) = try split(Array("skip\nab\ncd\nef".utf8), from: 5, upTo: 11)
        #expect(lines == [Array("ab".utf8), Array("cd".utf8)])
        #expect(outcome == LineSplitter.Outcome(lines: 2, partialBytes: 0, bytesRead: 6))
    }
}
