import LedgerCore
import LedgerEvents

/// A read for a replay that keeps where each line lies instead of its
/// decoded event (`LineKey`, 32 bytes), so the caller decodes the lines in
/// windows, in its own order, and lets each window go once applied: the
/// ledger's events are never all in memory at once (at 10M events they
/// were 5.8 GB, more than the replayed state).
///
/// Example: `balances` on a 1M-event ledger with 500 partitions reads 1M
/// keys (32 MB), grouped by partition (`PartitionedKeys`); each
/// partition's 2,000 or so are sorted into replay order and decoded
/// (`Reader`), a few MB of events at a time.
public struct LineKeyRead: Sendable {
    /// The visible lines (effective on or before the as-of date) of each
    /// partition, file by file in file order: the lines of the resellers
    /// the partition function gives it, and every line of no reseller.
    public var partitions: PartitionedKeys
    /// The key of what was read (`SnapshotKey`), taken before the read.
    public let key: SnapshotKey
    /// The earliest effective date of the lines the as-of date hid.
    public let firstHiddenEffective: CivilDate?
    /// The last effective date and the last recording instant of the visible lines.
    public let through: CivilDate?
    public let recordedThrough: Instant?
    let files: LineFiles

    /// The events of `keys`, decoded from their files, in the order given
    /// (`Reader.decode` explains; a loop over windows keeps one `Reader`,
    /// as `StreamedReplay` does; this is for tests and one-off reads).
    func events(_ keys: some Collection<LineKey>) throws -> [Event] {
        var events: [Event] = []
        try Reader(self).decode(Array(keys), into: &events)
        return events
    }

    /// Decodes windows of lines for one thread, reusing its buffers from
    /// one window to the next: a fresh buffer per window is fresh pages,
    /// which the kernel zeroes on first touch.
    public final class Reader {
        private let read: LineKeyRead
        private var buffer: [UInt8] = []
        private var order: [Int] = []
        private var position: [Int] = []
        private var spans: [(family: Int, start: Int, end: Int, at: Int)] = []

        /// Lines closer than this are read in one span.
        private let gapBytes: Int

        /// `gapBytes`: 64 KiB suits a window whose lines are dense in the
        /// files (a partition of half the resellers); a partition of few
        /// resellers reads less with a small gap.
        public init(_ read: LineKeyRead, gapBytes: Int = LineKeyRead.denseGapBytes) {
            self.read = read
            self.gapBytes = gapBytes
        }

        /// Replaces `events` with the events of `keys`, in the order given.
        /// The lines were checked when the keys were read (by the seal or
        /// their chains); a line that does not decode, or not to what its
        /// key says (the file was edited in place since), is reported as
        /// damage, naming the file and line.
        public func decode(_ keys: [LineKey], into events: inout [Event]) throws {
            events.removeAll(keepingCapacity: true)
            order.removeAll(keepingCapacity: true)
            order.append(contentsOf: keys.indices)
            order.sort { (keys[$0].familyIndex, keys[$0].offset) < (keys[$1].familyIndex, keys[$1].offset) }
            // Neighbouring lines of one file are read together, gaps
            // included (the other partitions' lines): one `pread` per span.
            spans.removeAll(keepingCapacity: true)
            position.removeAll(keepingCapacity: true)
            position.append(contentsOf: repeatElement(0, count: keys.count))
            var total = 0
            for index in order {
                let key = keys[index], family = Int(key.familyIndex), end = key.offset + Int(key.length)
                if let last = spans.last, last.family == family, key.offset <= last.end + gapBytes,
                   end - last.start <= LineKeyRead.spanBytes {
                    if end > last.end {
                        total += end - last.end
                        spans[spans.count - 1].end = end
                    }
                } else {
                    spans.append((family, key.offset, end, total))
                    total += end - key.offset
                }
                let span = spans[spans.count - 1]
                position[index] = span.at + key.offset - span.start
            }
            if buffer.count < total {
                // Uninitialized: every byte read is written by `pread` first.
                let capacity = total + total / 4
                buffer = [UInt8](unsafeUninitializedCapacity: capacity) { _, count in count = capacity }
            }
            let files = read.files
            try buffer.withUnsafeMutableBytes { raw in
                for span in spans {
                    let region = UnsafeMutableRawBufferPointer(rebasing: raw[span.at..<(span.at + span.end - span.start)])
                    guard let file = files.files[span.family],
                          try file.read(into: region, at: span.start) == region.count else {
                        // Shorter than when its keys were read: cut since.
                        let size = (try? files.files[span.family]?.size()) ?? 0
                        throw StoreError.damaged(.truncated(file: EventFamily.allCases[span.family].fileName,
                                                            line: files.lineNumber(family: span.family, offset: min(size, span.start)),
                                                            fileBytes: size, manifestBytes: files.committed[span.family]))
                    }
                }
            }
            events.reserveCapacity(keys.count)
            try buffer.withUnsafeBufferPointer { bytes in
                for index in keys.indices {
                    let key = keys[index]
                    let line = UnsafeBufferPointer(rebasing: bytes[position[index]..<(position[index] + Int(key.length))])
                    events.append(try read.decode(line, as: key))
                }
            }
        }
    }

