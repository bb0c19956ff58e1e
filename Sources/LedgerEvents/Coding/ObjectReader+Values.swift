import LedgerCore

/// Value-level decoders shared by `ObjectReader`'s field methods and by
/// array and map elements (`lines[2]`, `discounts.gold.software`).
///
/// The scalar decoders take the field path as an autoclosure: it is built
/// only for an error message, not for each of the millions of fields that
/// decode (building it was 8% of a replay's instructions).
extension ObjectReader {
    public static func string(_ value: JSONValue, path: String) throws -> String { try string(value, lazyPath: path) }
    public static func entityId(_ value: JSONValue, path: String) throws -> String { try entityId(value, lazyPath: path) }
    public static func documentId(_ value: JSONValue, path: String) throws -> String { try documentId(value, lazyPath: path) }
    public static func decimal(_ value: JSONValue, path: String) throws -> DecimalNumber { try decimal(value, lazyPath: path) }
    public static func int(_ value: JSONValue, path: String, minimum: Int = Int.min) throws -> Int {
        try int(value, lazyPath: path, minimum: minimum)
    }

    static func string(_ value: JSONValue, lazyPath path: @autoclosure () -> String) throws -> String {
        guard case .string(let text) = value else { throw DecodeError(field: path(), message: "must be a string") }
        return text
    }

    static func entityId(_ value: JSONValue, lazyPath path: @autoclosure () -> String) throws -> String {
        let text = try string(value, lazyPath: path())
        guard Identifier.isValidEntity(text) else {
            throw DecodeError(field: path(), message: "\(quoted(text)) is not a valid id ([A-Za-z0-9][A-Za-z0-9._-]{0,63})")
        }
        return text
    }

    /// A document reference: an invoice or credit-note number, or a late
    /// fee's event id (`fee:GD-2026-000004:2026-03`), so the event-id rule.
    static func documentId(_ value: JSONValue, lazyPath path: @autoclosure () -> String) throws -> String {
        let text = try string(value, lazyPath: path())
        guard Identifier.isValidEvent(text) else {
            throw DecodeError(field: path(), message: "\(quoted(text)) is not an invoice number or late-fee id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})")
        }
        return text
    }

    static func decimal(_ value: JSONValue, lazyPath path: @autoclosure () -> String) throws -> DecimalNumber {
        guard case .string(let text) = value else {
            throw DecodeError(field: path(), message: "must be a decimal string such as \"1250.00\" (amounts are never JSON numbers)")
        }
        do {
            return try DecimalNumber(parsing: text)
        } catch .tooManyDecimals(let scale) {
            throw DecodeError(field: path(), message: "\(quoted(text)) has \(scale) decimals; at most \(DecimalNumber.maximumScale) are allowed")
        } catch .outOfRange {
            throw DecodeError(field: path(), message: "\(quoted(text)) is too large")
        } catch {
            throw DecodeError(field: path(), message: "\(quoted(text)) is not a decimal number (digits, optional '-' and '.')")
        }
    }

    /// Prices and payment amounts must be greater than zero. (The other
    /// value rules are LedgerCore's: `Identifier`, `CivilDate(parsing:)`,
    /// `DecimalNumber(parsing:)`, `Currency(code:)`; both readers call them.)
    static func isPositive(_ value: DecimalNumber) -> Bool { value.mantissa > 0 }

    static func int(_ value: JSONValue, lazyPath path: @autoclosure () -> String, minimum: Int = Int.min) throws -> Int {
        guard case .number(let literal) = value, let number = Int(literal) else {
            throw DecodeError(field: path(), message: "must be a whole number")
        }
        guard number >= minimum else {
            throw DecodeError(field: path(), message: "must be an integer of at least \(minimum), got \(number)")
        }
        return number
    }

    public static func array<T>(_ value: JSONValue, path: String, _ element: (JSONValue, String) throws -> T) throws -> [T] {
        guard case .array(let values) = value else { throw DecodeError(field: path, message: "must be an array") }
        var result: [T] = []
        result.reserveCapacity(values.count)
        for (index, item) in values.enumerated() {
            result.append(try element(item, "\(path)[\(index)]"))
        }
        return result
    }

    public static func nested<T>(_ value: JSONValue, path: String, _ body: (inout ObjectReader) throws -> T) throws -> T {
        var reader = try ObjectReader(value, path: path)
        let result = try body(&reader)
        try reader.finish()
        return result
    }

    public static func map<T>(_ value: JSONValue, path: String, _ element: (JSONValue, String) throws -> T) throws -> OrderedMap<T> {
        guard case .object(let object) = value else { throw DecodeError(field: path, message: "must be an object") }
        return OrderedMap(try object.members.map { member in
            OrderedMap.Entry(key: member.key, value: try element(member.value, "\(path).\(member.key)"))
        })
    }

    /// An array element that is an object, read by `body`.
    public static func element<T>(_ body: @escaping (inout ObjectReader) throws -> T) -> (JSONValue, String) throws -> T {
        { value, path in try nested(value, path: path, body) }
    }

    /// A refused value as a message shows it: quoted, cut at 40 characters,
    /// and with control characters, quotes and backslashes escaped as JSON
    /// writes them. A refused id may hold a NUL or a terminal escape
    /// sequence; echoed raw, it would garble or even drive the terminal.
    /// Example: `ord` NUL `-1` is shown as `"ord\u0000-1"`.
    static func quoted(_ text: String) -> String {
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        var escaped = "\""
        for scalar in shown.unicodeScalars {
            switch scalar.value {
            case 0x22: escaped += "\\\""
            case 0x5C: escaped += "\\\\"
            case 0x00..<0x20, 0x7F..<0xA0: escaped += "\\u" + JSONScanner.hex4(scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
