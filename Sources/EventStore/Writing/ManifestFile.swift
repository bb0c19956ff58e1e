#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerEvents

/// Reads `MANIFEST.json` and replaces it atomically.
///
/// Example: committing an append is `writeTemporary(new)` (write
/// `MANIFEST.json.tmp`, fsync), then `rename()` (over
/// `MANIFEST.json`), then an fsync of the directory. A crash before the rename leaves
/// the old manifest; after it, the new one. There is no moment at which a
/// reader finds half a manifest.
struct ManifestFile {
    let layout: StoreLayout
    #if DEBUG
    /// The faults a test injects into an append's commit (debug builds only).
    var faults: FaultInjector?
    #endif

    /// The current manifest; a missing one means the directory is not a
    /// ledger, an unreadable one is damage.
    func read() throws(StoreError) -> Manifest {
        guard let file = try POSIXFile.openForReadingIfExists(layout.manifestPath) else {
            throw .notALedger(path: layout.directory)
        }
        guard try file.size() <= StoreLimits.maximumManifestBytes else {
            throw .damaged(.manifestUnreadable(reason: "it is larger than \(StoreLimits.maximumManifestBytes) bytes"))
        }
        let bytes = try file.readToEnd(from: 0)
        do {
            return try Manifest.decode(bytes)
        } catch {
            throw .damaged(.manifestUnreadable(reason: error.description))
        }
    }

    /// Writes the new manifest next to the old one and makes it durable.
    func writeTemporary(_ manifest: Manifest) throws(StoreError) {
        let file = try POSIXFile.open(layout.manifestTemporaryPath, flags: O_WRONLY | O_CREAT | O_TRUNC)
        #if DEBUG
        file.faults = faults
        #endif
        try file.write(manifest.encoded(), at: 0)
        try file.sync()
    }

    /// The commit point: the rename makes the new manifest the ledger's
    /// state. The caller then fsyncs the directory, which makes the rename
    /// survive a power loss.
    func rename() throws(StoreError) {
        #if DEBUG
        if faults?.failsRename() == true { throw FileSystem.error(layout.manifestPath, "rename") }
        #endif
        try FileSystem.rename(layout.manifestTemporaryPath, to: layout.manifestPath)
    }

    /// Writes, renames and syncs in one go, where nothing needs rolling back
    /// (a new ledger).
    func replace(with manifest: Manifest) throws(StoreError) {
        try writeTemporary(manifest)
        try rename()
        try FileSystem.syncDirectory(layout.directory)
    }
}
