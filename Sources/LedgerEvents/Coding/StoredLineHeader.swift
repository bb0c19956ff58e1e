import LedgerCore

/// The envelope of a stored line in the canonical form, read without
/// decoding its payload: what a replay needs to order the line and give it
/// to a partition before it decodes it (`LedgerStore.readLineKeys`).
///
/// Example: `{"seq":42106,"id":"invoice:BK-2026-000001","type":"invoice.issued",
/// "recorded":"2026-03-01T23:59:59Z","effective":"2026-02-02","reseller":"R-BY0004",…`
/// → seq 42106, `.invoiceIssued`, recorded 2026-03-01T23:59:59Z, effective
/// 2026-02-02, reseller hash FNV-1a("R-BY0004"). A `program.terms` line has
/// no reseller (nil). Every payload with a reseller writes it first
/// (`writePayload`), right after `effective`; `StoredLineHeaderTests` checks
/// that for every event type against the full decoder.
public struct StoredLineHeader: Equatable, Sendable {
    public let seq: Int
    public let type: EventType
    public let recorded: Instant
    public let effective: CivilDate
    /// FNV-1a (32 bits) of the reseller id; nil for an event of no reseller.
    public let resellerHash: UInt32?

    /// The header of a canonical stored line; nil for anything else (the
    /// caller then decodes the line, which names what is wrong with it).
    public static func read(_ line: UnsafeBufferPointer<UInt8>) -> StoredLineHeader? {
        guard line.count > 1, line.count <= LedgerLimits.maximumLineBytes, line[0] == UInt8(ascii: "{") else { return nil }
        var reader = CanonicalLineReader(line, at: 1)
        do {
            let seq = try reader.int("seq", minimum: 1)
            try reader.skipString("id")
            let type = try reader.eventType("type")
            let recorded = try reader.instant("recorded")
            let effective = try reader.date("effective")
            let reseller = try reader.optionalStringBytes("reseller")
            return StoredLineHeader(seq: seq, type: type, recorded: recorded, effective: effective,
                                    resellerHash: reseller.map { FNV1a.hash32(bytes: $0) })
        } catch {
            return nil
        }
    }
}

extension EventCodec {
    /// A stored line decoded from its bytes where they lie (a window of a
    /// file read for a replay): the canonical fast path without copying
    /// the line, the strict decoder otherwise. Throws what `decode` throws.
    public static func decodeStored(_ line: UnsafeBufferPointer<UInt8>) throws -> Decoded {
        if let decoded = FastLineDecoder.decode(line, form: .stored) { return decoded }
        return try strictDecode(line: Array(line), form: .stored)
    }
}
