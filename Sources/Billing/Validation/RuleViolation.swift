/// A business rule that refuses an input event at `append`. `index` is the
/// event's position in the batch (the CLI turns it into a file line).
///
/// Example: `RuleViolation(index: 2, field: "method", message: "\"card\" is not accepted by groupdocs (accepted: bankTransfer)", rule: "payment methods")`
/// prints `method: "card" is not accepted by groupdocs (accepted: bankTransfer) [rule: payment methods]`.
public struct RuleViolation: Error, Equatable, Sendable, CustomStringConvertible {
    public let index: Int
    public let field: String
    public let message: String
    public let rule: String

    public init(index: Int, field: String, message: String, rule: String) {
        self.index = index
        self.field = field
        self.message = message
        self.rule = rule
    }

    public var description: String { "\(field): \(message) [rule: \(rule)]" }
}
