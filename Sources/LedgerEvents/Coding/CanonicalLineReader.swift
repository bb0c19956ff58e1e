import LedgerCore

/// The reader of `FastLineDecoder`: an index into the bytes of one line,
/// moving forward only. Asked for a key, it expects `"key":` right where it
/// is (after a comma unless the key opens its object); asked for an
/// optional key that is not there, it answers "absent" and stays put, so a
/// key present elsewhere is left unread and the object's `}` is then not
/// where `finish()` expects it. Whatever it does not take, it throws
/// `NotCanonical` for, and the line goes to the strict path.
///
/// Example: at `,"amount":"900.00","currency":"USD"}` the decoder's
/// `positiveDecimal("amount")` reads `900.00` with `DecimalNumber(utf8:)`
/// and checks it is positive, `currency("currency")` reads `USD` with
/// `Currency(code:)`, and `finish()` takes the `}`. At
/// `,"amount":900,"currency":"USD"}` (a JSON number) or
/// `,"amount":"9\u0030","currency":"USD"}` (an escape) it throws.
struct CanonicalLineReader: EventFieldReader {
    /// Thrown for anything the fast path does not take; never shown to anyone.
    struct NotCanonical: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    /// True right after an object's `{`: its first member has no comma.
    private var atFirstMember = true

    init(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
        self.bytes = bytes
        self.index = index
    }

    /// Whether every byte was read.
    var isAtEnd: Bool { index == bytes.count }

    // Messages are the strict path's business: this one is never shown.
    func fieldPath(_ key: String) -> String { key }

    func has(_ key: StaticString) -> Bool { valueStart(of: key) != nil }

    mutating func finish() throws {
        try expect(Byte.closeBrace)
        atFirstMember = false
    }

    // MARK: Scalars

    mutating func eventId(_ key: StaticString) throws -> String {
        try enter(key)
        let text = try stringBytes()
        guard Identifier.isValidEvent(utf8: text) else { throw NotCanonical() }
        return Self.string(text)
    }

    /// Steps over a string member without making a `String` of it.
    mutating func skipString(_ key: StaticString) throws {
        try enter(key)
        _ = try stringBytes()
    }

    /// The bytes of a string member when it is the next one (valid only
    /// while the line's bytes are).
    mutating func optionalStringBytes(_ key: StaticString) throws -> UnsafeBufferPointer<UInt8>? {
        guard enterIfPresent(key) else { return nil }
        return try stringBytes()
    }

    mutating func eventType(_ key: StaticString) throws -> EventType {
        try enter(key)
        guard let type = Self.eventType(named: try stringBytes()) else { throw NotCanonical() }
        return type
    }

    mutating func instant(_ key: StaticString) throws -> Instant {
        try enter(key)
        guard let instant = Instant(utf8: try stringBytes()) else { throw NotCanonical() }
        return instant
    }

    mutating func string(_ key: StaticString) throws -> String {
        try enter(key)
        return try stringValue()
    }

    mutating func optionalString(_ key: StaticString) throws -> String? {
        guard enterIfPresent(key) else { return nil }
        return try stringValue()
    }

    mutating func entityId(_ key: StaticString) throws -> String {
        try enter(key)
        return try entityIdValue()
    }

    mutating func optionalEntityId(_ key: StaticString) throws -> String? {
        guard enterIfPresent(key) else { return nil }
        return try entityIdValue()
    }

    mutating func documentId(_ key: StaticString) throws -> String {
        try enter(key)
        let text = try stringBytes()
        guard Identifier.isValidEvent(utf8: text) else { throw NotCanonical() }
        return Self.string(text)
    }

    mutating func date(_ key: StaticString) throws -> CivilDate {
        try enter(key)
        guard let date = CivilDate(utf8: try stringBytes()) else { throw NotCanonical() }
        return date
    }

    mutating func decimal(_ key: StaticString) throws -> DecimalNumber {
        try enter(key)
        return try decimalValue()
    }

    mutating func optionalDecimal(_ key: StaticString) throws -> DecimalNumber? {
        guard enterIfPresent(key) else { return nil }
        return try decimalValue()
    }

    mutating func positiveDecimal(_ key: StaticString) throws -> DecimalNumber {
        let value = try decimal(key)
        guard ObjectReader.isPositive(value) else { throw NotCanonical() }
        return value
    }

