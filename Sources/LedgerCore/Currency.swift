/// An ISO 4217 currency and its number of minor digits.
///
/// Example: `Currency(code: "JPY")` has 0 minor digits, so `"100"` is ¥100
/// and `"100.5"` is refused; USD has 2.
public struct Currency: Hashable, Sendable, CustomStringConvertible, Comparable {
    public let code: String
    public let minorDigits: Int

    /// The currencies the ledger knows. An unknown code is refused rather
    /// than guessed, because a wrong digit count silently scales amounts.
    public static let minorDigitsByCode: [String: Int] = [
        "USD": 2, "EUR": 2, "RUB": 2, "GBP": 2, "CHF": 2, "CAD": 2, "AUD": 2,
        "NZD": 2, "SEK": 2, "NOK": 2, "DKK": 2, "PLN": 2, "CZK": 2, "CNY": 2,
        "INR": 2, "BRL": 2, "MXN": 2, "SGD": 2, "HKD": 2, "ZAR": 2, "TRY": 2,
        "ILS": 2, "AED": 2, "CLP": 0, "JPY": 0, "KRW": 0, "ISK": 0, "HUF": 2,
        "KWD": 3, "BHD": 3, "OMR": 3, "JOD": 3, "TND": 3,
    ]

    public init?(code: String) {
        guard let digits = Currency.minorDigitsByCode[code] else { return nil }
        self.code = code
        self.minorDigits = digits
    }

    public var description: String { code }
    public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.code < rhs.code }

    /// The code's bytes as one integer (a known code is three ASCII
    /// letters), not the string hashed: every posting the book keeps is
    /// keyed by its currency. Equal currencies have equal codes, so equal
    /// hashes.
    public func hash(into hasher: inout Hasher) {
        var packed: UInt64 = 0
        for byte in code.utf8 { packed = packed &<< 8 | UInt64(byte) }
        hasher.combine(packed)
    }

    public static let usd = Currency(code: "USD")!
    public static let eur = Currency(code: "EUR")!
    public static let rub = Currency(code: "RUB")!
    public static let jpy = Currency(code: "JPY")!
}
