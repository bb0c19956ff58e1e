#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerEvents

/// Writes an encoded batch: the lines of each family file with one write at
/// the file's committed end, an fsync of every file touched, then the new
/// manifest (the commit point). If anything fails before the manifest
/// rename, every file is truncated back to its committed length, so the
/// ledger is byte for byte what it was.
///
/// Example: a batch of two orders and a payment writes `orders.jsonl` at
/// byte 812 and `payments.jsonl` at byte 400, fsyncs both, writes and
/// fsyncs `MANIFEST.json.tmp`, renames it over `MANIFEST.json` and fsyncs
/// the directory. A full disk while writing `payments.jsonl` truncates
/// `orders.jsonl` back to 812 bytes and rethrows the error.
struct BatchWriter {
    /// The stages after which a test can make the write fail, to check the
    /// rollback.
    enum Stage: Sendable {
        case filesWritten
        case manifestWritten
    }

    let layout: StoreLayout
    let interruption: (@Sendable (Stage) throws -> Void)?
    #if DEBUG
    /// A test's injected fault, counted from this append's first call.
    var faults: FaultInjector?
    #endif

    func write(_ output: BatchEncoder.Output, over committed: Manifest) throws {
        var touched: [(file: POSIXFile, committedBytes: Int)] = []
        do {
            for addition in output.additions {
                let file = try POSIXFile.open(layout.path(addition.family), flags: O_WRONLY | O_CREAT)
                #if DEBUG
                file.faults = faults
                #endif
                let committedBytes = committed[addition.family].bytes
                touched.append((file, committedBytes))
                try file.write(addition.bytes, at: committedBytes)
            }
            for entry in touched { try entry.file.sync() }
            try interruption?(.filesWritten)
            var manifest = ManifestFile(layout: layout)
            #if DEBUG
            manifest.faults = faults
            #endif
            try manifest.writeTemporary(output.manifest)
            try interruption?(.manifestWritten)
            try manifest.rename()
        } catch {
            rollBack(touched)
            // A half-written or unused temporary manifest is no use to anyone.
            _ = unlink(layout.manifestTemporaryPath)
            throw error
        }
        // Past the commit point nothing may be rolled back: the new manifest
        // already names these lines. If this fsync fails the batch is in the
        // ledger but may not survive a power loss; the caller is told so,
        // and a retry is an idempotent no-op or re-appends the same events.
        do {
            try syncDirectory()
        } catch {
            throw StoreError.notDurable(detail: "\(error)")
        }
    }

    private func syncDirectory() throws(StoreError) {
        #if DEBUG
        try FileSystem.syncDirectory(layout.directory, faults: faults)
        #else
        try FileSystem.syncDirectory(layout.directory)
        #endif
    }

    /// Best effort: if a truncation fails too (the disk went away), the
    /// bytes stay after the committed end, where `verify` reports them as
    /// uncommitted and `repair` moves them aside. Nothing committed is lost.
    private func rollBack(_ touched: [(file: POSIXFile, committedBytes: Int)]) {
        for entry in touched {
            try? entry.file.truncate(to: entry.committedBytes)
            try? entry.file.sync()
        }
    }
}
