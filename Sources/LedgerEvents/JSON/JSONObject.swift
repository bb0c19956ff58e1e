/// A JSON object as an ordered list of members. Document order is kept
/// because the event lines are hashed as written and `chain` must stay the
/// last key; the parser guarantees the keys are unique.
///
/// Example: `{"id":"e-1","amount":"12.50"}` has members `id`, then `amount`;
/// `object["amount"]` is `.string("12.50")` and `object["fee"]` is nil.
public struct JSONObject: Equatable, Sendable {
    public struct Member: Equatable, Sendable {
        public let key: String
        public let value: JSONValue

        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in document order.
    public var members: [Member]

    public init(members: [Member] = []) {
        self.members = members
    }

    /// The value of the first member named `key`. A linear search: event
    /// objects have a dozen keys, where a scan beats building a dictionary.
    public subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }
}
