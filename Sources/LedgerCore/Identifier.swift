/// The id rules. Ids reach file paths and document numbers, so they are
/// checked before anything else looks at them.
///
/// Example: `"R-ACME"` and `"bytekast"` are valid entity ids; `"../etc"`,
/// `""` and a 65-character id are not. Event ids may also contain `:`
/// (`fee:GD-2026-000017:2026-04`) and run to 128 characters.
public enum Identifier {
    public static let entityMaximumLength = 64
    public static let eventMaximumLength = 128

    /// `[A-Za-z0-9][A-Za-z0-9._-]{0,63}`: reseller, program, account, order ids.
    public static func isValidEntity(_ text: String) -> Bool {
        isValid(text, maximumLength: entityMaximumLength, allowColon: false)
    }

    /// `[A-Za-z0-9][A-Za-z0-9._:-]{0,127}`: event ids.
    public static func isValidEvent(_ text: String) -> Bool {
        isValid(text, maximumLength: eventMaximumLength, allowColon: true)
    }

    /// The entity-id rule on UTF-8 bytes (a decoder checks an id before it
    /// makes a `String` of it).
    public static func isValidEntity(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        isValid(utf8, maximumLength: entityMaximumLength, allowColon: false)
    }

    /// The event-id rule on UTF-8 bytes.
    public static func isValidEvent(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        isValid(utf8, maximumLength: eventMaximumLength, allowColon: true)
    }

    static func isValid(_ text: String, maximumLength: Int, allowColon: Bool) -> Bool {
        var text = text
        return text.withUTF8 { isValid($0, maximumLength: maximumLength, allowColon: allowColon) }
    }

    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, maximumLength: Int, allowColon: Bool) -> Bool {
        guard let first = bytes.first, bytes.count <= maximumLength, isAlphanumeric(first) else { return false }
        return bytes.allSatisfy { byte in
            isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "-") || (allowColon && byte == UInt8(ascii: ":"))
        }
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
