import LedgerEvents

/// Extends one family file's coverage line by line, as lines that passed
/// the full chain check go by: the checksum takes the line and its newline,
/// the coverage moves to the line's end, and the line becomes an index
/// entry under each of its keys.
///
/// Example: from `Coverage.empty`, adding line 1 of `orders.jsonl` (264
/// bytes, seq 3, an order of R-HANSA) gives coverage `bytes: 265, lines: 1,
/// lastSeq: 3` with that line's chain, and the entries
/// `R-HANSA orders.jsonl 1 0 264`, `id:ord-1 …` and `order:groupdocs:HA-01 …`.
struct DerivedFileBuilder {
    let family: EventFamily
    private(set) var coverage: DerivedIndex.Coverage
    private(set) var entries: [IndexEntry] = []
    /// Events an `extend` was asked to keep.
    private(set) var kept: [Event] = []

    init(family: EventFamily, from coverage: DerivedIndex.Coverage) {
        self.family = family
        self.coverage = coverage
    }

    private static let newline: [UInt8] = [0x0A]

    /// `line` is the file's line number, `offset` where the line starts,
    /// `chain` its stored (and checked) chain.
    mutating func add(_ slice: ArraySlice<UInt8>, line: Int, offset: Int, event: Event, chain: String) {
        coverage.checksum.update(slice)
        coverage.checksum.update(Self.newline)
        coverage.entry = ManifestEntry(lastSeq: event.seq, lines: line, bytes: offset + slice.count + 1, chainHead: chain)
        for key in DerivedIndex.keys(of: event) {
            entries.append(IndexEntry(key: key, family: family, line: line, offset: offset, length: slice.count))
        }
    }

    /// Adds the lines an append just wrote to this file, from the bytes it
    /// wrote (`lines`, each with its newline) and their events in order:
    /// the store computed each line's chain itself, so they need neither a
    /// read back nor a hash. `coverage` must end where the append began.
    mutating func addWritten(_ lines: [UInt8], events: [Event]) {
        var start = 0, number = coverage.entry.lines, offset = coverage.entry.bytes
        for event in events {
            guard let newline = lines[start...].firstIndex(of: 0x0A) else { return }
            number += 1
            // A stored line ends with `"chain":"<64 hex>"}`.
            let chain = String(decoding: lines[(newline - 2 - ChainHash.hexLength)..<(newline - 2)], as: UTF8.self)
            add(lines[start..<newline], line: number, offset: offset, event: event, chain: chain)
            offset += newline - start + 1
            start = newline + 1
        }
    }

    /// Reads and fully checks the lines of a file after what `builder`
    /// covers up to the committed `target`, adding each; `keep` collects
    /// the events it accepts into `kept`. Throws on any problem (the
    /// derived data is then left as it was).
    static func extend(_ layout: StoreLayout, continuing builder: DerivedFileBuilder, to target: ManifestEntry,
                       keep: ((Event) -> Bool)? = nil) throws -> DerivedFileBuilder {
        var builder = builder
        let family = builder.family
        let coverage = builder.coverage
        let start = coverage.entry.bytes
        guard target.bytes > start else {
            guard target == coverage.entry else { throw DerivedIndexUnusable(reason: "\(family.fileName) is behind the index") }
            return builder
        }
        guard let file = try POSIXFile.openForReadingIfExists(layout.path(family)) else {
            throw DerivedIndexUnusable(reason: "\(family.fileName) is missing")
        }
        var checker = FileChecker(family: family, chainHead: coverage.entry.chainHead, lastSeq: coverage.entry.lastSeq)
        var offset = start
        let outcome = try LineSplitter.forEachLine(in: file, from: start, upTo: target.bytes) { slice, number in
            let line = coverage.entry.lines + number
            guard let event = try checker.check(slice, line: line, report: { throw StoreError.damaged($0) }) else {
                throw DerivedIndexUnusable(reason: "\(family.fileName):\(line) does not decode")
            }
            builder.add(slice, line: line, offset: offset, event: event, chain: checker.chainHead)
            if let keep, keep(event) { builder.kept.append(event) }
            offset += slice.count + 1
        }
        guard outcome.partialBytes == 0, builder.coverage.entry == target else {
            throw DerivedIndexUnusable(reason: "\(family.fileName) does not end where the manifest says")
        }
        return builder
    }
}
