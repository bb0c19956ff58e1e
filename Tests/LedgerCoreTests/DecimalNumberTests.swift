/// `DecimalNumber`: the strict grammar, the exact print-back and the
/// comparisons by value.
///
/// Example: `"-3.61"` is mantissa −361 at scale 2 and prints back as
/// `"-3.61"`; `"1."`, `".5"`, `"01"`, `"+1"` and `"1e3"` are refused.
import Testing
import LedgerCore

struct DecimalNumberTests {
    @Test(arguments: [
        ("0", Int64(0), 0),
        ("7", 7, 0),
        ("10", 10, 0),
        ("1250.00", 125_000, 2),
        ("100.10", 10010, 2),
        ("-3.61", -361, 2),
        ("-0.05", -5, 2),
        ("0.5", 5, 1),
        ("-0.5", -5, 1),
        ("0.000000001", 1, 9),
        ("8.875", 8875, 3),
        ("9223372036854775807", Int64.max, 0),
        ("-9223372036854775807", -Int64.max, 0),
        ("9223372036.854775807", Int64.max, 9),
    ])
    func parsesExactly(text: String, mantissa: Int64, scale: Int) throws {
        let decimal = try DecimalNumber(parsing: text)
        #expect(decimal.mantissa == mantissa)
        #expect(decimal.scale == scale)
        // The text comes back byte for byte: trailing zeros are kept.
        #expect(decimal.description == text)
    }

    @Test(arguments: [
        ("", DecimalParseError.notADecimal),
        ("-", .notADecimal),
        ("1.", .notADecimal),
        (".5", .notADecimal),
        ("-.5", .notADecimal),
        ("01", .notADecimal),
        ("00", .notADecimal),
        ("-01", .notADecimal),
        ("00.5", .notADecimal),
        ("+1", .notADecimal),
        ("--1", .notADecimal),
        ("1e3", .notADecimal),
        ("1E3", .notADecimal),
        ("1.2.3", .notADecimal),
        ("1,000", .notADecimal),
        (" 1", .notADecimal),
        ("1 ", .notADecimal),
        ("0x10", .notADecimal),
        ("NaN", .notADecimal),
        ("１", .notADecimal),
        ("9223372036854775808", .outOfRange),
        ("-9223372036854775809", .outOfRange),
        ("99999999999999999999", .outOfRange),
        ("0.0000000001", .tooManyDecimals(10)),
        ("1.1234567890", .tooManyDecimals(10)),
        ("-2.000000000000", .tooManyDecimals(12)),
    ])
    func refuses(text: String, error: DecimalParseError) {
        #expect(throws: error) { try DecimalNumber(parsing: text) }
    }

    /// Int64.min's magnitude does not fit while it is being read, so the
    /// one negative value without a positive twin is refused. Amounts never
    /// come near it; the test records the limit.
    @Test func int64MinimumIsOutOfRange() {
        #expect(throws: DecimalParseError.outOfRange) { try DecimalNumber(parsing: "-9223372036854775808") }
    }

    /// "-0" matches the grammar and is zero; it prints without its sign, the
    /// one text that does not come back byte for byte.
    @Test(arguments: ["-0", "-0.00"])
    func negativeZeroIsZero(text: String) throws {
        let decimal = try DecimalNumber(parsing: text)
        #expect(decimal.isZero)
        #expect(!decimal.isNegative)
        #expect(decimal.description == String(text.dropFirst()))
    }

    @Test(arguments: [
        (Int64(5), 2, "0.05"),
        (-5, 2, "-0.05"),
        (-361, 2, "-3.61"),
        (100, 2, "1.00"),
        (0, 3, "0.000"),
        (Int64.min, 0, "-9223372036854775808"),
        (Int64.min, 9, "-9223372036.854775808"),
        (1, 9, "0.000000001"),
    ])
    func describesMantissaAndScale(mantissa: Int64, scale: Int, text: String) {
        #expect(DecimalNumber(mantissa: mantissa, scale: scale).description == text)
    }

    @Test(arguments: [
        ("1.50", "1.5", 0),
        ("1.5", "1.50", 0),
        ("0", "-0.00", 0),
        ("-1", "0.5", -1),
        ("0.5", "-1", 1),
        ("2", "1.999999999", 1),
        ("-2", "-1.999999999", -1),
        ("9223372036854775807", "9223372036.854775807", 1),
    ])
    func comparesByValue(left: String, right: String, order: Int) throws {
        #expect(try DecimalNumber(parsing: left).compare(DecimalNumber(parsing: right)) == order)
    }

    @Test func mantissaAtLargerScale() {
        #expect(DecimalNumber(mantissa: 125, scale: 1).mantissa(atScale: 3) == 12500)
        #expect(DecimalNumber(mantissa: -125, scale: 1).mantissa(atScale: 1) == -125)
        #expect(DecimalNumber(mantissa: Int64.max / 10, scale: 0).mantissa(atScale: 1) == Int64.max / 10 * 10)
        #expect(DecimalNumber(mantissa: Int64.max / 10 + 1, scale: 0).mantissa(atScale: 1) == nil)
        #expect(DecimalNumber(mantissa: 1, scale: 0).mantissa(atScale: 9) == 1_000_000_000)
    }

    @Test func signAndZero() throws {
        #expect(try DecimalNumber(parsing: "-0.01").isNegative)
        #expect(try !DecimalNumber(parsing: "0.01").isNegative)
        #expect(try DecimalNumber(parsing: "0.00").isZero)
        #expect(DecimalNumber.zero.description == "0")
    }

    @Test func scaleAboveTheMaximumStops() async {
        await #expect(processExitsWith: .failure) { _ = DecimalNumber(mantissa: 1, scale: 10) }
    }
}
