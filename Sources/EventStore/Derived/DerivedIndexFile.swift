#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerEvents

/// Where the derived data lives and how it is read and written:
/// `derived/index.json` (the commit point of an update: written to a
/// temporary file and renamed), the 256 shard files `derived/keys-XX.tsv`
/// (written first, at the lengths the old `index.json` records, so bytes an
/// interrupted update left behind are overwritten), and `derived/.lock`,
/// which one updater holds at a time (a second one skips its update: the
/// data is derived, and the next update catches up).
///
/// Nothing here is fsynced: after a power loss the index may be missing or
/// older than the files, and it is then not used or extended from where it
/// stands; it can never be taken for the files themselves.
struct DerivedIndexFile {
    static let directoryName = "derived"
    static let indexFileName = "index.json"

    let layout: StoreLayout

    var directory: String { layout.path(Self.directoryName) }
    var indexPath: String { directory + "/" + Self.indexFileName }
    var temporaryPath: String { indexPath + ".tmp" }
    func shardPath(_ shard: Int) -> String { directory + "/" + DerivedIndex.shardFileName(shard) }

    /// The index, or nil when there is none or it cannot be read.
    func read() -> DerivedIndex? {
        guard let file = try? POSIXFile.openForReadingIfExists(indexPath), let bytes = try? file.readToEnd(from: 0),
              bytes.count <= StoreLimits.maximumManifestBytes else { return nil }
        return DerivedIndex.decode(bytes)
    }

    /// Runs `body` holding the derived lock, or returns nil at once when
    /// another process holds it.
    func withUpdateLock<T>(_ body: () throws -> T) throws -> T? {
        try FileSystem.makeDirectory(directory)
        let file = try POSIXFile.open(directory + "/.lock", flags: O_RDWR | O_CREAT)
        guard flock(file.descriptor, LOCK_EX | LOCK_NB) == 0 else { return nil }
        return try withExtendedLifetime(file) { try body() }
    }

    /// Appends `entries` to their shards after the lengths `index` records,
    /// then commits `index` with the new lengths.
    @discardableResult
    func write(_ index: DerivedIndex, adding entries: [IndexEntry]) throws -> DerivedIndex {
        var index = index
        var byShard: [Int: [UInt8]] = [:]
        for entry in entries { entry.appendEncoded(to: &byShard[DerivedIndex.shard(of: entry.key), default: []]) }
        for (shard, bytes) in byShard.sorted(by: { $0.key < $1.key }) {
            let file = try POSIXFile.open(shardPath(shard), flags: O_WRONLY | O_CREAT)
            try file.write(bytes, at: index.shards[shard].count)
            index.shards[shard].update(bytes)
        }
        let file = try POSIXFile.open(temporaryPath, flags: O_WRONLY | O_CREAT | O_TRUNC)
        try file.write(index.encoded(), at: 0)
        try FileSystem.rename(temporaryPath, to: indexPath)
        return index
    }

    /// Starts over: every shard emptied, then `index` written with `entries`.
    @discardableResult
    func rewrite(_ index: DerivedIndex, entries: [IndexEntry]) throws -> DerivedIndex {
        try FileSystem.makeDirectory(directory)
        // Only shards that exist are emptied; a shard with no entries is
        // never made (a small ledger uses a few of the 256).
        for shard in 0..<DerivedIndex.shardCount where FileSystem.exists(shardPath(shard)) {
            try POSIXFile.open(shardPath(shard), flags: O_WRONLY | O_TRUNC).truncate(to: 0)
        }
        var empty = index
        empty.shards = DerivedIndex.empty.shards
        return try write(empty, adding: entries)
    }

    /// The entries under each of `keys`, each shard read (and its checksum
    /// checked) once; a key with no entry maps to `[]`.
    func lookup(_ keys: Set<String>, in index: DerivedIndex) throws -> [String: [IndexEntry]] {
        var found: [String: [IndexEntry]] = [:]
        let byShard = Dictionary(grouping: keys, by: DerivedIndex.shard(of:))
        for (shard, shardKeys) in byShard.sorted(by: { $0.key < $1.key }) {
            let bytes = try readShard(shard, index.shards[shard])
            for key in shardKeys {
                found[key] = try Self.entries(of: key, in: bytes)
            }
        }
        return found
    }

    /// The lines of a shard that start with `key` and a tab: `memchr` walks
    /// the line starts and `memcmp` compares (a shard of a large ledger
    /// holds tens of thousands of lines; no String is made for the others).
    static func entries(of key: String, in shard: [UInt8]) throws -> [IndexEntry] {
        let prefix = Array(key.utf8) + [0x09]
        var entries: [IndexEntry] = []
        try shard.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var start = 0
            while start < raw.count {
                if raw.count - start >= prefix.count, memcmp(base + start, prefix, prefix.count) == 0 {
                    entries.append(try entry(at: start, raw))
                }
                guard let newline = memchr(base + start, 0x0A, raw.count - start) else { break }
                start = base.distance(to: UnsafeRawPointer(newline)) + 1
            }
        }
        return entries
    }

    private static func entry(at start: Int, _ raw: UnsafeRawBufferPointer) throws -> IndexEntry {
        var end = start
        while end < raw.count && raw[end] != 0x0A { end += 1 }
        guard end < raw.count, let entry = IndexEntry.parse(Array(raw[start..<end])[...]) else {
            throw DerivedIndexUnusable(reason: "a malformed shard entry")
        }
        return entry
    }

    /// Every entry of every shard (for `verify`'s comparison).
    func allEntries(_ index: DerivedIndex) throws -> [IndexEntry] {
        try (0..<DerivedIndex.shardCount).flatMap { shard in
            try readShard(shard, index.shards[shard]).split(separator: 0x0A).map { line in
                guard let entry = IndexEntry.parse(line) else { throw DerivedIndexUnusable(reason: "a malformed entry") }
                return entry
            }
        }
    }

    /// The committed part of one shard, which must match its checksum.
    func readShard(_ shard: Int, _ checksum: RunningChecksum) throws -> [UInt8] {
        let bytes = checksum.count
        guard bytes > 0 else { return [] }
        guard let file = try POSIXFile.openForReadingIfExists(shardPath(shard)) else { throw DerivedIndexUnusable(reason: "\(shardPath(shard)) is missing") }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(bytes)
        while buffer.count < bytes {
            let got = try file.read(appendingTo: &buffer, at: buffer.count, count: bytes - buffer.count)
            if got == 0 { throw DerivedIndexUnusable(reason: "\(shardPath(shard)) is missing") }
        }
        var actual = RunningChecksum()
        actual.update(buffer)
        guard actual == checksum else { throw DerivedIndexUnusable(reason: "\(shardPath(shard)) does not match its checksum") }
        return buffer
    }
}

/// Why the derived data cannot serve a question; the caller then answers
/// it from the event files alone.
struct DerivedIndexUnusable: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
