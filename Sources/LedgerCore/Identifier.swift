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

    static func isValid(_ text: String, maximumLength: Int, allowColon: Bool) -> Bool {
        let bytes = text.utf8
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
