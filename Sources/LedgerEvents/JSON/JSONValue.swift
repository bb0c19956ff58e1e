/// A parsed JSON value. Numbers keep the literal text as written, because
/// the ledger never lets a number pass through binary floating point: a
/// count like `12` is read from the text by whoever expects an integer.
///
/// Example: `{"seq":12,"tags":["a"],"ok":true}` parses to
/// `.object([seq: .number("12"), tags: .array([.string("a")]), ok: .bool(true)])`,
/// and `-3.5e2` stays `.number("-3.5e2")`, not −350.0.
///
/// Strings compare as Swift strings (canonical equivalence), so a
/// precomposed "é" equals "e" followed by a combining accent.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number's literal text, which matches the RFC 8259 grammar when it
    /// came from `JSONParser`; `JSONWriter` refuses any other text.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}
