import LedgerEvents

/// One reseller's history without reading the whole ledger: the lines the
/// derived index lists for the reseller, each read alone and checked
/// against the chain of the line before it, plus the events that concern
/// no reseller (program terms, tax rates, run records), plus whatever was
/// committed after the index's coverage, fully checked.
///
/// Example: `readResellerEvents("R-HANSA")` on the public sample returns
/// the program terms, tax rates and run records and R-HANSA's 22 events, in
/// seq order; with `derived/` deleted it returns nil and the caller reads
/// the whole ledger (`readAll`), which gives the same trail.
extension LedgerStore {
    /// The families whose events concern no reseller, read whole.
    static let sharedFamilies: [EventFamily] = EventFamily.allCases.filter { family in
        [EventType.programTerms, .taxRate, .runCompleted].contains { $0.family == family }
    }

    /// The reseller's events and every event that concerns no reseller, in
    /// seq order; nil when the derived index is missing or does not match
    /// the files (the caller then reads everything). A line that the index
    /// points to but that fails its chain check throws
    /// `StoreError.damaged`, as a full read would.
    public func readResellerEvents(_ reseller: String) throws -> [Event]? {
        let manifest = try manifest()
        let file = DerivedIndexFile(layout: layout)
        guard let index = file.read() else { return nil }
        do {
            var events = try sharedEvents(manifest, index)
            events += try indexedEvents(of: reseller, index, file)
            for family in EventFamily.allCases where !Self.sharedFamilies.contains(family) {
                let tail = try DerivedFileBuilder.extend(layout, continuing: DerivedFileBuilder(family: family, from: index[family]),
                                                         to: manifest[family]) { $0.payload.reseller == reseller }
                events += tail.kept
            }
            events.sort { $0.seq < $1.seq }
            for pair in zip(events, events.dropFirst()) where pair.0.seq == pair.1.seq {
                return nil  // an index listing a line twice is not to be trusted
            }
            return events
        } catch is DerivedIndexUnusable {
            return nil
        }
    }

    /// Program terms, tax rates and run records: their files read as a
    /// plain read reads them.
    private func sharedEvents(_ manifest: Manifest, _ index: DerivedIndex) throws -> [Event] {
        var scanner = LedgerScanner(layout: layout, keepEvents: true, inspectRemainder: false)
        scanner.seals = index
        return try scanner.scan(manifest: manifest, families: Self.sharedFamilies) { throw StoreError.damaged($0) }
            .flatMap(\.events)
    }

    /// The lines the reseller's shard lists for it, each checked: its chain
    /// must follow the chain stored at the end of the line before it, and
    /// it must be the reseller's.
    private func indexedEvents(of reseller: String, _ index: DerivedIndex, _ file: DerivedIndexFile) throws -> [Event] {
        for family in EventFamily.allCases where index[family].entry.bytes > 0 {
            try confirmHead(family, index[family].entry)
        }
        let shard = DerivedIndex.shard(of: reseller)
        let bytes = try file.readShard(shard, index.shards[shard])
        let wanted = Array(reseller.utf8) + [0x09]
        var files: [EventFamily: POSIXFile] = [:]
        var events: [Event] = []
        for line in bytes.split(separator: 0x0A) where line.starts(with: wanted) {
            guard let entry = IndexEntry.parse(line), entry.reseller == reseller,
                  entry.offset + entry.length < index[entry.family].entry.bytes else {
                throw DerivedIndexUnusable(reason: "a malformed entry in \(DerivedIndex.shardFileName(shard))")
            }
            if files[entry.family] == nil { files[entry.family] = try open(entry.family) }
            let event = try read(entry, from: files[entry.family]!)
            guard event.payload.reseller == reseller else {
                throw DerivedIndexUnusable(reason: "\(entry.family.fileName):\(entry.line) is not \(reseller)'s")
            }
            events.append(event)
        }
        return events
    }

    private func open(_ family: EventFamily) throws -> POSIXFile {
        guard let file = try POSIXFile.openForReadingIfExists(layout.path(family)) else {
            throw DerivedIndexUnusable(reason: "\(family.fileName) is missing")
        }
        return file
    }

    /// A stored line ends with `"chain":"<64 hex>"}` and a newline: the
    /// chain at the end of the index's coverage must be the one it recorded.
    private func confirmHead(_ family: EventFamily, _ entry: ManifestEntry) throws {
        let tailLength = ChainHash.hexLength + 3
        guard entry.bytes >= tailLength else { throw DerivedIndexUnusable(reason: "\(family.fileName) is too short") }
        var tail: [UInt8] = []
        _ = try open(family).read(appendingTo: &tail, at: entry.bytes - tailLength, count: tailLength)
        guard tail.count == tailLength, Self.chain(endingAt: tail) == entry.chainHead else {
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
    private func read(_ entry: IndexEntry, from file: POSIXFile) throws -> Event {
        let before = entry.offset == 0 ? 0 : ChainHash.hexLength + 3
        var bytes: [UInt8] = []
        let wanted = before + entry.length + 1
        _ = try file.read(appendingTo: &bytes, at: entry.offset - before, count: wanted)
        guard bytes.count == wanted, bytes.last == 0x0A else {
            throw DerivedIndexUnusable(reason: "\(entry.family.fileName):\(entry.line) is not where the index says")
        }
        let previous = entry.offset == 0 ? ChainHash.genesis : Self.chain(endingAt: bytes.prefix(before))
        guard let previous else {
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
