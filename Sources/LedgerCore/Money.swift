/// An amount of one currency in minor units (cents, kopecks).
///
/// Example: `Money(parsing: "1250.00", currency: .usd)` is 125000 minor
/// units; `"1250.005"` is refused (three decimals for a two-digit currency),
/// never rounded. Amounts of different currencies are never added: doing so
/// is a programming error and stops the process.
public struct Money: Hashable, Sendable, CustomStringConvertible, Comparable {
    public let minor: Int64
    public let currency: Currency

    public init(minor: Int64, currency: Currency) {
        self.minor = minor
        self.currency = currency
    }

    public static func zero(_ currency: Currency) -> Money { Money(minor: 0, currency: currency) }

    /// Converts a decimal as written into minor units, refusing more
    /// decimals than the currency has.
    public init(_ decimal: DecimalNumber, currency: Currency) throws(MoneyError) {
        guard decimal.scale <= currency.minorDigits else {
            throw .tooManyDecimals(written: decimal.scale, allowed: currency.minorDigits, currency: currency.code)
        }
        guard let minor = decimal.mantissa(atScale: currency.minorDigits) else { throw .outOfRange }
        self.init(minor: minor, currency: currency)
    }

    public init(parsing text: String, currency: Currency) throws(MoneyError) {
        let decimal: DecimalNumber
        do { decimal = try DecimalNumber(parsing: text) } catch { throw .notAnAmount(text) }
        try self.init(decimal, currency: currency)
    }

    /// The amount as a decimal at the currency's scale ("900.00").
    public var decimal: DecimalNumber { DecimalNumber(mantissa: minor, scale: currency.minorDigits) }
    public var description: String { decimal.description }
    public var isZero: Bool { minor == 0 }
    public var isPositive: Bool { minor > 0 }
    public var isNegative: Bool { minor < 0 }

    /// "1,240,000.00": the decimal with thousands separators, for people.
    public var grouped: String {
        let plain = decimal.description
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groupedInteger = ""
        while integer.count > 3 {
            groupedInteger = "," + integer.suffix(3) + groupedInteger
            integer = String(integer.dropLast(3))
        }
        groupedInteger = integer + groupedInteger
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + groupedInteger + fraction
    }

    public static func + (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "adding \(lhs.currency) to \(rhs.currency)")
        return Money(minor: lhs.minor + rhs.minor, currency: lhs.currency)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "subtracting \(rhs.currency) from \(lhs.currency)")
        return Money(minor: lhs.minor - rhs.minor, currency: lhs.currency)
    }

    public static prefix func - (value: Money) -> Money { Money(minor: -value.minor, currency: value.currency) }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }

    public static func < (lhs: Money, rhs: Money) -> Bool {
        precondition(lhs.currency == rhs.currency, "comparing \(lhs.currency) with \(rhs.currency)")
        return lhs.minor < rhs.minor
    }

    public static func min(_ a: Money, _ b: Money) -> Money { a < b ? a : b }
    public static func max(_ a: Money, _ b: Money) -> Money { a < b ? b : a }
}

public enum MoneyError: Error, Equatable, Sendable {
    case notAnAmount(String)
    case tooManyDecimals(written: Int, allowed: Int, currency: String)
    case outOfRange
}
