import LedgerCore

/// A reseller's membership of one program: the unit balances, tiers and
/// documents belong to.
///
/// Example: `EnrolmentKey(reseller: "R-HANSA", program: "groupdocs")`.
///
/// Its hash is computed once, when the key is made (FNV-1a of both ids):
/// a replay looks an enrolment up several times per event, and hashing two
/// strings each time was about a tenth of it. Equal keys have equal
/// hashes, since equality compares the hashes first: ids are ASCII
/// (`Identifier`), so two stored keys are equal exactly when their ids
/// are; a query such as "\u{212A}" (KELVIN SIGN), which Swift's `==` calls
/// equal to "K", finds nothing instead of breaking the dictionary.
public struct EnrolmentKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let reseller: String
    public let program: String
    private let hashCode: UInt32

    public init(reseller: String, program: String) {
        self.reseller = reseller
        self.program = program
        hashCode = FNV1a.hash32(reseller) &* FNV1a.prime ^ FNV1a.hash32(program)
    }

    public static func == (lhs: EnrolmentKey, rhs: EnrolmentKey) -> Bool {
        lhs.hashCode == rhs.hashCode && lhs.reseller == rhs.reseller && lhs.program == rhs.program
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hashCode) }

    public var description: String { "\(reseller)/\(program)" }

    public static func < (lhs: EnrolmentKey, rhs: EnrolmentKey) -> Bool {
        (lhs.reseller, lhs.program) < (rhs.reseller, rhs.program)
    }
}
