/// A reseller's membership of one program: the unit balances, tiers and
/// documents belong to.
///
/// Example: `EnrolmentKey(reseller: "R-HANSA", program: "groupdocs")`.
public struct EnrolmentKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let reseller: String
    public let program: String

    public init(reseller: String, program: String) {
        self.reseller = reseller
        self.program = program
    }

    public var description: String { "\(reseller)/\(program)" }

    public static func < (lhs: EnrolmentKey, rhs: EnrolmentKey) -> Bool {
        (lhs.reseller, lhs.program) < (rhs.reseller, rhs.program)
    }
}
