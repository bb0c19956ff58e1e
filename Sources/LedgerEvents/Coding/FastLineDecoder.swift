/// The fast path of `EventCodec.decode`: decodes a line exactly as our
/// writer writes it, straight from its bytes, without building a JSON tree.
/// Anything else gives nil, and `EventCodec` decodes the line with the
/// strict parser and `ObjectReader` instead, which produce the result or
/// the error. Refusals are therefore the strict decoder's by construction.
///
/// Canonical means: the keys in the order the writer writes them, no
/// whitespace, no `null`, strings without escapes, integers as plain
/// digits, nothing after the closing brace. The fields themselves are read
/// by the same payload decoders as the strict path (`EventFieldReader`),
/// so every rule on a value (id patterns, dates, decimals, currencies,
/// limits) is the strict path's, and a line the strict path refuses is
/// never accepted here.
///
/// Example: the stored line
/// `{"seq":92,"id":"pay-3","type":"payment.received","recorded":"2026-02-01T08:00:00Z","effective":"2026-01-04","reseller":"R-ORBIT","program":"bytekast","payment":"BT-3","amount":"1920.00","currency":"USD","method":"bankTransfer","chain":"d7da…f519"}`
/// is read left to right: `{`, `"seq":` and the digits 92, then
/// `,"id":` and the text `pay-3` (checked against the event-id pattern),
/// `,"type":`, `,"recorded":`, `,"effective":`; `PaymentReceivedPayload`
/// then asks for `reseller` … `method`, asks for the optional `reference`
/// and `allocations` and finds `,"chain":` instead (absent, as the writer
/// leaves them out), and the envelope reads `chain`, `}` and the end of
/// the line. The same line with `"amount": "1920.00"` (a space), with
/// `"amount"` before `"payment"`, with `"amount":"1920.00"` twice or with
/// `"reference":null` gives nil here and is decoded (or refused) by the
/// strict path.
enum FastLineDecoder {
    /// The decoded line, or nil when it is not canonical or not valid: the
    /// caller then decodes it strictly.
    static func decode(_ line: UnsafeBufferPointer<UInt8>, form: EventCodec.Form) -> EventCodec.Decoded? {
        guard line.count <= LedgerLimits.maximumLineBytes, line.count > 1, line[0] == UInt8(ascii: "{") else { return nil }
        var reader = CanonicalLineReader(line, at: 1)
        guard let decoded = try? EventCodec.decodeFields(&reader, form: form), reader.isAtEnd else { return nil }
        return decoded
    }

    static func decode(_ line: [UInt8], form: EventCodec.Form) -> EventCodec.Decoded? {
        line.withUnsafeBufferPointer { decode($0, form: form) }
    }
}
