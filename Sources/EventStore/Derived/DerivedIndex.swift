import LedgerCore
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
/// - the *key index*: for every covered line, under each of its keys (its
///   reseller, its event id, an order's or an account's id in its program:
///   `keys(of:)`), its file, line number, byte offset and length, in one of
///   `shardCount` shard files chosen by the key (each with its checksum
///   here), so `audit` reads one reseller's lines and `append` checks ids
///   and its resellers' rules without replaying the ledger.
///
/// Example: after `init` and one appended order of R-HANSA (seq 1, 265
/// bytes) `derived/index.json` records `orders.jsonl` covered to byte 265,
/// 1 line, last seq 1, its chain head and checksum, and R-HANSA's shard
/// holds `R-HANSA\torders.jsonl\t1\t0\t264`, as the shards of `id:ord-1`
/// and `order:groupdocs:HA-01` hold the same place under those keys.
public struct DerivedIndex: Equatable, Sendable {
    public static let formatVersion = 1
    public static let shardCount = 256

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

    /// The shard of a key: FNV-1a (32 bits) of its bytes.
    public static func shard(of key: String) -> Int {
        Int(FNV1a.hash32(key) % UInt32(shardCount))
    }

    public static func shardFileName(_ shard: Int) -> String {
        let digits = String(shard, radix: 16)
        return "keys-" + (digits.count < 2 ? "0" + digits : digits) + ".tsv"
    }

    /// The keys under which a line is found: its reseller (for `audit`),
    /// `id:<event id>` (for an append's idempotency check), and for an
    /// order or an account set-up `order:<program>:<order>` or
    /// `account:<program>:<account>` (ids unique per program). Reseller ids
    /// cannot hold a colon, so the kinds never collide.
    ///
    /// Example: the order HA-01 of R-HANSA in groupdocs, event id `ord-1`,
    /// has the keys `R-HANSA`, `id:ord-1` and `order:groupdocs:HA-01`.
    public static func keys(of event: Event) -> [String] {
        var keys = [idKey(event.id)]
        if let reseller = event.payload.reseller { keys.append(reseller) }
        switch event.payload {
        case .orderPlaced(let p): keys.append(orderKey(program: p.program, order: p.order))
        case .accountSetUp(let p): keys.append(accountKey(program: p.program, account: p.account))
        default: break
        }
        return keys
    }

    public static func idKey(_ id: String) -> String { "id:" + id }
    public static func orderKey(program: String, order: String) -> String { "order:\(program):\(order)" }
    public static func accountKey(program: String, account: String) -> String { "account:\(program):\(account)" }
}

/// One line of a shard file: `key \t file \t line \t offset \t length`.
public struct IndexEntry: Equatable, Sendable {
    /// A reseller id, `id:<event id>`, `order:<program>:<order>` or
    /// `account:<program>:<account>` (`DerivedIndex.keys(of:)`).
    public let key: String
    public let family: EventFamily
    public let line: Int
    public let offset: Int
    /// Without the newline.
    public let length: Int

    /// By file (catalog order), then line, then key: a total order.
    static func fileOrder(_ a: IndexEntry, _ b: IndexEntry) -> Bool {
        guard a.family == b.family else {
            return EventFamily.allCases.firstIndex(of: a.family)! < EventFamily.allCases.firstIndex(of: b.family)!
        }
        return a.line == b.line ? a.key < b.key : a.line < b.line
    }

    var encoded: String { "\(key)\t\(family.fileName)\t\(line)\t\(offset)\t\(length)\n" }

    /// Appends the bytes of `encoded` without building the String: every
    /// append writes an entry per key of each event it adds, and the
    /// interpolation cost more than the rest of writing the entry.
    func appendEncoded(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: key.utf8)
        bytes.append(0x09)
        bytes.append(contentsOf: family.rawValue.utf8)
        bytes.append(contentsOf: ".jsonl".utf8)
        bytes.append(0x09)
        Self.appendDecimal(line, to: &bytes)
        bytes.append(0x09)
        Self.appendDecimal(offset, to: &bytes)
        bytes.append(0x09)
        Self.appendDecimal(length, to: &bytes)
        bytes.append(0x0A)
    }

    /// `String(value)`'s bytes.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        guard value > 0 else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        var remaining = value, digits = 0
        while remaining > 0 { remaining /= 10; digits += 1 }
        let end = bytes.count + digits
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        remaining = value
        var position = end
        while remaining > 0 {
            position -= 1
            bytes[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        }
    }

    /// Parses one shard line (without its newline); nil when malformed.
    static func parse(_ line: ArraySlice<UInt8>) -> IndexEntry? {
        let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
        guard fields.count == 5,
              let family = EventFamily.allCases.first(where: { $0.fileName.utf8.elementsEqual(fields[1]) }),
              let number = Int(String(decoding: fields[2], as: UTF8.self)),
              let offset = Int(String(decoding: fields[3], as: UTF8.self)),
              let length = Int(String(decoding: fields[4], as: UTF8.self)),
              number > 0, offset >= 0, length > 0 else { return nil }
        return IndexEntry(key: String(decoding: fields[0], as: UTF8.self), family: family, line: number, offset: offset, length: length)
    }
}
