/// A small map that keeps the order its keys were written in, so an event
/// re-encodes exactly as it was given (`discounts`, `thresholds`).
///
/// Example: `{"silver":"10","gold":"16"}` decodes to two entries in that
/// order; `map["gold"]` is `"16"`. Lookups are linear: these maps hold a
/// handful of tiers or categories.
public struct OrderedMap<Value: Equatable & Sendable>: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public let key: String
        public let value: Value
        public init(key: String, value: Value) {
            self.key = key
            self.value = value
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) { self.entries = entries }

    public init(_ pairs: KeyValuePairs<String, Value>) {
        entries = pairs.map { Entry(key: $0.key, value: $0.value) }
    }

    public subscript(key: String) -> Value? {
        entries.first { $0.key == key }?.value
    }

    public var keys: [String] { entries.map(\.key) }
    public var isEmpty: Bool { entries.isEmpty }
}
