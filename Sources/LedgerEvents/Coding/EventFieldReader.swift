import LedgerCore

/// What the payload decoders (`init(reading:)` in `Coding/Payloads`) and the
/// envelope decoder read fields with. Two readers implement it:
///
/// - `ObjectReader`, the strict reader over a parsed JSON tree, which names
///   the field and the rule in every refusal;
/// - `CanonicalLineReader`, the fast path's reader, which walks the bytes of
///   a line in the order our writer wrote them and gives up (throws
///   `CanonicalLineReader.NotCanonical`) on anything else.
///
/// Because both run the same decoders, the fields an event has, their
/// order and every rule on their values are written once.
///
/// Example: `TaxRatePayload(reading: &r)` calls `r.entityId("jurisdiction")`
/// then `r.decimal("percent")` and refuses a negative percent; with an
/// `ObjectReader` over `{"percent":"-1","jurisdiction":"US-NY"}` that is the
/// error `percent: must not be negative`, and with a `CanonicalLineReader`
/// over the same bytes it is a give-up at the first key (`percent` is not
/// where the writer puts it), after which `EventCodec` asks `ObjectReader`.
protocol EventFieldReader {
    /// The path of a field for messages (`lines[0].unitPrice`).
    func fieldPath(_ key: String) -> String
    func has(_ key: StaticString) -> Bool
    /// Refuses what was not read: an unknown key, or for the fast path
    /// anything but the end of the object.
    mutating func finish() throws

    /// The envelope's `id`, `type` and `recorded`.
    mutating func eventId(_ key: StaticString) throws -> String
    mutating func eventType(_ key: StaticString) throws -> EventType
    mutating func instant(_ key: StaticString) throws -> Instant

    mutating func string(_ key: StaticString) throws -> String
    mutating func optionalString(_ key: StaticString) throws -> String?
    mutating func entityId(_ key: StaticString) throws -> String
    mutating func optionalEntityId(_ key: StaticString) throws -> String?
    mutating func documentId(_ key: StaticString) throws -> String
    mutating func date(_ key: StaticString) throws -> CivilDate
    mutating func decimal(_ key: StaticString) throws -> DecimalNumber
    mutating func optionalDecimal(_ key: StaticString) throws -> DecimalNumber?
    mutating func positiveDecimal(_ key: StaticString) throws -> DecimalNumber
    mutating func int(_ key: StaticString, minimum: Int) throws -> Int
    mutating func optionalInt(_ key: StaticString, minimum: Int) throws -> Int?
    mutating func bool(_ key: StaticString) throws -> Bool
    mutating func optionalBool(_ key: StaticString) throws -> Bool?
    mutating func currency(_ key: StaticString) throws -> Currency
    mutating func oneOf(_ key: StaticString, _ allowed: [String]) throws -> String

    /// A nested object read by `body`, which must read every key.
    mutating func object<T>(_ key: StaticString, _ body: (inout Self) throws -> T) throws -> T
    mutating func optionalObject<T>(_ key: StaticString, _ body: (inout Self) throws -> T) throws -> T?
    /// An array of objects, each read by `body`.
    mutating func objects<T>(_ key: StaticString, _ body: (inout Self) throws -> T) throws -> [T]
    mutating func optionalObjects<T>(_ key: StaticString, _ body: (inout Self) throws -> T) throws -> [T]?
    mutating func nonEmptyObjects<T>(_ key: StaticString, _ body: (inout Self) throws -> T) throws -> [T]
    mutating func strings(_ key: StaticString) throws -> [String]
    mutating func optionalStrings(_ key: StaticString) throws -> [String]?
    mutating func nonEmptyStrings(_ key: StaticString) throws -> [String]
    mutating func entityIds(_ key: StaticString) throws -> [String]
    /// `{name: "decimal"}` (tier thresholds).
    mutating func decimalMap(_ key: StaticString) throws -> OrderedMap<DecimalNumber>
    /// `{name: {name: "decimal"}}` (discounts).
    mutating func decimalMaps(_ key: StaticString) throws -> OrderedMap<OrderedMap<DecimalNumber>>
    /// `{name: {name: {object}}}` (payment terms).
    mutating func objectMaps<T>(_ key: StaticString, _ body: (inout Self) throws -> T) throws -> OrderedMap<OrderedMap<T>>
    /// `{name: integer}` (internal-use caps).
    mutating func optionalIntMap(_ key: StaticString, minimum: Int) throws -> OrderedMap<Int>?
}

/// `ObjectReader` as an `EventFieldReader`: each method passes the key on
/// as a `String` to the method of the same name, and the containers are
/// built from `ObjectReader`'s element functions exactly as the decoders
/// called them before (same paths, same messages).
extension ObjectReader: EventFieldReader {
    func has(_ key: StaticString) -> Bool { has(key.description) }

