import LedgerCore

/// Writes one JSON object in canonical form: keys in the order the encoder
/// calls them, no spaces, absent optionals left out.
///
/// Example: `w.string("reseller", "R-ACME"); w.decimal("amount", 900.00)`
/// gives `{"reseller":"R-ACME","amount":"900.00"}`.
public struct ObjectWriter {
    public var json: JSONWriter
    private var first = true

    public init(json: JSONWriter = JSONWriter()) { self.json = json }

    /// Opens the object; call `close()` at the end.
    public mutating func open() { json.raw("{"); first = true }
    public mutating func close() { json.raw("}") }

    public mutating func key(_ key: String) {
        if !first { json.raw(",") }
        first = false
        json.string(key)
        json.raw(":")
    }

    public mutating func string(_ key: String, _ value: String) { self.key(key); json.string(value) }
    public mutating func string(_ key: String, _ value: String?) { if let value { string(key, value) } }
    public mutating func date(_ key: String, _ value: CivilDate) { string(key, value.description) }
    public mutating func date(_ key: String, _ value: CivilDate?) { if let value { date(key, value) } }
    public mutating func decimal(_ key: String, _ value: DecimalNumber) { string(key, value.description) }
    public mutating func decimal(_ key: String, _ value: DecimalNumber?) { if let value { decimal(key, value) } }
    public mutating func int(_ key: String, _ value: Int) { self.key(key); json.raw(String(value)) }
    public mutating func int(_ key: String, _ value: Int?) { if let value { int(key, value) } }
    public mutating func bool(_ key: String, _ value: Bool) { self.key(key); json.raw(value ? "true" : "false") }
    public mutating func bool(_ key: String, _ value: Bool?) { if let value { bool(key, value) } }

    public mutating func strings(_ key: String, _ values: [String]) {
        self.key(key)
        json.raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(value)
        }
        json.raw("]")
    }

    public mutating func strings(_ key: String, _ values: [String]?) { if let values { strings(key, values) } }

    /// An array of objects, each written by `body` between its braces.
    public mutating func objects<T>(_ key: String, _ values: [T], _ body: (inout ObjectWriter, T) -> Void) {
        self.key(key)
        json.raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { json.raw(",") }
            nestedObject(value, body)
        }
        json.raw("]")
    }

    public mutating func objects<T>(_ key: String, _ values: [T]?, _ body: (inout ObjectWriter, T) -> Void) {
        if let values { objects(key, values, body) }
    }

    public mutating func object<T>(_ key: String, _ value: T, _ body: (inout ObjectWriter, T) -> Void) {
        self.key(key)
        nestedObject(value, body)
    }

    public mutating func object<T>(_ key: String, _ value: T?, _ body: (inout ObjectWriter, T) -> Void) {
        if let value { object(key, value, body) }
    }

    /// An ordered map whose values are written by `body` after their key.
    public mutating func map<T>(_ key: String, _ map: OrderedMap<T>, _ body: (inout ObjectWriter, String, T) -> Void) {
        self.key(key)
        open()
        for entry in map.entries { body(&self, entry.key, entry.value) }
        close()
        first = false
    }

    public mutating func map<T>(_ key: String, _ map: OrderedMap<T>?, _ body: (inout ObjectWriter, String, T) -> Void) {
        if let map { self.map(key, map, body) }
    }

    /// Writes a nested object into the same buffer; afterwards the outer
    /// object continues with a comma.
    private mutating func nestedObject<T>(_ value: T, _ body: (inout ObjectWriter, T) -> Void) {
        open()
        body(&self, value)
        close()
        first = false
    }
}