    /// The gap below which a `Reader` reads neighbouring lines together.
    public static let denseGapBytes = 64 << 10
    static let spanBytes = 16 << 20

    fileprivate func decode(_ line: UnsafeBufferPointer<UInt8>, as key: LineKey) throws -> Event {
        let decoded: EventCodec.Decoded
        do {
            decoded = try EventCodec.decodeStored(line)
        } catch {
            let reason = error as? DecodeError ?? DecodeError(field: "", message: "\(error)")
            throw StoreError.damaged(.undecodable(file: key.family.fileName, line: files.lineNumber(of: key), error: reason))
        }
        let event = decoded.event
        let hash = event.payload.reseller.map(FNV1a.hash32)
        guard event.seq == key.seq, event.type == key.type, event.effective == key.effective,
              hash == (key.hasReseller ? key.resellerHash : nil) else {
            throw StoreError.damaged(.chainMismatch(file: key.family.fileName, line: files.lineNumber(of: key)))
        }
        return event
    }
}

/// The event files of a `LineKeyRead`, open for its lifetime (`pread`
/// from several threads at once is safe).
final class LineFiles: @unchecked Sendable {
    let files: [POSIXFile?]
    /// The bytes the manifest commits, per file.
    let committed: [Int]

    init(_ files: [POSIXFile?], committed: [Int]) {
        self.files = files
        self.committed = committed
    }

    /// The line number of a key's line, counted when an error needs it.
    func lineNumber(of key: LineKey) -> Int { lineNumber(family: Int(key.familyIndex), offset: key.offset) }

    /// The number of the line that starts at `offset` (or runs across it).
    func lineNumber(family: Int, offset: Int) -> Int {
        guard let file = files[family],
              let outcome = try? LineSplitter.forEachLine(in: file, upTo: offset, { _, _ in }) else { return 0 }
        return outcome.lines + 1
    }
}

extension LedgerStore {
    /// The keys of the committed lines visible as of `asOf`. Lines the
    /// derived index seals passed a full check before: their bytes are
    /// confirmed by the seal's checksum and only their envelopes are read
    /// (`StoredLineHeader`). Lines past a seal (or every line, without an
    /// index) have their chain hashed as any read does. nil when anything
    /// does not match — a checksum, a chain, a line count, a line not in
    /// canonical form or in the wrong file, seqs not exactly 1…lastSeq —
    /// and the caller then reads the ledger with `readForReplay`, which
    /// names the damage.
    ///
    /// `partition` gives the partition (0..<`partitions`) of a reseller's
    /// lines from the FNV-1a hash of its id.
    public func readLineKeys(asOf: CivilDate?, partitions: Int,
                             partition: @Sendable (UInt32) -> Int) throws -> LineKeyRead? {
        let count = max(1, partitions)
        let (key, manifest) = try SnapshotKey.current(layout)
        let index = DerivedIndexFile(layout: layout).read()
        let families = Array(EventFamily.allCases.enumerated())
        var scans = ParallelMap.map(families, minimumItems: 2) { item in
            let entry = manifest[item.element]
            // A seal covering more than the manifest commits is not used
            // (as in every read).
            let seal = index.map { $0[item.element] }.flatMap { $0.entry.bytes <= entry.bytes ? $0 : nil } ?? .empty
            return scanKeys(item.element, number: item.offset, entry: entry, seal: seal, asOf: asOf,
                            partitions: count, partition: partition)
        }
        guard scans.allSatisfy({ $0 != nil }) else { return nil }
        var grouped: [PartitionedKeys.File] = []
        var files: [POSIXFile?] = []
        var firstHidden: CivilDate?, through: CivilDate?, recorded: Instant?
        var seen = SeqSet(lastSeq: manifest.lastSeq)
        for number in scans.indices {
            guard let scan = scans[number].take() else { return nil }
            for seq in scan.allSeqs where !seen.insert(seq) { return nil }
            grouped.append(scan.keys)
            files.append(scan.file)
            firstHidden = [firstHidden, scan.firstHidden].compactMap { $0 }.min()
            through = [through, scan.through].compactMap { $0 }.max()
            recorded = [recorded, scan.recorded].compactMap { $0 }.max()
        }
        guard seen.count == manifest.lastSeq else { return nil }
        return LineKeyRead(partitions: PartitionedKeys(files: grouped, count: count), key: key,
                           firstHiddenEffective: firstHidden, through: through, recordedThrough: recorded,
                           files: LineFiles(files, committed: EventFamily.allCases.map { manifest[$0].bytes }))
    }