    mutating func int(_ key: StaticString, minimum: Int) throws -> Int {
        try enter(key)
        return try intValue(minimum: minimum)
    }

    mutating func optionalInt(_ key: StaticString, minimum: Int) throws -> Int? {
        guard enterIfPresent(key) else { return nil }
        return try intValue(minimum: minimum)
    }

    mutating func bool(_ key: StaticString) throws -> Bool {
        try enter(key)
        return try boolValue()
    }

    mutating func optionalBool(_ key: StaticString) throws -> Bool? {
        guard enterIfPresent(key) else { return nil }
        return try boolValue()
    }

    mutating func currency(_ key: StaticString) throws -> Currency {
        guard let currency = Currency(code: try string(key)) else { throw NotCanonical() }
        return currency
    }

    mutating func oneOf(_ key: StaticString, _ allowed: [String]) throws -> String {
        let word = try string(key)
        guard allowed.contains(word) else { throw NotCanonical() }
        return word
    }

    // MARK: Containers

    mutating func object<T>(_ key: StaticString, _ body: (inout Self) throws -> T) throws -> T {
        try enter(key)
        return try objectValue(body)
    }

    mutating func optionalObject<T>(_ key: StaticString, _ body: (inout Self) throws -> T) throws -> T? {
        guard enterIfPresent(key) else { return nil }
        return try objectValue(body)
    }

    mutating func objects<T>(_ key: StaticString, _ body: (inout Self) throws -> T) throws -> [T] {
        try enter(key)
        return try arrayValue { r in try r.objectValue(body) }
    }

    mutating func optionalObjects<T>(_ key: StaticString, _ body: (inout Self) throws -> T) throws -> [T]? {
        guard enterIfPresent(key) else { return nil }
        return try arrayValue { r in try r.objectValue(body) }
    }

    mutating func nonEmptyObjects<T>(_ key: StaticString, _ body: (inout Self) throws -> T) throws -> [T] {
        let values = try objects(key, body)
        guard !values.isEmpty else { throw NotCanonical() }
        return values
    }

    mutating func strings(_ key: StaticString) throws -> [String] {
        try enter(key)
        return try arrayValue { r in try r.stringValue() }
    }

    mutating func optionalStrings(_ key: StaticString) throws -> [String]? {
        guard enterIfPresent(key) else { return nil }
        return try arrayValue { r in try r.stringValue() }
    }

    mutating func nonEmptyStrings(_ key: StaticString) throws -> [String] {
        let values = try strings(key)
        guard !values.isEmpty else { throw NotCanonical() }
        return values
    }

    mutating func entityIds(_ key: StaticString) throws -> [String] {
        try enter(key)
        return try arrayValue { r in try r.entityIdValue() }
    }

    mutating func decimalMap(_ key: StaticString) throws -> OrderedMap<DecimalNumber> {
        try enter(key)
        return try mapValue { r in try r.decimalValue() }
    }

    mutating func decimalMaps(_ key: StaticString) throws -> OrderedMap<OrderedMap<DecimalNumber>> {
        try enter(key)
        return try mapValue { r in try r.mapValue { r in try r.decimalValue() } }
    }

    mutating func objectMaps<T>(_ key: StaticString, _ body: (inout Self) throws -> T) throws -> OrderedMap<OrderedMap<T>> {
        try enter(key)
        return try mapValue { r in try r.mapValue { r in try r.objectValue(body) } }
    }

    mutating func optionalIntMap(_ key: StaticString, minimum: Int) throws -> OrderedMap<Int>? {
        guard enterIfPresent(key) else { return nil }
        return try mapValue { r in try r.intValue(minimum: minimum) }
    }

    // MARK: Keys

    /// Where the value of `key` starts when `key` is the next member.
    private func valueStart(of key: StaticString) -> Int? {
        let base = bytes.baseAddress!
        var position = index
        if !atFirstMember {
            guard position < bytes.count, base[position] == Byte.comma else { return nil }
            position &+= 1
        }
        let count = key.utf8CodeUnitCount
        let keyEnd = position &+ 1 &+ count
        guard keyEnd &+ 1 < bytes.count, base[position] == Byte.quote,
              Self.equal(base + (position &+ 1), key.utf8Start, count: count),
              base[keyEnd] == Byte.quote, base[keyEnd &+ 1] == Byte.colon else { return nil }
        return keyEnd &+ 2
    }

