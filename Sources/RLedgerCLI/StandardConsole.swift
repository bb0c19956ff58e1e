import Foundation

/// The process's own standard streams. Output is buffered and written in
/// large pieces (a `log` of a large ledger prints millions of lines);
/// messages flush it first so the two streams stay in order on a terminal.
///
/// Example: `RLedger.main(arguments:)` runs with a `StandardConsole` and
/// flushes it before returning the exit status.
public final class StandardConsole: Console {
    private static let flushThresholdBytes = 1 << 16
    private static let inputChunkBytes = 1 << 20
    private var buffer: [UInt8] = []

    public init() {}

    public func output(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushThresholdBytes { flush() }
    }

    public func message(_ text: String) {
        flush()
        Self.writeAll(Array(("rledger: " + text + "\n").utf8), to: STDERR_FILENO)
    }

    public func standardInput(maximumBytes: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let wanted = maximumBytes + 1
        while bytes.count < wanted {
            let chunk = FileHandle.standardInput.readData(ofLength: min(Self.inputChunkBytes, wanted - bytes.count))
            if chunk.isEmpty { break }
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }

    public func flush() {
        Self.writeAll(buffer, to: STDOUT_FILENO)
        buffer.removeAll(keepingCapacity: true)
    }

    /// A closed pipe (`rledger log | head`) ends the writing quietly.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            written += count
        }
    }
}
