#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerCore
import LedgerEvents

/// What a projection snapshot was computed from: the manifest a replay read
/// under, and each event file's size, modification time and inode taken
/// before that read. A snapshot is used only while both are unchanged, so an
/// append (a new manifest) or a line edited in place (a new modification
/// time) sends the next reader back to the files.
///
/// Example: `orders.jsonl 81234 1763840000.123456789 4242` for each file,
/// then the manifest's canonical bytes; `digest` is the SHA-256 of that text.
public struct SnapshotKey: Equatable, Sendable {
    let digest: String

    /// The key of the ledger as it is now: the files' stamps first, then
    /// the manifest, the order a read takes (an append between the two
    /// changes the manifest; one before both changes the stamps).
    static func current(_ layout: StoreLayout) throws -> (key: SnapshotKey, manifest: Manifest) {
        let stamps = EventFamily.allCases.map { family in stamp(layout.path(family), name: family.fileName) }
        let manifest = try ManifestFile(layout: layout).read()
        return (SnapshotKey(stamps: stamps, manifest: manifest), manifest)
    }

    init(stamps: [String], manifest: Manifest) {
        digest = SHA256.hexDigest(Array((stamps.joined(separator: "\n") + "\n").utf8) + manifest.encoded())
    }

    private static func stamp(_ path: String, name: String) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { return "\(name) missing" }
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        return "\(name) \(status.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(status.st_ino)"
    }
}
