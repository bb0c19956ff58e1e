import LedgerCore
import LedgerEvents

/// Turns the new events of a batch into the bytes to add to each family
/// file and the manifest that commits them. Nothing is written here.
///
/// Example: after a manifest with last seq 12 and `orders.jsonl` at chain
/// head `H`, one order recorded at 2026-11-01T00:00:00Z gets seq 13 and the
/// line `P + ,"chain":"C"}` + newline, where `P` is
/// `EventCodec.encodeStoredPrefix` of it and `C = ChainHash.next(previous: H, prefix: P)`.
/// Every line is decoded again before it is accepted, so the store never
/// writes a line it could not read back — unless the writer asked for
/// `LineProof.encoderTrusted` (see there).
struct BatchEncoder {
    struct Output {
        /// The events as stored: seq and recorded set, in seq order.
        var appended: [Event] = []
        /// The bytes to add to each family file, in family order.
        var additions: [(family: EventFamily, bytes: [UInt8])] = []
        var manifest: Manifest
    }

    static func encode(_ fresh: [Event], after manifest: Manifest, recorded: Instant,
                       proof: LineProof = .readBack) throws(StoreError) -> Output {
        var entries: [EventFamily: ManifestEntry] = [:]
        var bytes: [EventFamily: [UInt8]] = [:]
        var appended: [Event] = []
        appended.reserveCapacity(fresh.count)
        for (offset, input) in fresh.enumerated() {
            var event = input
            event.seq = manifest.lastSeq + offset + 1
            event.recorded = recorded
            let family = event.family
            let entry = entries[family] ?? manifest[family]
            let (line, chain) = try storedLine(event, recorded: recorded, previousChain: entry.chainHead, proof: proof)
            bytes[family, default: []].append(contentsOf: line)
            entries[family] = ManifestEntry(lastSeq: event.seq, lines: entry.lines + 1,
                                            bytes: entry.bytes + line.count, chainHead: chain)
            appended.append(event)
        }
        let additions = EventFamily.allCases.compactMap { family in bytes[family].map { (family, $0) } }
        let lastSeq = manifest.lastSeq + fresh.count
        return Output(appended: appended, additions: additions, manifest: manifest.updating(entries, lastSeq: lastSeq))
    }

    /// One stored line with its newline, and its chain.
    static func storedLine(_ event: Event, recorded: Instant, previousChain: String,
                           proof: LineProof = .readBack) throws(StoreError) -> (line: [UInt8], chain: String) {
        let prefix = EventCodec.encodeStoredPrefix(event, recorded: recorded)
        let chain = ChainHash.next(previous: previousChain, prefix: prefix)
        var line = prefix
        line.append(contentsOf: ChainHash.marker)
        line.append(contentsOf: chain.utf8)
        line.append(contentsOf: ChainHash.closing)
        guard line.count <= StoreLimits.maximumLineBytes else {
            throw .invalidEvent(id: event.id, reason: "its line would be \(line.count) bytes; the limit is \(StoreLimits.maximumLineBytes)")
        }
        if proof == .readBack { try checkReadsBack(line, prefix: prefix, event: event, recorded: recorded) }
        line.append(0x0A)
        return (line, chain)
    }

    /// Decodes the line and encodes the result again: the bytes must be the
    /// same. This catches an event built in code with a value the decoder
    /// refuses (an invalid id in a payload, say) before it poisons the ledger.
    private static func checkReadsBack(_ line: [UInt8], prefix: [UInt8], event: Event, recorded: Instant) throws(StoreError) {
        let decoded: EventCodec.Decoded
        do {
            decoded = try EventCodec.decode(line: line, form: .stored)
        } catch {
            throw .invalidEvent(id: event.id, reason: "its line would not read back: \(error)")
        }
        guard EventCodec.encodeStoredPrefix(decoded.event, recorded: recorded) == prefix else {
            throw .invalidEvent(id: event.id, reason: "its line reads back as different content (an encoder and decoder disagree)")
        }
    }
}
