/// The recursive-descent reader behind `JSONParser`: an index into raw
/// bytes, one function per grammar rule, errors carrying the byte offset.
///
/// Example: for `{"a": [1, 2]}` it reads `{`, the key `"a"` (checked
/// against earlier keys), `:`, then descends one level into `[1, 2]`; at
/// the end only whitespace may remain.
struct JSONScanner {
    let bytes: UnsafeRawBufferPointer
    let maximumDepth: Int
    var index = 0
    var depth = 0
    /// Reused for strings that contain escapes, so decoding them does not
    /// allocate a fresh buffer each time.
    var scratch: [UInt8] = []

    /// Objects larger than this check duplicate keys with a set instead of
    /// a scan, so a hostile object with many keys stays linear.
    static let linearKeyCheckLimit = 16
    static let expectedMemberCount = 8

    init(bytes: UnsafeRawBufferPointer, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw failure("trailing characters after the JSON value") }
        return value
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw unexpected() }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object(try parseObject())
        case UInt8(ascii: "["): return .array(try parseArray())
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "t"): try parseLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try parseLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try parseLiteral("null"); return .null
        default: throw unexpected()
        }
    }

    mutating func parseArray() throws(JSONParseError) -> [JSONValue] {
        try enterContainer()
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            return leaveContainer(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): return leaveContainer(elements)
            default: throw unexpected(expecting: "expected ',' or ']' in an array")
            }
        }
    }

    mutating func parseObject() throws(JSONParseError) -> JSONObject {
        try enterContainer()
        var members: [JSONObject.Member] = []
        var keys: Set<String> = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            return leaveContainer(JSONObject(members: members))
        }
        // Event objects have about ten keys: starting at 8 saves the
        // growth through 1, 2 and 4, which measured about 10% of the time
        // spent parsing a typical event line.
        members.reserveCapacity(JSONScanner.expectedMemberCount)
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw unexpected(expecting: "expected a string key")
            }
            let keyOffset = index
            let key = try parseString()
            try checkNewKey(key, members: members, keys: &keys, at: keyOffset)
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw unexpected(expecting: "expected ':' after a key")
            }
            index += 1
            skipWhitespace()
            members.append(JSONObject.Member(key: key, value: try parseValue()))
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): return leaveContainer(JSONObject(members: members))
            default: throw unexpected(expecting: "expected ',' or '}' in an object")
            }
        }
    }

    /// Refuses a key already seen in this object: with two `amount`s, which
    /// one a reader takes depends on the reader, so neither is trusted.
    func checkNewKey(_ key: String, members: [JSONObject.Member], keys: inout Set<String>,
                     at offset: Int) throws(JSONParseError) {
        let isDuplicate: Bool
        if members.count < JSONScanner.linearKeyCheckLimit {
            isDuplicate = members.contains { $0.key == key }
        } else {
            if keys.isEmpty { keys = Set(members.map(\.key)) }
            isDuplicate = !keys.insert(key).inserted
        }
        guard !isDuplicate else {
            var quoted = JSONWriter()
            quoted.string(key)
            throw JSONParseError(offset: offset, message: "duplicate key " + String(decoding: quoted.bytes, as: UTF8.self))
        }
    }

    mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        guard depth <= maximumDepth else {
            throw failure("nesting deeper than \(maximumDepth) \(maximumDepth == 1 ? "level" : "levels")")
        }
        index += 1
    }

    /// Consumes the closing bracket and returns the finished container.
    mutating func leaveContainer<Container>(_ container: Container) -> Container {
        depth -= 1
        index += 1
        return container
    }

    mutating func parseLiteral(_ literal: StaticString) throws(JSONParseError) {
        let start = index
        let matched = literal.withUTF8Buffer { expected in
            guard bytes.count - start >= expected.count else { return false }
            return expected.indices.allSatisfy { bytes[start + $0] == expected[$0] }
        }
        guard matched else { throw failure("invalid literal, expected \(literal)") }
        index += literal.utf8CodeUnitCount
    }

    mutating func parseNumber() throws(JSONParseError) -> String {
        let start = index
        switch JSONNumberSyntax.scan(bytes, from: start) {
        case .success(let end):
            index = end
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        case .failure(let error):
            throw error
        }
    }

    /// JSON whitespace is exactly space, tab, line feed and carriage return.
    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    func failure(_ message: String) -> JSONParseError {
        JSONParseError(offset: index, message: message)
    }

    /// The error for the byte at `index` that no rule accepts. Invalid UTF-8
    /// is named as such rather than as a strange character.
    func unexpected(expecting expectation: String? = nil) -> JSONParseError {
        guard index < bytes.count else { return failure("unexpected end of input") }
        let byte = bytes[index]
        let character: String
        if byte >= 0x80 {
            guard let length = UTF8Validation.sequenceLength(in: bytes, at: index) else { return invalidUTF8(at: index) }
            character = JSONScanner.describe(scalar: UTF8Validation.scalar(in: bytes, at: index, length: length))
        } else {
            character = JSONScanner.describe(scalar: UInt32(byte))
        }
        guard let expectation else { return failure("unexpected character \(character)") }
        return failure("\(expectation), found \(character)")
    }

    func invalidUTF8(at offset: Int) -> JSONParseError {
        JSONParseError(offset: offset, message: "invalid UTF-8 at byte \(offset)")
    }

    /// Printable ASCII in quotes (`'x'`); anything else, which may be
    /// invisible (a byte order mark, a control character), as `U+FEFF`.
    static func describe(scalar: UInt32) -> String {
        if (0x20...0x7E).contains(scalar) {
            return "'" + String(UnicodeScalar(UInt8(scalar))) + "'"
        }
        return "U+" + hex4(scalar)
    }

    /// At least four uppercase hex digits, as Unicode writes code points.
    static func hex4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
