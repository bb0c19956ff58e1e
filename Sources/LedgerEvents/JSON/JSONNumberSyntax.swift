/// The RFC 8259 number grammar, `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`,
/// shared by the parser (which reads numbers) and the writer (which
/// refuses to write a `.number` whose text is not one).
///
/// Example: `-0`, `12`, `3.50`, `1e-7` and `-3.5E+2` are numbers; `01`,
/// `+1`, `.5`, `1.`, `1e`, `NaN` and `Infinity` are not.
enum JSONNumberSyntax {
    /// Scans the number starting at `start`; on success, the offset just
    /// after it. It stops at the first byte that cannot continue a number:
    /// what follows is the caller's business.
    static func scan(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Result<Int, JSONParseError> {
        var index = start
        func failure(_ message: String) -> Result<Int, JSONParseError> {
            .failure(JSONParseError(offset: index, message: "invalid number: " + message))
        }
        func isDigit(at position: Int) -> Bool {
            position < bytes.count && bytes[position] >= UInt8(ascii: "0") && bytes[position] <= UInt8(ascii: "9")
        }
        func skipDigits() { while isDigit(at: index) { index += 1 } }

        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(at: index) else { return failure(index == start ? "expected a digit" : "expected a digit after '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            // "0" is only ever followed by a fraction or an exponent, never by digits.
            if isDigit(at: index) { return failure("leading zero") }
        } else {
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(at: index) else { return failure("expected a digit after '.'") }
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(at: index) else { return failure("expected a digit in the exponent") }
            skipDigits()
        }
        return .success(index)
    }

    /// Whether `text` is exactly one number, nothing before or after it.
    static func isNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            let raw = UnsafeRawBufferPointer(utf8)
            guard case .success(let end) = scan(raw, from: 0) else { return false }
            return end == raw.count
        }
    }
}
