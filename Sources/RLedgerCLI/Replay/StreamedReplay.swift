import EventStore
import LedgerCore
import LedgerEvents
import Billing
import Reports

/// A replay from line keys (`LedgerStore.readLineKeys`): each partition
/// of resellers (`Projection.replayPartitions` explains why partitions
/// give the same figures) sorts its keys into replay order and decodes and
/// applies its lines a window at a time, so the ledger's decoded events
/// are never all in memory, only the keys (32 bytes a line), one window
/// per core, and the states of the partitions being replayed.
///
/// Example: 1M events, two cores: 500 partitions of about 2,000 keys, two
/// replayed at a time; each decodes its lines (8,192 at a time at most)
/// and applies them, is summarised and freed (Docs/Performance.md).
enum StreamedReplay {
    /// Lines decoded at a time, at most: a partition of about
    /// `linesPerPartition` lines is decoded in one window; a small ledger's
    /// (as many partitions as cores) in windows of about 4 MB of lines.
    static let window = 8_192

    /// The store's read of line keys in partitions of resellers, about
    /// `linesPerPartition` lines each (`partitionCount`).
    static func readLineKeys(_ store: LedgerStore, asOf: CivilDate?, partitions: Int? = nil) throws -> LineKeyRead? {
        let count = try max(1, partitions ?? partitionCount(lines: store.manifest().lastSeq, cores: ParallelMap.cores))
        return try store.readLineKeys(asOf: asOf, partitions: count) { Projection.partition(resellerHash: $0, count: count) }
    }

    /// The balance positions of the visible lines.
    static func positions(_ read: consuming LineKeyRead) throws -> BalancePositions {
        let parts = try replay(read) { BalancePositions(state: $0).positions }
        return BalancePositions(positions: parts.joined().sorted { ($0.reseller, $0.program) < ($1.reseller, $1.program) })
    }

    /// A ledger is replayed in small partitions of about
    /// `linesPerPartition` lines, a multiple of the cores, each taken by
    /// whichever core is free and its state freed once summarised. A
    /// state takes about 750 bytes an event (the documents with their
    /// lines, the allocations, the indexes: Docs/Performance.md), so a
    /// small one stays in the core's caches while its events are applied,
    /// and the memory it frees is reused by the next instead of fresh
    /// pages the kernel must zero; the states in memory at once stay a few
    /// MB whatever the size of the ledger. The price is one `pread` a line
    /// (a small partition's lines lie far apart in the files), less than
    /// what the caches save. Example: 4,000 lines on 2 cores → 2
    /// partitions; 1M → 500; 10M → 5,046. Every size from 500 to 16,000
    /// lines measured faster than the 250,000 lines a core before (10M:
    /// 20–21 s against 24–26 s, before the session's other gains;
    /// Docs/Performance.md, "Fifth session").
    static func partitionCount(lines: Int, cores: Int) -> Int {
        let perCore = (lines + linesPerPartition * cores - 1) / (linesPerPartition * cores)
        return cores * max(1, perCore)
    }

    static let linesPerPartition = 2_000

    /// `summarise` of each partition's state, in partition order. With as
    /// many partitions as cores the states are left to the process's exit
    /// (`ProcessLifetime`: freeing them would cost more than the rest of
    /// the report); with more, each is freed once summarised, so the next
    /// reuses its memory.
    static func replay<Summary: Sendable>(_ read: consuming LineKeyRead,
                                          summarise: @Sendable (LedgerState) -> Summary) throws -> [Summary] {
        let source = read
        let waves = source.partitions.count > ParallelMap.cores
        let gap = waves ? sparseGapBytes : LineKeyRead.denseGapBytes
        let outcomes = ParallelMap.mapEach(Array(source.partitions.indices)) { part in
            Result { () throws -> Summary in
                let state = try replay(source.partitions[part], from: source, gapBytes: gap)
                let summary = summarise(state)
                if !waves { ProcessLifetime.keep(state) }
                return summary
            }
        }
        return try outcomes.map { try $0.get() }
    }

    /// The read gap for a partition of a small share of the resellers,
    /// whose lines lie far apart in the files.
    static let sparseGapBytes = 4 << 10

    /// One partition: its keys sorted into replay order (effective date,
    /// money after documents, seq), decoded and applied a window at a time.
    static func replay(_ keys: consuming [LineKey], from source: LineKeyRead,
                       gapBytes: Int = LineKeyRead.denseGapBytes) throws -> LedgerState {
        var keys = keys
        keys.sort { rank($0) < rank($1) }
        var state = LedgerState()
        var invoices = 0, orders = 0, fees = 0
        for key in keys {
            switch key.type {
            case .invoiceIssued: invoices += 1
            case .orderPlaced: orders += 1
            case .lateFeeAssessed: fees += 1
            default: break
            }
        }
        // The service months are not known before the invoices are decoded:
        // one an invoice is a guess (an order's invoice has none, a
        // subscription's one a line), which spares most of the index's
        // growing.
        state.reserveCapacity(invoices: invoices, orders: orders, lateFees: fees, serviceMonths: invoices)
        let reader = LineKeyRead.Reader(source, gapBytes: gapBytes)
        var events: [Event] = []
        var windowKeys: [LineKey] = []
        var start = 0
        while start < keys.count {
            let end = min(start + window, keys.count)
            windowKeys.removeAll(keepingCapacity: true)
            windowKeys.append(contentsOf: keys[start..<end])
            try reader.decode(windowKeys, into: &events)
            for event in events { Projection.evolve(into: &state, event: event) }
            start = end
        }
        return state
    }

    /// A key's place in the replay order (`Projection.replayRank`).
    @inline(__always)
    static func rank(_ key: LineKey) -> UInt64 {
        Projection.replayRank(effective: key.effective, type: key.type, seq: key.seq)
    }
}
