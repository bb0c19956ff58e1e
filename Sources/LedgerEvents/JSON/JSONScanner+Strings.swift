/// String literals: the fast path for text without escapes decodes the
/// bytes in place once; text with escapes is gathered into a reused
/// scratch buffer and decoded once at the closing quote.
///
/// Example: `"caf\u00e9 🙂"` (with a raw 🙂) decodes to `café 🙂`;
/// `"\ud83d\ude42"` is the surrogate pair of 🙂 and decodes to the one
/// scalar U+1F642, while `"\ud83d"` alone is refused.
extension JSONScanner {
    mutating func parseString() throws(JSONParseError) -> String {
        let quoteOffset = index
        index += 1
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            case UInt8(ascii: "\\"):
                return try parseEscapedString(from: start, quoteOffset: quoteOffset)
            default:
                try skipPlainCharacter()
            }
        }
        throw unterminatedString(at: quoteOffset)
    }

    /// Continues a string at its first backslash; `start` is where its text began.
    mutating func parseEscapedString(from start: Int, quoteOffset: Int) throws(JSONParseError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var runStart = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<index]))
                try appendEscape(quoteOffset: quoteOffset)
                runStart = index
            default:
                try skipPlainCharacter()
            }
        }
        throw unterminatedString(at: quoteOffset)
    }

    /// Steps over one character that needs no decoding, refusing control
    /// characters (RFC 8259 requires them escaped) and invalid UTF-8.
    @inline(__always)
    mutating func skipPlainCharacter() throws(JSONParseError) {
        let byte = bytes[index]
        if byte >= 0x80 {
            guard let length = UTF8Validation.sequenceLength(in: bytes, at: index) else { throw invalidUTF8(at: index) }
            index += length
        } else if byte < 0x20 {
            throw failure("unescaped control character \(JSONScanner.describe(scalar: UInt32(byte))) in a string")
        } else {
            index += 1
        }
    }

    /// Input ending inside a string is reported at its opening quote,
    /// which is where a reader goes looking for the missing one.
    func unterminatedString(at quoteOffset: Int) -> JSONParseError {
        JSONParseError(offset: quoteOffset, message: "unterminated string")
    }

    /// Decodes the escape at `index` (a backslash) into `scratch`.
    mutating func appendEscape(quoteOffset: Int) throws(JSONParseError) {
        let escapeOffset = index
        guard index + 1 < bytes.count else { throw unterminatedString(at: quoteOffset) }
        let letter = bytes[index + 1]
        let simple: UInt8?
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = letter
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default:
            throw invalidEscape(letterOffset: index + 1)
        }
        if let simple {
            scratch.append(simple)
            index += 2
            return
        }
        let scalar = try unicodeEscapeScalar(at: escapeOffset)
        UTF8.encode(scalar) { scratch.append($0) }
    }

    /// `invalid escape '\x'`, or with `U+…` when the letter is not printable;
    /// a non-ASCII letter that is not even UTF-8 is reported as such.
    func invalidEscape(letterOffset: Int) -> JSONParseError {
        let letter = bytes[letterOffset]
        let escapeOffset = letterOffset - 1
        if (0x20...0x7E).contains(letter) {
            return JSONParseError(offset: escapeOffset, message: "invalid escape '\\" + String(UnicodeScalar(letter)) + "'")
        }
        var described = letter < 0x80 ? UInt32(letter) : nil
        if letter >= 0x80, let length = UTF8Validation.sequenceLength(in: bytes, at: letterOffset) {
            described = UTF8Validation.scalar(in: bytes, at: letterOffset, length: length)
        }
        guard let described else {
            return invalidUTF8(at: letterOffset)
        }
        return JSONParseError(offset: escapeOffset,
                              message: "invalid escape: '\\' followed by " + JSONScanner.describe(scalar: described))
    }

    /// Reads `\uXXXX`, or a surrogate pair `\uD83D\uDE42`, into one scalar.
    mutating func unicodeEscapeScalar(at escapeOffset: Int) throws(JSONParseError) -> Unicode.Scalar {
        let first = try hexCodeUnit(at: escapeOffset)
        index = escapeOffset + 6
        if let scalar = Unicode.Scalar(first) { return scalar }
        // Not a scalar: a surrogate. Only a high one followed by an escaped low one is a character.
        let unpaired = JSONParseError(offset: escapeOffset, message: "unpaired surrogate \\u" + JSONScanner.hex4(first))
        guard (0xD800...0xDBFF).contains(first), index + 1 < bytes.count,
              bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { throw unpaired }
        let second = try hexCodeUnit(at: index)
        guard (0xDC00...0xDFFF).contains(second) else { throw unpaired }
        index += 6
        return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
    }

    /// The four hex digits after `\u` at `offset` as a UTF-16 code unit.
    func hexCodeUnit(at offset: Int) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for position in (offset + 2)..<(offset + 6) {
            guard position < bytes.count, let digit = JSONScanner.hexDigitValue(bytes[position]) else {
                throw JSONParseError(offset: offset, message: "invalid \\u escape")
            }
            value = value << 4 | digit
        }
        return value
    }

    static func hexDigitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
