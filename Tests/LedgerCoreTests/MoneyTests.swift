/// `Money`: exact parsing into minor units, refusing extra decimals,
/// printing (plain and grouped) and same-currency arithmetic.
///
/// Example: `"1250.00"` USD is 125000 cents; `"1250.005"` USD and `"100.5"`
/// JPY are refused; −361 cents prints `"-3.61"` and 124000000 cents groups
/// as `"1,240,000.00"`.
import Testing
import LedgerCore

struct MoneyTests {
    static func usd(_ minor: Int64) -> Money { Money(minor: minor, currency: .usd) }

    @Test(arguments: [
        ("1250.00", Currency.usd, Int64(125_000)),
        ("1250", .usd, 125_000),
        ("1250.5", .usd, 125_050),
        ("-3.61", .usd, -361),
        ("-0.05", .usd, -5),
        ("0", .usd, 0),
        ("100", .jpy, 100),
        ("-100", .jpy, -100),
        ("1.234", Currency(code: "KWD")!, 1234),
        ("92233720368547758.07", .usd, Int64.max),
    ])
    func parsesIntoMinorUnits(text: String, currency: Currency, minor: Int64) throws {
        let money = try Money(parsing: text, currency: currency)
        #expect(money == Money(minor: minor, currency: currency))
    }

    @Test(arguments: [
        ("1250.005", Currency.usd, MoneyError.tooManyDecimals(written: 3, allowed: 2, currency: "USD")),
        ("0.001", .usd, .tooManyDecimals(written: 3, allowed: 2, currency: "USD")),
        ("100.5", .jpy, .tooManyDecimals(written: 1, allowed: 0, currency: "JPY")),
        ("100.0", .jpy, .tooManyDecimals(written: 1, allowed: 0, currency: "JPY")),
        ("abc", .usd, .notAnAmount("abc")),
        ("1e3", .usd, .notAnAmount("1e3")),
        ("$5", .usd, .notAnAmount("$5")),
        ("1,000.00", .usd, .notAnAmount("1,000.00")),
        ("", .usd, .notAnAmount("")),
        ("92233720368547759", .usd, .outOfRange),
        ("92233720368547758.08", .usd, .notAnAmount("92233720368547758.08")),
    ])
    func refuses(text: String, currency: Currency, error: MoneyError) {
        #expect(throws: error) { try Money(parsing: text, currency: currency) }
    }

    @Test(arguments: [
        (Money(minor: -361, currency: .usd), "-3.61"),
        (Money(minor: -5, currency: .usd), "-0.05"),
        (Money(minor: 5, currency: .usd), "0.05"),
        (Money(minor: 0, currency: .usd), "0.00"),
        (Money(minor: 90_000, currency: .usd), "900.00"),
        (Money(minor: -1500, currency: .jpy), "-1500"),
        (Money(minor: 1234, currency: Currency(code: "KWD")!), "1.234"),
    ])
    func description(money: Money, text: String) {
        #expect(money.description == text)
        #expect(money.decimal.description == text)
    }

    @Test(arguments: [
        (Money(minor: 124_000_000, currency: .usd), "1,240,000.00"),
        (Money(minor: -100_000, currency: .usd), "-1,000.00"),
        (Money(minor: 99900, currency: .usd), "999.00"),
        (Money(minor: 100_000, currency: .usd), "1,000.00"),
        (Money(minor: -99900, currency: .usd), "-999.00"),
        (Money(minor: -5, currency: .usd), "-0.05"),
        (Money(minor: 0, currency: .usd), "0.00"),
        (Money(minor: 123_456_789_012, currency: .usd), "1,234,567,890.12"),
        (Money(minor: Int64.max, currency: .usd), "92,233,720,368,547,758.07"),
        (Money(minor: Int64.min, currency: .usd), "-92,233,720,368,547,758.08"),
        (Money(minor: 1_240_000, currency: .jpy), "1,240,000"),
        (Money(minor: -999, currency: .jpy), "-999"),
        (Money(minor: 1_000_001, currency: Currency(code: "KWD")!), "1,000.001"),
    ])
    func grouped(money: Money, text: String) {
        #expect(money.grouped == text)
    }

    @Test func arithmeticAndComparison() {
        var total = Self.usd(1000)
        total += Self.usd(250)
        #expect(total == Self.usd(1250))
        total -= Self.usd(2000)
        #expect(total == Self.usd(-750))
        #expect(-total == Self.usd(750))
        #expect(Self.usd(1) - Self.usd(3) == Self.usd(-2))
        #expect(Self.usd(-1) < Self.usd(0))
        #expect(Money.min(Self.usd(5), Self.usd(-5)) == Self.usd(-5))
        #expect(Money.max(Self.usd(5), Self.usd(-5)) == Self.usd(5))
        #expect(Money.zero(.jpy) == Money(minor: 0, currency: .jpy))
        #expect(Self.usd(0).isZero && Self.usd(1).isPositive && Self.usd(-1).isNegative)
        #expect(!Self.usd(0).isPositive && !Self.usd(0).isNegative)
    }

    /// The same number of minor units in two currencies is two different amounts.
    @Test func currencyIsPartOfTheValue() {
        #expect(Money(minor: 100, currency: .usd) != Money(minor: 100, currency: .eur))
    }

    @Test func addingCurrenciesStops() async {
        await #expect(processExitsWith: .failure) { _ = Money.zero(.usd) + Money.zero(.eur) }
        await #expect(processExitsWith: .failure) { _ = Money.zero(.usd) - Money.zero(.jpy) }
        await #expect(processExitsWith: .failure) { _ = Money.zero(.usd) < Money.zero(.rub) }
    }
}
