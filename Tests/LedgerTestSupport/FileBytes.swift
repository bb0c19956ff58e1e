#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file's bytes without forcing them to disk. Foundation's
/// `Data.write(to:)` waits for an fsync on Linux (about 7 ms here), which
/// turns a loop of a few hundred test rewrites into seconds; a test that
/// damages and restores a ledger needs the bytes in place, not durable.
///
/// Example: `try FileBytes.write(Array("x\n".utf8), to: "/tmp/t/orders.jsonl")`
/// replaces the file's content with two bytes, keeping its permissions.
public enum FileBytes {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        guard let file = fopen(path, "wb") else {
            throw ChildProcessError(message: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, bytes.count, file) }
        guard written == bytes.count else { throw ChildProcessError(message: "cannot write \(path)") }
    }
}
