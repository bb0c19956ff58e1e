#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a byte range of a file into `\n`-terminated lines, reading in
/// large chunks (`StoreLimits.readChunkBytes`) rather than line by line.
///
/// Example: for a file holding `a\nbb\ncc` and the range 0..<8, `body` sees
/// `a` (line 1) and `bb` (line 2); the result is 2 lines and 2 partial bytes
/// (`cc`, which has no newline yet).
enum LineSplitter {
    struct Outcome: Equatable {
        /// Complete lines in the range.
        var lines: Int
        /// Bytes after the last newline in the range.
        var partialBytes: Int
        /// Bytes actually read: less than the range when the file is shorter.
        var bytesRead: Int
    }

    static func forEachLine(
        in file: POSIXFile, from start: Int = 0, upTo end: Int,
        _ body: (_ line: ArraySlice<UInt8>, _ number: Int) throws -> Void
    ) throws -> Outcome {
        var buffer: [UInt8] = []
        var offset = start
        var lineNumber = 0
        while offset < end {
            let got = try file.read(appendingTo: &buffer, at: offset, count: min(StoreLimits.readChunkBytes, end - offset))
            if got == 0 { break }
            offset += got
            var lineStart = 0
            while let newline = newlineIndex(in: buffer, from: lineStart) {
                lineNumber += 1
                try body(buffer[lineStart..<newline], lineNumber)
                lineStart = newline + 1
            }
            // Keep the unfinished line for the next chunk.
            buffer.removeFirst(lineStart)
        }
        return Outcome(lines: lineNumber, partialBytes: buffer.count, bytesRead: offset - start)
    }

    /// `memchr` finds the newline several times faster than a Swift loop,
    /// and every byte of the ledger passes through here.
    private static func newlineIndex(in buffer: [UInt8], from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBytes { raw in
            let base = raw.baseAddress!
            guard let found = memchr(base + start, 0x0A, buffer.count - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }
}
