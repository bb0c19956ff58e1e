/// Writes JSON in the ledger's canonical form: no whitespace, object
/// members in the order given, numbers as their literal text, strings
/// escaped minimally. The same value therefore always gives the same bytes,
/// which the hash chain and the document hashes rely on.
///
/// Example: `.object([id: .string("a\"b"), n: .number("12"), s: .string("é/\t")])`
/// is written `{"id":"a\"b","n":12,"s":"é/\t"}`; the control character
/// U+001F is written `\u001f`; `é` and `/` are written as they are.
public struct JSONWriter {
    /// The UTF-8 output so far.
    public var bytes: [UInt8]

    public init() {
        bytes = []
    }

    /// Appends `text` as a quoted JSON string.
    public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        if done == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `text` unchanged: punctuation and pre-rendered pieces that
    /// the caller knows to be valid JSON (ASCII in practice).
    public mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let flag): raw(flag ? "true" : "false")
        case .number(let literal):
            // Writing a non-number would produce a line no reader accepts:
            // that is a bug in the code that built the value.
            precondition(JSONNumberSyntax.isNumber(literal), "not a JSON number: \(literal)")
            raw(literal)
        case .string(let text): string(text)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                self.value(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            for (position, member) in object.members.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                string(member.key)
                bytes.append(UInt8(ascii: ":"))
                self.value(member.value)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Copies runs of bytes that need no escape in one go; only `"`, `\`
    /// and the control characters U+0000…U+001F are escaped.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for position in utf8.indices {
            let byte = utf8[position]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<position]))
            appendEscape(for: byte)
            runStart = position + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    private mutating func appendEscape(for byte: UInt8) {
        let hexDigits: StaticString = "0123456789abcdef"
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            bytes.append(contentsOf: "u00".utf8)
            hexDigits.withUTF8Buffer { table in
                bytes.append(table[Int(byte >> 4)])
                bytes.append(table[Int(byte & 0x0F)])
            }
        }
    }
}
