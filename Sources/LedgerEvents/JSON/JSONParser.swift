/// A strict RFC 8259 JSON parser over raw UTF-8 bytes. Foundation's parsers
/// are not used: they accept duplicate keys silently (a ledger line with two
/// `amount`s must be refused) and are slower than this.
///
/// Example: `try JSONParser.parse(#"{"a":[1,true,null]}"#)` gives
/// `.object([a: .array([.number("1"), .bool(true), .null])])`;
/// `JSONParser.parse("[1,]")` throws `unexpected character ']'` at byte 3,
/// and `JSONParser.parse("01")` throws `invalid number: leading zero`.
///
/// Refused, besides malformed syntax: anything but whitespace after the
/// value, invalid UTF-8 anywhere, unescaped control characters, lone
/// surrogates, duplicate keys in one object and nesting deeper than
/// `maximumDepth` containers.
public enum JSONParser {
    /// The largest `maximumDepth` a caller may ask for. The parser recurses
    /// once per level, so the limit keeps the stack bounded.
    public static let maximumDepthLimit = 512

    public static func parse(_ bytes: UnsafeRawBufferPointer, maximumDepth: Int = 32) throws(JSONParseError) -> JSONValue {
        precondition((0...maximumDepthLimit).contains(maximumDepth), "maximumDepth out of 0...\(maximumDepthLimit)")
        var scanner = JSONScanner(bytes: bytes, maximumDepth: maximumDepth)
        return try scanner.parseDocument()
    }

    public static func parse(_ text: String, maximumDepth: Int = 32) throws(JSONParseError) -> JSONValue {
        var text = text
        // `withUTF8` is rethrowing, which would widen the error to `any
        // Error`; carrying a Result out keeps the typed error.
        let result = text.withUTF8 { utf8 in
            Result { () throws(JSONParseError) in try parse(UnsafeRawBufferPointer(utf8), maximumDepth: maximumDepth) }
        }
        return try result.get()
    }

    public static func parse(_ bytes: [UInt8], maximumDepth: Int = 32) throws(JSONParseError) -> JSONValue {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(JSONParseError) in try parse(raw, maximumDepth: maximumDepth) }
        }
        return try result.get()
    }
}
