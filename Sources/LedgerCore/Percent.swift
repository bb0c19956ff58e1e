/// A percentage as written ("33", "12.5", "8.875"), applied exactly.
///
/// Example: a 33% discount on a 90.00 fee: 9000 × (100 − 33) / 100 = 6030
/// cents → 60.30. Tax 8.875% on 810.00: 81000 × 8.875 / 100 = 7188.75 → 71.89.
public struct Percent: Hashable, Sendable, CustomStringConvertible {
    public let value: DecimalNumber

    public init(_ value: DecimalNumber) { self.value = value }
    public init(parsing text: String) throws(DecimalParseError) { value = try DecimalNumber(parsing: text) }
    public static let zero = Percent(DecimalNumber.zero)

    public var description: String { value.description }
    public var isZero: Bool { value.isZero }

    /// `amount × self / 100`, rounded half-up to minor units.
    public func of(_ amount: Money) -> Money {
        let numerator = Int128(amount.minor) * Int128(value.mantissa)
        return Money(minor: Rounding.halfUp(numerator, over: 100 * pow10(value.scale)), currency: amount.currency)
    }

    /// `amount × (100 − self) / 100`, rounded half-up: the price after a discount.
    public func discounting(_ amount: Money) -> Money {
        let hundred = 100 * pow10(value.scale)
        let numerator = Int128(amount.minor) * (hundred - Int128(value.mantissa))
        return Money(minor: Rounding.halfUp(numerator, over: hundred), currency: amount.currency)
    }
}
