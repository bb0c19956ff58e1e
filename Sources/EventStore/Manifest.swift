import LedgerEvents

/// The ledger's commit record, `MANIFEST.json`: the last seq of the ledger
/// and, per family file, what its committed part holds.
///
/// Example: a new ledger's manifest has `lastSeq` 0 and every file at
/// `ManifestEntry.empty`; after appending one order it has `lastSeq` 1 and
/// `orders.jsonl` at 1 line, last seq 1. An append commits exactly when its
/// new manifest replaces the old one.
public struct Manifest: Equatable, Sendable {
    /// Raised when the layout changes in a way an older reader must refuse.
    public static let currentFormatVersion = 1

    public let formatVersion: Int
    public let lastSeq: Int
    /// One entry per family, in `EventFamily.allCases` order.
    private let entries: [ManifestEntry]

    /// Families missing from `entries` are recorded as empty files.
    public init(formatVersion: Int = Manifest.currentFormatVersion, lastSeq: Int, entries: [EventFamily: ManifestEntry]) {
        self.formatVersion = formatVersion
        self.lastSeq = lastSeq
        self.entries = EventFamily.allCases.map { entries[$0] ?? .empty }
    }

    public static let empty = Manifest(lastSeq: 0, entries: [:])

    public subscript(family: EventFamily) -> ManifestEntry {
        entries[EventFamily.allCases.firstIndex(of: family)!]
    }

    /// The same manifest with some files' entries replaced and a new last seq.
    public func updating(_ changed: [EventFamily: ManifestEntry], lastSeq: Int) -> Manifest {
        Manifest(formatVersion: formatVersion, lastSeq: lastSeq,
                 entries: Dictionary(uniqueKeysWithValues: EventFamily.allCases.map { ($0, changed[$0] ?? self[$0]) }))
    }
}
