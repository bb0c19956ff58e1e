import LedgerCore

/// Reads the fields of one JSON object strictly: every key must be read by
/// the decoder, so an unknown key (a typo) is refused by `finish()`.
///
/// Example: decoding `{"quantity":0}` with `int("quantity", minimum: 1)`
/// under the path `lines[0]` throws
/// `lines[0].quantity: must be an integer of at least 1, got 0`.
public struct ObjectReader {
    public let object: JSONObject
    public let path: String
    /// Which members a decoder read, by position: a bit each for the first
    /// 64 (every event object), a set beyond. Positions instead of a
    /// `Set<String>` of keys spare hashing every key of every line.
    private var usedMask: UInt64 = 0
    private var usedBeyondMask: Set<Int> = []
    /// Where the next lookup starts: decoders read keys in about the order
    /// the writer wrote them, so the key sought is usually the next member.
    private var cursor = 0

    public init(_ object: JSONObject, path: String = "") {
        self.object = object
        self.path = path
    }

    public init(_ value: JSONValue, path: String) throws {
        guard case .object(let object) = value else {
            throw DecodeError(field: path, message: "must be an object")
        }
        self.init(object, path: path)
    }

    public func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    public func has(_ key: String) -> Bool { position(of: key) != nil }

    /// The position of the member named `key` (keys are unique: the parser
    /// refuses duplicates), searching from `cursor` round to it.
    private func position(of key: String) -> Int? {
        let members = object.members
        var index = cursor
        for _ in 0..<members.count {
            if index == members.count { index = 0 }
            if members[index].key == key { return index }
            index += 1
        }
        return nil
    }

    private mutating func markUsed(_ index: Int) {
        if index < 64 { usedMask |= 1 << UInt64(index) } else { usedBeyondMask.insert(index) }
        cursor = index + 1
    }

    private func isUsed(_ index: Int) -> Bool {
        index < 64 ? usedMask & (1 << UInt64(index)) != 0 : usedBeyondMask.contains(index)
    }

    mutating func take(_ key: String) throws -> JSONValue {
        guard let index = position(of: key) else { throw DecodeError(field: fieldPath(key), message: "is missing") }
        markUsed(index)
        return object.members[index].value
    }

    mutating func takeOptional(_ key: String) -> JSONValue? {
        guard let index = position(of: key) else { return nil }
        markUsed(index)
        let value = object.members[index].value
        if case .null = value { return nil }
        return value
    }

