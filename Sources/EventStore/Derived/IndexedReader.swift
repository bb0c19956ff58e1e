import LedgerEvents

/// Reads single lines through the derived index, each checked as a full
/// read would check it: its chain must follow the chain stored at the end
/// of the line before it, it must decode as a stored event of its file,
/// and it must lie inside what the index covers. Before any of that, the
/// chain at each file's covered end must be the one the index recorded.
///
/// Anything that does not match throws `DerivedIndexUnusable` (the caller
/// then answers from the whole ledger); a line that fails its check throws
/// `StoreError.damaged` naming file and line, as a full read would.
///
/// Example: `try IndexedReader(layout, manifest)?.events(under: "R-HANSA")`
/// gives R-HANSA's events that the index covers, in seq order.
final class IndexedReader {
    let layout: StoreLayout
    let manifest: Manifest
    let index: DerivedIndex
    let file: DerivedIndexFile
    private var files: [EventFamily: POSIXFile] = [:]

    /// Nil when there is no index; throws `DerivedIndexUnusable` when it
    /// does not describe these files.
    init?(_ layout: StoreLayout, _ manifest: Manifest) throws {
        self.layout = layout
        self.manifest = manifest
        file = DerivedIndexFile(layout: layout)
        guard let index = file.read() else { return nil }
        self.index = index
        for family in EventFamily.allCases {
            let covered = index[family].entry
            guard covered.bytes <= manifest[family].bytes else {
                throw DerivedIndexUnusable(reason: "\(family.fileName) is shorter than the index says")
            }
            if covered.bytes > 0 { try confirmHead(family, covered) }
        }
    }

    /// The events that `lookup` found under `keys`, each read and checked,
    /// in seq order, without repeats (a line may be under several keys).
    func events(under keys: Set<String>) throws -> [Event] {
        let found = try file.lookup(keys, in: index)
        var bySeq: [Int: Event] = [:]
        for entry in found.values.joined() {
            guard entry.offset + entry.length < index[entry.family].entry.bytes else {
                throw DerivedIndexUnusable(reason: "an entry past the index's coverage")
            }
            let event = try read(entry)
            guard DerivedIndex.keys(of: event).contains(entry.key) else {
                throw DerivedIndexUnusable(reason: "\(entry.family.fileName):\(entry.line) is not under \(entry.key)")
            }
            bySeq[event.seq] = event
        }
        return bySeq.keys.sorted().map { bySeq[$0]! }
    }

    /// Program terms, tax rates and run records: their files read whole, as
    /// a plain read reads them (with the seal).
    func sharedEvents() throws -> [Event] {
        var scanner = LedgerScanner(layout: layout, keepEvents: true, inspectRemainder: false)
        scanner.seals = index
        return try scanner.scan(manifest: manifest, families: Self.sharedFamilies) { throw StoreError.damaged($0) }
            .flatMap(\.events)
    }

    /// The families whose events concern no reseller.
    static let sharedFamilies: [EventFamily] = EventFamily.allCases.filter { family in
        [EventType.programTerms, .taxRate, .runCompleted].contains { $0.family == family }
    }

    /// The lines of the other families committed after the index's
    /// coverage, fully checked, that `keep` accepts.
    func tail(keep: @escaping (Event) -> Bool) throws -> [Event] {
        try EventFamily.allCases.filter { !Self.sharedFamilies.contains($0) }.flatMap { family in
            try DerivedFileBuilder.extend(layout, continuing: DerivedFileBuilder(family: family, from: index[family]),
                                          to: manifest[family], keep: keep).kept
        }
    }

    private func open(_ family: EventFamily) throws -> POSIXFile {
        if let file = files[family] { return file }
        guard let file = try POSIXFile.openForReadingIfExists(layout.path(family)) else {
            throw DerivedIndexUnusable(reason: "\(family.fileName) is missing")
        }
        files[family] = file
        return file
    }

    /// A stored line ends with `"chain":"<64 hex>"}` and a newline: the
    /// chain at the end of the index's coverage must be the one it recorded.
    private func confirmHead(_ family: EventFamily, _ entry: ManifestEntry) throws {
        let tailLength = ChainHash.hexLength + 3
        guard entry.bytes >= tailLength else { throw DerivedIndexUnusable(reason: "\(family.fileName) is too short") }
        var tail: [UInt8] = []
        _ = try open(family).read(appendingTo: &tail, at: entry.bytes - tailLength, count: tailLength)
        guard Self.chain(endingAt: tail) == entry.chainHead else {
            throw DerivedIndexUnusable(reason: "\(family.fileName) does not end where the index says")
        }
    }

    /// The chain stored on the line whose last bytes (`…<64 hex>"}\n`) are `tail`.
    private static func chain(endingAt tail: some Collection<UInt8>) -> String? {
        let bytes = Array(tail.suffix(ChainHash.hexLength + 3))
        guard bytes.count == ChainHash.hexLength + 3, bytes.suffix(3).elementsEqual([0x22, 0x7D, 0x0A]) else { return nil }
        let chain = String(decoding: bytes.prefix(ChainHash.hexLength), as: UTF8.self)
        return ChainHash.isWellFormed(chain) ? chain : nil
    }

    /// Reads one indexed line with the end of the line before it, and
    /// checks it as a full read would.
    func read(_ entry: IndexEntry) throws -> Event {
        let before = entry.offset == 0 ? 0 : ChainHash.hexLength + 3
        var bytes: [UInt8] = []
        let wanted = before + entry.length + 1
        _ = try open(entry.family).read(appendingTo: &bytes, at: entry.offset - before, count: wanted)
        guard bytes.count == wanted, bytes.last == 0x0A else {
            throw DerivedIndexUnusable(reason: "\(entry.family.fileName):\(entry.line) is not where the index says")
        }
        guard let previous = entry.offset == 0 ? ChainHash.genesis : Self.chain(endingAt: bytes.prefix(before)) else {
            throw DerivedIndexUnusable(reason: "\(entry.family.fileName):\(entry.line) does not follow a line end")
        }
        var checker = FileChecker(family: entry.family, chainHead: previous, lastSeq: 0)
        let line = bytes[before..<(bytes.count - 1)]
        guard let event = try checker.check(line, line: entry.line, report: { throw StoreError.damaged($0) }) else {
            throw DerivedIndexUnusable(reason: "\(entry.family.fileName):\(entry.line) does not decode")
        }
        return event
    }
}