    /// Whether `count` bytes at `a` and `b` are the same: two overlapping
    /// loads of a width that fits (keys are 2 to 19 bytes), a loop beyond.
    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, count: Int) -> Bool {
        let a = UnsafeRawPointer(a), b = UnsafeRawPointer(b)
        func same<Word: FixedWidthInteger>(_: Word.Type, at offset: Int) -> Bool {
            a.loadUnaligned(fromByteOffset: offset, as: Word.self) == b.loadUnaligned(fromByteOffset: offset, as: Word.self)
        }
        switch count {
        case 8...16: return same(UInt64.self, at: 0) && same(UInt64.self, at: count &- 8)
        case 4..<8: return same(UInt32.self, at: 0) && same(UInt32.self, at: count &- 4)
        case 2..<4: return same(UInt16.self, at: 0) && same(UInt16.self, at: count &- 2)
        default:
            for offset in 0..<count where a.load(fromByteOffset: offset, as: UInt8.self) != b.load(fromByteOffset: offset, as: UInt8.self) {
                return false
            }
            return true
        }
    }

    private mutating func enter(_ key: StaticString) throws {
        guard enterIfPresent(key) else { throw NotCanonical() }
    }

    private mutating func enterIfPresent(_ key: StaticString) -> Bool {
        guard let start = valueStart(of: key) else { return false }
        index = start
        atFirstMember = false
        return true
    }

    // MARK: Values

    /// The text of a string without escapes or control characters, in
    /// well-formed UTF-8 (checked as the parser checks it). Eight bytes at a
    /// time while none of them needs a look (`Byte.lookMask`).
    private mutating func stringBytes() throws -> UnsafeBufferPointer<UInt8> {
        let base = bytes.baseAddress!
        let end = bytes.count
        guard index < end, base[index] == Byte.quote else { throw NotCanonical() }
        let start = index &+ 1
        var position = start
        while true {
            if position &+ 8 <= end {
                let mask = Byte.lookMask(UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)))
                if mask == 0 {
                    position &+= 8
                    continue
                }
                position &+= mask.trailingZeroBitCount &>> 3
            } else if position >= end {
                throw NotCanonical()
            }
            let byte = base[position]
            if byte == Byte.quote {
                index = position &+ 1
                return UnsafeBufferPointer(start: base + start, count: position &- start)
            }
            if byte &- 0x20 < 0x60, byte != Byte.backslash {
                position &+= 1
            } else if byte >= 0x80, let length = UTF8Validation.sequenceLength(in: UnsafeRawBufferPointer(bytes), at: position) {
                position &+= length
            } else {
                throw NotCanonical()
            }
        }
    }

    /// The same text as the parser's `String(decoding:as:)` (the bytes are
    /// well-formed UTF-8 already), made the way that is cheapest for the
    /// short ASCII strings most fields hold.
    private static func string(_ text: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: text.count) { buffer in
            if text.count <= 16 {
                // A short string (most ids and words) is copied byte by byte:
                // cheaper than a call to memcpy.
                for index in 0..<text.count { buffer[index] = text[index] }
            } else {
                _ = buffer.initialize(fromContentsOf: text)
            }
            return text.count
        }
    }

    private mutating func stringValue() throws -> String {
        Self.string(try stringBytes())
    }

    private mutating func entityIdValue() throws -> String {
        let text = try stringBytes()
        guard Identifier.isValidEntity(utf8: text) else { throw NotCanonical() }
        return Self.string(text)
    }

    private mutating func decimalValue() throws -> DecimalNumber {
        guard let value = try? DecimalNumber(utf8: try stringBytes()) else { throw NotCanonical() }
        return value
    }

    /// The type whose raw value is `name`, byte for byte (the raw values
    /// are ASCII, so that is `EventType(rawValue:)` without a `String`).
    private static func eventType(named name: UnsafeBufferPointer<UInt8>) -> EventType? {
        typeNames.utf8.withUnsafeBufferPointer { utf8 in
            typeNames.ends.withUnsafeBufferPointer { ends in
                var start = 0
                for (position, end) in ends.enumerated() {
                    if end &- start == name.count, equal(utf8.baseAddress! + start, name.baseAddress!, count: name.count) {
                        return typeNames.types[position]
                    }
                    start = end
                }
                return nil
            }
        }
    }

    /// Every type's raw value, one after the other, and where each ends.
    private static let typeNames: (types: [EventType], utf8: [UInt8], ends: [Int]) = {
        var utf8: [UInt8] = []
        var ends: [Int] = []
        for type in EventType.allCases {
            utf8 += type.rawValue.utf8
            ends.append(utf8.count)
        }
        return (EventType.allCases, utf8, ends)
    }()

    /// `0` or `[1-9][0-9]*` that fits in an `Int`, at least `minimum`: the
    /// integers `ObjectReader.int` takes (`Int(literal)`), without the
    /// spelling `-0` the writer never uses.
    private mutating func intValue(minimum: Int) throws -> Int {
        let base = bytes.baseAddress!
        var position = index
        guard position < bytes.count, Byte.isDigit(base[position]) else { throw NotCanonical() }
        var value = Int(base[position] &- Byte.zero)
        position &+= 1
        if value != 0 {
            while position < bytes.count, Byte.isDigit(base[position]) {
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, carry) = times.addingReportingOverflow(Int(base[position] &- Byte.zero))
                guard !overflow, !carry else { throw NotCanonical() }
                value = sum
                position &+= 1
            }
        }
        guard value >= minimum else { throw NotCanonical() }
        index = position
        return value
    }

    private mutating func boolValue() throws -> Bool {
        if matches("true") { index += 4; return true }
        if matches("false") { index += 5; return false }
        throw NotCanonical()
    }

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        let expected = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != expected[offset] { return false }
        return true
    }

    private mutating func objectValue<T>(_ body: (inout Self) throws -> T) throws -> T {
        try expect(Byte.openBrace)
        atFirstMember = true
        let value = try body(&self)
        try finish()
        return value
    }

    private mutating func arrayValue<T>(_ element: (inout Self) throws -> T) throws -> [T] {
        try expect(Byte.openBracket)
        var values: [T] = []
        if consume(Byte.closeBracket) { return values }
        repeat {
            values.append(try element(&self))
        } while consume(Byte.comma)
        try expect(Byte.closeBracket)
        return values
    }

    /// An object of free keys (tiers, categories). The parser refuses a key
    /// twice in one object, comparing keys as strings; so does this. Larger
    /// maps than any terms have are left to the parser, which checks them
    /// with a set rather than by this quadratic scan.
    private mutating func mapValue<T>(_ value: (inout Self) throws -> T) throws -> OrderedMap<T> {
        try expect(Byte.openBrace)
        var entries: [OrderedMap<T>.Entry] = []
        if consume(Byte.closeBrace) { return OrderedMap(entries) }
        repeat {
            let key = try stringValue()
            guard entries.count < JSONScanner.linearKeyCheckLimit, !entries.contains(where: { $0.key == key }) else {
                throw NotCanonical()
            }
            try expect(Byte.colon)
            entries.append(OrderedMap.Entry(key: key, value: try value(&self)))
        } while consume(Byte.comma)
        try expect(Byte.closeBrace)
        return OrderedMap(entries)
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard consume(byte) else { throw NotCanonical() }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private enum Byte {
        static let quote = UInt8(ascii: "\"")
        static let backslash = UInt8(ascii: "\\")
        static let comma = UInt8(ascii: ",")
        static let colon = UInt8(ascii: ":")
        static let openBrace = UInt8(ascii: "{")
        static let closeBrace = UInt8(ascii: "}")
        static let openBracket = UInt8(ascii: "[")
        static let closeBracket = UInt8(ascii: "]")
        static let zero = UInt8(ascii: "0")

        static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= UInt8(ascii: "9") }

        /// A high bit in the byte of `word` (lowest address in the lowest
        /// byte) of the first quote, backslash, control character or
        /// non-ASCII byte, if any; bits above it may be set too. The
        /// classic tests for a zero byte and a byte below 0x20: a borrow
        /// only ever starts at a byte that matches, so no bit is set below
        /// the first match.
        /// Example: for `R-ACME",` the first set bit is in byte 6, the quote.
        static func lookMask(_ word: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let quotes = word ^ (ones &* UInt64(quote))
            let backslashes = word ^ (ones &* UInt64(backslash))
            let isQuote = (quotes &- ones) & ~quotes
            let isBackslash = (backslashes &- ones) & ~backslashes
            let isControl = (word &- ones &* 0x20) & ~word
            return (isQuote | isBackslash | isControl | word) & (ones &* 0x80)
        }
    }
}
