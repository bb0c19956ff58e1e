/// `Percent`: exact percentages of money, rounded half-up to minor units.
///
/// Example: 33% off 90.00 is 60.30; 8.875% of 810.00 is 71.8875 → 71.89;
/// 20% off 12 × 200.00 = 2400.00 is 1920.00.
import Testing
import LedgerCore

struct PercentTests {
    static func usd(_ text: String) -> Money { try! Money(parsing: text, currency: .usd) }

    @Test(arguments: [
        ("33", "90.00", "60.30"),
        ("10", "1000.00", "900.00"),
        ("0", "12.34", "12.34"),
        ("100", "12.34", "0.00"),
        ("12.5", "0.01", "0.01"),  // 0.00875 → 0.01
        ("50", "0.01", "0.01"),  // 0.005 → 0.01, the tie rounds up
        ("50", "-0.01", "-0.01"),  // −0.005 → −0.01, away from zero
        ("33", "-90.00", "-60.30"),
    ])
    func discounting(percent: String, amount: String, result: String) throws {
        #expect(try Percent(parsing: percent).discounting(Self.usd(amount)) == Self.usd(result))
    }

    @Test(arguments: [
        ("8.875", "810.00", "71.89"),  // 71.8875
        ("12.5", "1.00", "0.13"),  // 0.125
        ("50", "0.01", "0.01"),  // 0.005
        ("50", "-0.01", "-0.01"),
        ("33", "90.00", "29.70"),
        ("0", "90.00", "0.00"),
        ("100", "90.00", "90.00"),
        ("-5", "10.00", "-0.50"),
    ])
    func of(percent: String, amount: String, result: String) throws {
        #expect(try Percent(parsing: percent).of(Self.usd(amount)) == Self.usd(result))
    }

    @Test func twentyPercentOffTwelveMonthsOf200() throws {
        let year = Array(repeating: Self.usd("200.00"), count: 12).reduce(Money.zero(.usd), +)
        #expect(year == Self.usd("2400.00"))
        #expect(try Percent(parsing: "20").discounting(year) == Self.usd("1920.00"))
    }

    /// Rounding goes to the amount's own minor unit: whole yen for JPY.
    @Test func roundsToTheCurrencyMinorUnit() throws {
        let tax = try Percent(parsing: "8.875").of(Money(minor: 810, currency: .jpy))
        #expect(tax == Money(minor: 72, currency: .jpy))  // 71.8875 yen
    }

    @Test func parsingAndDescription() throws {
        #expect(try Percent(parsing: "12.5").description == "12.5")
        #expect(try Percent(parsing: "33").value == DecimalNumber(mantissa: 33, scale: 0))
        #expect(Percent.zero.isZero)
        #expect(try !Percent(parsing: "0.001").isZero)
        #expect(throws: DecimalParseError.notADecimal) { try Percent(parsing: "33%") }
    }
}
