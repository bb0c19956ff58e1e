import LedgerCore

/// Decodes and encodes event lines.
///
/// Input lines (to `append`) carry `id`, `type`, `effective` and the
/// payload; stored lines also carry `seq`, `recorded` and `chain` (last).
/// Example stored line prefix:
/// `{"seq":1,"id":"t1","type":"tax.rate","recorded":"2026-01-01T08:00:00Z","effective":"2026-01-01","jurisdiction":"US-NY","percent":"8.875"`
/// followed by `,"chain":"<64 hex>"}`.
public enum EventCodec {
    public static let maximumLineBytes = LedgerLimits.maximumLineBytes

    public enum Form: Sendable { case input, stored }

    public struct Decoded: Sendable {
        public let event: Event
        public let chain: String?
    }

    /// Decodes one line (without its newline). A line as our writer writes
    /// it takes the fast path (`FastLineDecoder`); any other line, and every
    /// line that is refused, goes through the strict parser and reader, so
    /// results and messages are the strict decoder's either way.
    public static func decode(line: [UInt8], form: Form) throws -> Decoded {
        if let decoded = FastLineDecoder.decode(line, form: form) { return decoded }
        return try strictDecode(line: line, form: form)
    }

    /// The strict decoder alone: an RFC 8259 tree, then `ObjectReader`.
    static func strictDecode(line: [UInt8], form: Form) throws -> Decoded {
        guard line.count <= maximumLineBytes else {
            throw DecodeError(field: "", message: "line is \(line.count) bytes; the limit is \(maximumLineBytes)")
        }
        let value: JSONValue
        do { value = try JSONParser.parse(line, maximumDepth: LedgerLimits.maximumJSONDepth) } catch {
            // Some parser messages name the byte already ("invalid UTF-8 at byte 17").
            let place = error.message.contains("byte \(error.offset)") ? "" : " (byte \(error.offset))"
            throw DecodeError(field: "", message: "not valid JSON: \(error.message)\(place)")
        }
        guard case .object(let object) = value else { throw DecodeError(field: "", message: "an event must be a JSON object") }
        var reader = ObjectReader(object)
        return try decode(&reader, form: form)
    }

    public static func decode(_ r: inout ObjectReader, form: Form) throws -> Decoded {
        try decodeFields(&r, form: form)
    }

    /// The envelope and payload, read with either reader (`EventFieldReader`).
    static func decodeFields<R: EventFieldReader>(_ r: inout R, form: Form) throws -> Decoded {
        var seq = 0
        var recorded: Instant?
        var chain: String?
        if form == .stored {
            seq = try r.int("seq", minimum: 1)
        } else {
            for key: StaticString in ["seq", "recorded", "chain"] where r.has(key) {
                throw DecodeError(field: key.description, message: "is set by the store; input must not carry it")
            }
        }
        let id = try r.eventId("id")
        let type = try r.eventType("type")
        if form == .stored { recorded = try r.instant("recorded") }
        let effective = try r.date("effective")
        let payload = try decodePayload(type, &r)
        if form == .stored { chain = try r.string("chain") }
        try r.finish()
        return Decoded(event: Event(seq: seq, id: id, recorded: recorded, effective: effective, payload: payload), chain: chain)
    }

    /// The line of an input event: what `append` reads and what idempotent
    /// retries are compared by.
    public static func encodeInput(_ event: Event) -> [UInt8] {
        var w = ObjectWriter()
        w.open()
        w.string("id", event.id)
        w.string("type", event.type.rawValue)
        w.date("effective", event.effective)
        writePayload(event.payload, &w)
        w.close()
        return w.json.bytes
    }

    /// A stored line up to, not including, `,"chain":"`: what the chain hashes.
    public static func encodeStoredPrefix(_ event: Event, recorded: Instant) -> [UInt8] {
        var w = ObjectWriter()
        w.open()
        w.int("seq", event.seq)
        w.string("id", event.id)
        w.string("type", event.type.rawValue)
        w.string("recorded", recorded.description)
        w.date("effective", event.effective)
        writePayload(event.payload, &w)
        return w.json.bytes
    }
}
