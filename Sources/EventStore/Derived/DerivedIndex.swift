import LedgerEvents

/// The ledger's derived data (`<ledger>/derived/`): never a source of
/// truth, rebuilt by `rledger verify`, extended after every append, and
/// safe to delete at any time (`rm -r EventLogs/derived` loses nothing;
/// reads then check every chain and `audit` replays the whole ledger).
///
/// It records, per family file, how far it covers the file — the committed
/// bytes, lines, last seq and chain head at that point, which must match the
/// file for the index to be used — and two things about those bytes:
/// - the *seal*: a `RunningChecksum` of the covered bytes, which all passed
///   a full SHA-256 chain check. A read confirms them with the checksum (at
///   memory speed) instead of hashing every line again, and falls back to
///   the full chain check when they differ;
/// - the *reseller index*: for every covered line that concerns a reseller,
///   its file, line number, byte offset and length, in one of
///   `shardCount` shard files chosen by the reseller id (each with its
///   checksum here), so `audit` reads one reseller's lines without
///   replaying the ledger.
///
/// Example: after `init` and one appended order of R-HANSA (seq 1, 265
/// bytes) `derived/index.json` records `orders.jsonl` covered to byte 265,
/// 1 line, last seq 1, its chain head and checksum, and shard
/// `resellers-2b.tsv` (R-HANSA's) holds `R-HANSA\torders.jsonl\t1\t0\t264`.
public struct DerivedIndex: Equatable, Sendable {
    public static let formatVersion = 1
    public static let shardCount = 64

    public struct Coverage: Equatable, Sendable {
        public var entry: ManifestEntry
        public var checksum: RunningChecksum

        public static let empty = Coverage(entry: .empty, checksum: RunningChecksum())
    }

    public var files: [EventFamily: Coverage]
    /// The checksum of each shard file's committed part; its `count` is
    /// the committed length. Bytes after it (an interrupted update) are
    /// ignored and overwritten.
    public var shards: [RunningChecksum]

    public static let empty = DerivedIndex(
        files: Dictionary(uniqueKeysWithValues: EventFamily.allCases.map { ($0, Coverage.empty) }),
        shards: Array(repeating: RunningChecksum(), count: shardCount))

    public subscript(family: EventFamily) -> Coverage { files[family] ?? .empty }

    /// True when the index covers exactly what `manifest` commits.
    public func isCurrent(for manifest: Manifest) -> Bool {
        EventFamily.allCases.allSatisfy { self[$0].entry == manifest[$0] }
    }

    /// The shard of a reseller id: FNV-1a (32 bits) of its bytes.
    public static func shard(of reseller: String) -> Int {
        var hash: UInt32 = 0x811C_9DC5
        for byte in reseller.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return Int(hash % UInt32(shardCount))
    }

    public static func shardFileName(_ shard: Int) -> String {
        let digits = String(shard, radix: 16)
        return "resellers-" + (digits.count < 2 ? "0" + digits : digits) + ".tsv"
    }
}

/// One line of a shard file: `reseller \t file \t line \t offset \t length`.
public struct IndexEntry: Equatable, Sendable {
    public let reseller: String
    public let family: EventFamily
    public let line: Int
    public let offset: Int
    /// Without the newline.
    public let length: Int

    /// By file (catalog order), then line.
    static func fileOrder(_ a: IndexEntry, _ b: IndexEntry) -> Bool {
        a.family == b.family ? a.line < b.line : EventFamily.allCases.firstIndex(of: a.family)! < EventFamily.allCases.firstIndex(of: b.family)!
    }

    var encoded: String { "\(reseller)\t\(family.fileName)\t\(line)\t\(offset)\t\(length)\n" }

    /// Parses one shard line (without its newline); nil when malformed.
    static func parse(_ line: ArraySlice<UInt8>) -> IndexEntry? {
        let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
        guard fields.count == 5,
              let family = EventFamily.allCases.first(where: { $0.fileName.utf8.elementsEqual(fields[1]) }),
              let number = Int(String(decoding: fields[2], as: UTF8.self)),
              let offset = Int(String(decoding: fields[3], as: UTF8.self)),
              let length = Int(String(decoding: fields[4], as: UTF8.self)),
              number > 0, offset >= 0, length > 0 else { return nil }
        return IndexEntry(reseller: String(decoding: fields[0], as: UTF8.self), family: family, line: number, offset: offset, length: length)
    }
}