    mutating func eventId(_ key: StaticString) throws -> String {
        let id = try string(key.description)
        guard Identifier.isValidEvent(id) else {
            throw DecodeError(field: fieldPath(key.description),
                              message: "\(Self.quoted(id)) is not a valid event id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})")
        }
        return id
    }

    mutating func eventType(_ key: StaticString) throws -> EventType {
        let name = try string(key.description)
        guard let type = EventType(rawValue: name) else {
            throw DecodeError(field: fieldPath(key.description), message: "\(Self.quoted(name)) is not an event type of the catalog")
        }
        return type
    }

    mutating func instant(_ key: StaticString) throws -> Instant {
        let text = try string(key.description)
        guard let instant = Instant(parsing: text) else {
            throw DecodeError(field: fieldPath(key.description), message: "\(Self.quoted(text)) is not an RFC 3339 UTC instant")
        }
        return instant
    }

    mutating func string(_ key: StaticString) throws -> String { try string(key.description) }
    mutating func optionalString(_ key: StaticString) throws -> String? { try optionalString(key.description) }
    mutating func entityId(_ key: StaticString) throws -> String { try entityId(key.description) }
    mutating func optionalEntityId(_ key: StaticString) throws -> String? { try optionalEntityId(key.description) }
    mutating func documentId(_ key: StaticString) throws -> String { try documentId(key.description) }
    mutating func date(_ key: StaticString) throws -> CivilDate { try date(key.description) }
    mutating func decimal(_ key: StaticString) throws -> DecimalNumber { try decimal(key.description) }
    mutating func optionalDecimal(_ key: StaticString) throws -> DecimalNumber? { try optionalDecimal(key.description) }
    mutating func positiveDecimal(_ key: StaticString) throws -> DecimalNumber { try positiveDecimal(key.description) }
    mutating func int(_ key: StaticString, minimum: Int) throws -> Int { try int(key.description, minimum: minimum) }
    mutating func optionalInt(_ key: StaticString, minimum: Int) throws -> Int? { try optionalInt(key.description, minimum: minimum) }
    mutating func bool(_ key: StaticString) throws -> Bool { try bool(key.description) }
    mutating func optionalBool(_ key: StaticString) throws -> Bool? { try optionalBool(key.description) }
    mutating func currency(_ key: StaticString) throws -> Currency { try currency(key.description) }
    mutating func oneOf(_ key: StaticString, _ allowed: [String]) throws -> String { try oneOf(key.description, allowed) }

    mutating func object<T>(_ key: StaticString, _ body: (inout ObjectReader) throws -> T) throws -> T {
        try object(key.description, body)
    }

    mutating func optionalObject<T>(_ key: StaticString, _ body: (inout ObjectReader) throws -> T) throws -> T? {
        try optionalObject(key.description, body)
    }

    mutating func objects<T>(_ key: StaticString, _ body: (inout ObjectReader) throws -> T) throws -> [T] {
        try array(key.description) { value, path in try Self.nested(value, path: path, body) }
    }

    mutating func optionalObjects<T>(_ key: StaticString, _ body: (inout ObjectReader) throws -> T) throws -> [T]? {
        try optionalArray(key.description) { value, path in try Self.nested(value, path: path, body) }
    }

    mutating func nonEmptyObjects<T>(_ key: StaticString, _ body: (inout ObjectReader) throws -> T) throws -> [T] {
        try nonEmptyArray(key.description) { value, path in try Self.nested(value, path: path, body) }
    }

    mutating func strings(_ key: StaticString) throws -> [String] { try array(key.description, Self.string) }
    mutating func optionalStrings(_ key: StaticString) throws -> [String]? { try optionalArray(key.description, Self.string) }
    mutating func nonEmptyStrings(_ key: StaticString) throws -> [String] { try nonEmptyArray(key.description, Self.string) }
    mutating func entityIds(_ key: StaticString) throws -> [String] { try array(key.description, Self.entityId) }

    mutating func decimalMap(_ key: StaticString) throws -> OrderedMap<DecimalNumber> { try map(key.description, Self.decimal) }

    mutating func decimalMaps(_ key: StaticString) throws -> OrderedMap<OrderedMap<DecimalNumber>> {
        try map(key.description) { value, path in try Self.map(value, path: path, Self.decimal) }
    }

    mutating func objectMaps<T>(_ key: StaticString, _ body: (inout ObjectReader) throws -> T) throws -> OrderedMap<OrderedMap<T>> {
        try map(key.description) { value, path in
            try Self.map(value, path: path) { value, path in try Self.nested(value, path: path, body) }
        }
    }

    mutating func optionalIntMap(_ key: StaticString, minimum: Int) throws -> OrderedMap<Int>? {
        try optionalMap(key.description) { value, path in try Self.int(value, path: path, minimum: minimum) }
    }
}
