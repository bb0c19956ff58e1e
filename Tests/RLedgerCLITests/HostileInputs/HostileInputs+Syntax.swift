/// Inputs that are not JSON lines at all: truncated, malformed, invalid
/// UTF-8, too long, too deep. The parser names the byte; the field is the
/// line itself.
///
/// Example: the order cut off after `"type":"order.pl` is refused with
/// `<stdin>:1: not valid JSON: unexpected end of input (byte 32)`.
extension HostileInputCorpus {
    static let syntax: [HostileInput] = [
        HostileInput("truncated in a string", line: String(Corpus.order.prefix(32)), expected: #"<stdin>:1: not valid JSON: unterminated string (byte 21)"#),
        HostileInput("truncated after a comma", line: String(Corpus.order.prefix(through: Corpus.order.firstIndex(of: ",")!)), expected: #"<stdin>:1: not valid JSON: unexpected end of input (byte 14)"#),
        HostileInput("truncated inside the lines array", line: String(Corpus.order.prefix(170)), expected: #"<stdin>:1: not valid JSON: unterminated string (byte 167)"#),
        HostileInput("only an opening brace", line: "{", expected: #"<stdin>:1: not valid JSON: unexpected end of input (byte 1)"#),
        HostileInput("empty object", line: "{}", expected: #"<stdin>:1: id: is missing"#),
        HostileInput("an array, not an object", line: #"["ord-1","order.placed"]"#, expected: #"<stdin>:1: an event must be a JSON object"#),
        HostileInput("a bare string", line: #""ord-1""#, expected: #"<stdin>:1: an event must be a JSON object"#),
        HostileInput("a bare number", line: "42", expected: #"<stdin>:1: an event must be a JSON object"#),
        HostileInput("null", line: "null", expected: #"<stdin>:1: an event must be a JSON object"#),
        HostileInput("trailing garbage", line: Corpus.order + " x", expected: #"<stdin>:1: not valid JSON: trailing characters after the JSON value (byte 259)"#),
        HostileInput("two objects on one line", line: Corpus.order + Corpus.payment, expected: #"<stdin>:1: not valid JSON: trailing characters after the JSON value (byte 258)"#),
        HostileInput("trailing comma", line: Corpus.order.replacing(#""DE"}}"#, #""DE"},}"#), expected: #"<stdin>:1: not valid JSON: expected a string key, found '}' (byte 258)"#),
        HostileInput("single quotes", line: Corpus.order.replacing(#""ord-1""#, "'ord-1'"), expected: #"<stdin>:1: not valid JSON: unexpected character ''' (byte 6)"#),
        HostileInput("unquoted key", line: Corpus.order.replacing(#""reseller":"#, "reseller:"), expected: #"<stdin>:1: not valid JSON: expected a string key, found 'r' (byte 61)"#),
        HostileInput("a byte order mark", bytes: [0xEF, 0xBB, 0xBF] + Array((Corpus.order + "\n").utf8), expected: #"<stdin>:1: not valid JSON: unexpected character U+FEFF (byte 0)"#),
        HostileInput("invalid UTF-8 in a string", bytes: utf8Damaged(Corpus.order, replacing: "Nordwind", with: [0x4E, 0xFF, 0x64]), expected: #"<stdin>:1: not valid JSON: invalid UTF-8 at byte 228"#),
        HostileInput("overlong UTF-8 for a slash", bytes: utf8Damaged(Corpus.order, replacing: "Nordwind", with: [0xC0, 0xAF]), expected: #"<stdin>:1: not valid JSON: invalid UTF-8 at byte 227"#),
        HostileInput("UTF-8 cut off mid-character", bytes: utf8Damaged(Corpus.order, replacing: "Nordwind", with: [0xE2, 0x82]), expected: #"<stdin>:1: not valid JSON: invalid UTF-8 at byte 227"#),
        HostileInput("a lone surrogate escape", line: Corpus.order.replacing("Nordwind", #"Nord\ud800wind"#), expected: #"<stdin>:1: not valid JSON: unpaired surrogate \uD800 (byte 231)"#),
        HostileInput("a raw NUL byte", bytes: utf8Damaged(Corpus.order, replacing: "Nordwind", with: [0x4E, 0x00, 0x64]), expected: #"<stdin>:1: not valid JSON: unescaped control character U+0000 in a string (byte 228)"#),
        HostileInput("a raw tab inside a string", line: Corpus.order.replacing("Nordwind", "Nord\twind"), expected: #"<stdin>:1: not valid JSON: unescaped control character U+0009 in a string (byte 231)"#),
        HostileInput("a 10 MB line", line: Corpus.order.replacing("Nordwind", String(repeating: "N", count: 10 << 20)), expected: #"<stdin>:1: line is 10486010 bytes; the limit is 1048576"#),
        HostileInput("nesting 100,000 deep", line: Corpus.order.replacing(#""endCustomer":{"#, #""endCustomer":"# + String(repeating: "[", count: 100_000) + "{"), expected: #"<stdin>:1: not valid JSON: nesting deeper than 32 levels (byte 249)"#),
        HostileInput("nesting 40 deep, closed", line: Corpus.order.replacing(#""sku":"GD-TOTAL""#, #""sku":"# + String(repeating: "[", count: 40) + String(repeating: "]", count: 40)), expected: #"<stdin>:1: not valid JSON: nesting deeper than 32 levels (byte 164)"#),
        HostileInput("a bad line after two good ones", lines: [Corpus.order, Corpus.payment, "{\"id\":"], expected: #"<stdin>:3: not valid JSON: unexpected end of input (byte 6)"#),
        HostileInput("a bad line after blank lines", lines: ["", "   ", "\t", Corpus.order.replacing(#""type":"#, #""type"#)], expected: #"<stdin>:4: not valid JSON: expected ':' after a key, found 'o' (byte 20)"#),
    ]

    /// The line's UTF-8 with `text` replaced by raw bytes (which need not be UTF-8).
    static func utf8Damaged(_ line: String, replacing text: String, with bytes: [UInt8]) -> [UInt8] {
        let parts = line.components(separatedBy: text)
        precondition(parts.count == 2, "corpus: \"\(text)\" must occur once")
        return Array(parts[0].utf8) + bytes + Array(parts[1].utf8) + [0x0A]
    }
}
