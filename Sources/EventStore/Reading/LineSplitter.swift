#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a byte range of a file into `\n`-terminated lines, reading in
/// large chunks (`StoreLimits.readChunkBytes`) rather than line by line.
///
/// Example: for a file holding `a\nbb\ncc` and the range 0..<7, `body` sees
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
        // One buffer for the whole file: each chunk is read in after the
        // unfinished line the previous one left at the front. A fresh
        // buffer per chunk is fresh pages, which the kernel must zero on
        // first touch (at 10M events that was a fifth of `balances`).
        let chunk = min(StoreLimits.readChunkBytes, max(end - start, 0))
        var buffer = [UInt8](repeating: 0, count: chunk)
        var filled = 0
        var offset = start
        var lineNumber = 0
        while offset < end {
            // A line longer than the room left: make room for one more chunk.
            if buffer.count - filled < chunk / 2 { buffer.append(contentsOf: repeatElement(0, count: chunk)) }
            let room = min(buffer.count - filled, end - offset)
            let got = try buffer.withUnsafeMutableBytes { raw throws(StoreError) in
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled..<(filled + room)]), at: offset)
            }
            if got == 0 { break }
            offset += got
            filled += got
            var lineStart = 0
            while let newline = newlineIndex(in: buffer, from: lineStart, to: filled) {
                lineNumber += 1
                try body(buffer[lineStart..<newline], lineNumber)
                lineStart = newline + 1
            }
            // Keep the unfinished line, at the front, for the next chunk.
            if lineStart > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    if filled > lineStart { memmove(raw.baseAddress!, raw.baseAddress! + lineStart, filled - lineStart) }
                }
                filled -= lineStart
            }
        }
        return Outcome(lines: lineNumber, partialBytes: filled, bytesRead: offset - start)
    }

    private static func newlineIndex(in buffer: [UInt8], from start: Int, to end: Int) -> Int? {
        guard start < end else { return nil }
        return buffer.withUnsafeBytes { raw in
            let base = raw.baseAddress!
            guard let found = memchr(base + start, 0x0A, end - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }
}