    private struct FileKeys: @unchecked Sendable {
        /// The visible lines' keys, grouped by partition.
        var keys = PartitionedKeys.File(grouped: [], bounds: [], shared: [])
        /// Every line's seq, visible or not (for the check of 1…lastSeq).
        var allSeqs: [Int] = []
        var file: POSIXFile?
        var firstHidden: CivilDate?
        var through: CivilDate?
        var recorded: Instant?
    }

    private struct Fallback: Error {}

    private func scanKeys(_ family: EventFamily, number: Int, entry: ManifestEntry, seal: DerivedIndex.Coverage,
                          asOf: CivilDate?, partitions: Int, partition: (UInt32) -> Int) -> FileKeys? {
        var scan = FileKeys()
        scan.keys.bounds = [Int](repeating: 0, count: partitions + 1)
        guard entry.bytes > 0 else { return scan }
        guard let file = try? POSIXFile.openForReadingIfExists(layout.path(family)),
              let size = try? file.size(), size >= entry.bytes else { return nil }
        scan.file = file
        let sealedEnd = seal.entry.bytes
        var checksum = RunningChecksum()
        var offset = 0, lastSeq = 0, lines = 0
        // The chain of the line before: the seal's at its end, then each
        // hashed line's own.
        var chain = sealedEnd == 0 ? ChainHash.genesis : seal.entry.chainHead
        // The keys of resellers in file order with their partitions, grouped
        // once the file is read; the keys of no reseller apart.
        var keys: [LineKey] = [], parts: [Int32] = [], shared: [LineKey] = []
        keys.reserveCapacity(entry.lines)
        parts.reserveCapacity(entry.lines)
        scan.allSeqs.reserveCapacity(entry.lines)
        do {
            let outcome = try LineSplitter.forEachLine(in: file, upTo: entry.bytes) { slice, lineNumber in
                let lineEnd = offset + slice.count + 1
                if lineEnd <= sealedEnd {
                    checksum.update(slice)
                    checksum.update(Self.newlineByte)
                    if lineEnd == sealedEnd {
                        guard checksum.value == seal.checksum.value, lineNumber == seal.entry.lines,
                              ChainHash.rawChain(of: Array(slice)) == seal.entry.chainHead else { throw Fallback() }
                    }
                } else {
                    // Past the seal (or a seal that ends inside this line,
                    // which fails here): the chain, hashed.
                    let bytes = Array(slice)
                    guard offset >= sealedEnd, let prefixEnd = ChainHash.prefixEnd(of: bytes),
                          ChainHash.hasCanonicalTail(bytes, prefixEnd: prefixEnd), let recorded = ChainHash.rawChain(of: bytes),
                          ChainHash.next(previous: chain, prefix: bytes[..<prefixEnd]) == recorded else { throw Fallback() }
                    chain = recorded
                }
                guard let header = slice.withUnsafeBufferPointer(StoredLineHeader.read),
                      header.type.family == family, header.seq > lastSeq else { throw Fallback() }
                if lineEnd == sealedEnd, header.seq != seal.entry.lastSeq { throw Fallback() }
                if let asOf, header.effective > asOf {
                    if scan.firstHidden.map({ header.effective < $0 }) ?? true { scan.firstHidden = header.effective }
                } else {
                    let key = LineKey(header: header, family: number, offset: offset, length: slice.count)
                    if let hash = header.resellerHash {
                        keys.append(key)
                        parts.append(Int32(partition(hash)))
                    } else {
                        shared.append(key)
                    }
                    if scan.through.map({ $0 < header.effective }) ?? true { scan.through = header.effective }
                    if scan.recorded.map({ $0 < header.recorded }) ?? true { scan.recorded = header.recorded }
                }
                scan.allSeqs.append(header.seq)
                offset = lineEnd
                lastSeq = header.seq
                lines = lineNumber
            }
            guard outcome.partialBytes == 0, offset >= sealedEnd else { return nil }
        } catch {
            return nil
        }
        guard lines == entry.lines, lastSeq == entry.lastSeq, chain == entry.chainHead else { return nil }
        scan.keys = PartitionedKeys.file(keys: keys, partitions: parts, shared: shared, count: partitions)
        return scan
    }

    private static let newlineByte: [UInt8] = [0x0A]
}

/// Which seqs of 1…lastSeq were seen: one bit each.
private struct SeqSet {
    private var words: [UInt64]
    private let lastSeq: Int
    private(set) var count = 0

    init(lastSeq: Int) {
        self.lastSeq = lastSeq
        words = [UInt64](repeating: 0, count: lastSeq / 64 + 1)
    }

    /// False for a seq out of range or seen before.
    mutating func insert(_ seq: Int) -> Bool {
        guard seq >= 1, seq <= lastSeq else { return false }
        let bit = UInt64(1) << UInt64(seq % 64)
        guard words[seq / 64] & bit == 0 else { return false }
        words[seq / 64] |= bit
        count += 1
        return true
    }
}