    /// Refuses keys that no decoder read.
    public func finish() throws {
        for (index, member) in object.members.enumerated() where !isUsed(index) {
            // An unknown key comes from the input: shown quoted and escaped
            // when it holds anything a terminal would not print as it is.
            let printable = member.key.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value) }
            throw DecodeError(field: fieldPath(printable ? member.key : Self.quoted(member.key)),
                              message: "unknown key (not in the event catalog for this type)")
        }
    }

    // MARK: Scalars

    public mutating func string(_ key: String) throws -> String {
        try Self.string(try take(key), lazyPath: fieldPath(key))
    }

    public mutating func optionalString(_ key: String) throws -> String? {
        guard let value = takeOptional(key) else { return nil }
        return try Self.string(value, lazyPath: fieldPath(key))
    }

    /// A reseller, program, account, order or document id.
    public mutating func entityId(_ key: String) throws -> String {
        try Self.entityId(try take(key), lazyPath: fieldPath(key))
    }

    public mutating func optionalEntityId(_ key: String) throws -> String? {
        guard let value = takeOptional(key) else { return nil }
        return try Self.entityId(value, lazyPath: fieldPath(key))
    }

    public mutating func documentId(_ key: String) throws -> String {
        try Self.documentId(try take(key), lazyPath: fieldPath(key))
    }

    public mutating func date(_ key: String) throws -> CivilDate {
        let text = try string(key)
        guard let date = CivilDate(parsing: text) else {
            throw DecodeError(field: fieldPath(key), message: "\(Self.quoted(text)) is not a date (YYYY-MM-DD, a real calendar day)")
        }
        return date
    }

    public mutating func decimal(_ key: String) throws -> DecimalNumber {
        try Self.decimal(try take(key), lazyPath: fieldPath(key))
    }

    public mutating func optionalDecimal(_ key: String) throws -> DecimalNumber? {
        guard let value = takeOptional(key) else { return nil }
        return try Self.decimal(value, lazyPath: fieldPath(key))
    }

    /// A decimal that must be greater than zero (prices, payment amounts).
    public mutating func positiveDecimal(_ key: String) throws -> DecimalNumber {
        let value = try decimal(key)
        guard Self.isPositive(value) else {
            throw DecodeError(field: fieldPath(key), message: "must be greater than zero, got \"\(value)\"")
        }
        return value
    }

    public mutating func int(_ key: String, minimum: Int = Int.min) throws -> Int {
        try Self.int(try take(key), lazyPath: fieldPath(key), minimum: minimum)
    }

    public mutating func optionalInt(_ key: String, minimum: Int = Int.min) throws -> Int? {
        guard let value = takeOptional(key) else { return nil }
        return try Self.int(value, lazyPath: fieldPath(key), minimum: minimum)
    }

    public mutating func bool(_ key: String) throws -> Bool {
        guard case .bool(let flag) = try take(key) else {
            throw DecodeError(field: fieldPath(key), message: "must be true or false")
        }
        return flag
    }

    public mutating func optionalBool(_ key: String) throws -> Bool? {
        guard let value = takeOptional(key) else { return nil }
        guard case .bool(let flag) = value else {
            throw DecodeError(field: fieldPath(key), message: "must be true or false")
        }
        return flag
    }

    public mutating func currency(_ key: String) throws -> Currency {
        let code = try string(key)
        guard let currency = Currency(code: code) else {
            throw DecodeError(field: fieldPath(key), message: "\(Self.quoted(code)) is not a known ISO 4217 currency code")
        }
        return currency
    }

    /// One of a fixed set of words (`kind`, `source`, `method`).
    public mutating func oneOf(_ key: String, _ allowed: [String]) throws -> String {
        let word = try string(key)
        guard allowed.contains(word) else {
            throw DecodeError(field: fieldPath(key), message: "\(Self.quoted(word)) is not one of \(allowed.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        return word
    }

    // MARK: Containers

    public mutating func array<T>(_ key: String, _ element: (JSONValue, String) throws -> T) throws -> [T] {
        try Self.array(try take(key), path: fieldPath(key), element)
    }

    public mutating func optionalArray<T>(_ key: String, _ element: (JSONValue, String) throws -> T) throws -> [T]? {
        guard let value = takeOptional(key) else { return nil }
        return try Self.array(value, path: fieldPath(key), element)
    }

    public mutating func nonEmptyArray<T>(_ key: String, _ element: (JSONValue, String) throws -> T) throws -> [T] {
        let values = try array(key, element)
        guard !values.isEmpty else { throw DecodeError(field: fieldPath(key), message: "must not be empty") }
        return values
    }

    /// A nested object decoded by `body`, which must read every key.
    public mutating func object<T>(_ key: String, _ body: (inout ObjectReader) throws -> T) throws -> T {
        try Self.nested(try take(key), path: fieldPath(key), body)
    }

    public mutating func optionalObject<T>(_ key: String, _ body: (inout ObjectReader) throws -> T) throws -> T? {
        guard let value = takeOptional(key) else { return nil }
        return try Self.nested(value, path: fieldPath(key), body)
    }

    public mutating func map<T>(_ key: String, _ element: (JSONValue, String) throws -> T) throws -> OrderedMap<T> {
        try Self.map(try take(key), path: fieldPath(key), element)
    }

    public mutating func optionalMap<T>(_ key: String, _ element: (JSONValue, String) throws -> T) throws -> OrderedMap<T>? {
        guard let value = takeOptional(key) else { return nil }
        return try Self.map(value, path: fieldPath(key), element)
    }
}
