#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerCore
import LedgerEvents

/// A projection snapshot: bytes a reader computed from the whole committed
/// ledger, kept in `derived/<name>.snapshot` under the manifest they were
/// computed from and the program that computed them. Derived data like the
/// key index: never a source of truth, safe to delete, used only while the
/// ledger's manifest is still that one.
///
/// Example: `balances` replays a ledger whose manifest has `lastSeq` 812 and
/// keeps its positions in `derived/balances.snapshot`. The next `balances`
/// finds the same manifest (every file's chain head, lines, bytes and last
/// seq), every event file with the size, modification time and inode it had
/// before that replay read it, its own program, and the payload's checksum
/// right, and reads the positions instead of replaying 812 events. One
/// append later the manifest differs; an edit of a line in place changes
/// the file's modification time; either way the snapshot is not used, and
/// the next replay (which reports a damaged line) writes a new one.
///
/// The file: four header lines, then the payload.
/// ```
/// rledger-snapshot 1
/// producer balances/1 exe:18234112:1763840000.123:4242
/// key 5d41402abc4b2a76b9719d911017c592…   (SHA-256 of the `SnapshotKey`)
/// payload 2048 9e107d9d372bb682  (length, `RunningChecksum` in hex)
/// ```
public struct SnapshotFile {
    static let magic = "rledger-snapshot 1"
    let layout: StoreLayout
    let name: String

    var path: String { DerivedIndexFile(layout: layout).directory + "/" + name + ".snapshot" }

    /// The payload, when the file exists, reads whole, and was written by
    /// `producer` under `key`; nil otherwise.
    func read(producer: String, key: SnapshotKey) -> [UInt8]? {
        guard let file = try? POSIXFile.openForReadingIfExists(path), let bytes = try? file.readToEnd(from: 0) else { return nil }
        var lines: [String] = []
        var position = 0
        while lines.count < 4 {
            guard let newline = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            lines.append(String(decoding: bytes[position..<newline], as: UTF8.self))
            position = newline + 1
        }
        let payload = Array(bytes[position...])
        guard lines[0] == Self.magic, lines[1] == "producer " + producer,
              lines[2] == "key " + key.digest,
              lines[3] == "payload \(payload.count) \(Self.checksum(payload))" else { return nil }
        return payload
    }

    /// Guards against a damaged or half-written file at memory speed (a 10M
    /// ledger's balances payload is 17 MB, read and written by every
    /// carrying append); SHA-256 would cost more than the rest of the read.
    /// Forgery is `verify`'s to catch (it replays and compares).
    public static func checksum(_ payload: [UInt8]) -> String {
        var checksum = RunningChecksum()
        payload.withUnsafeBytes { checksum.update($0) }
        let digits = String(checksum.value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Writes the file whole (a temporary file renamed over it), owner-only.
    func write(producer: String, key: SnapshotKey, payload: [UInt8]) throws {
        let header = "\(Self.magic)\nproducer \(producer)\nkey \(key.digest)\n"
            + "payload \(payload.count) \(Self.checksum(payload))\n"
        try FileSystem.makeDirectory(DerivedIndexFile(layout: layout).directory)
        let temporary = path + ".tmp.\(getpid())"
        let file = try POSIXFile.open(temporary, flags: O_WRONLY | O_CREAT | O_TRUNC)
        try file.write(Array(header.utf8) + payload, at: 0)
        try FileSystem.rename(temporary, to: path)
    }
}
