/// `Rounding.halfUp`: exact fractions rounded half away from zero.
///
/// Example: 0.5 → 1, −0.5 → −1, 2.4999 → 2; interest 90000 × 12 × 13 /
/// (100 × 365) = 384.657… cents → 385.
import Testing
import LedgerCore

struct RoundingTests {
    /// (numerator, denominator, rounded)
    static let cases: [(Int128, Int128, Int64)] = [
        (1, 2, 1),  // 0.5
        (-1, 2, -1),  // −0.5
        (24999, 10000, 2),  // 2.4999
        (-24999, 10000, -2),
        (25000, 10000, 3),  // 2.5
        (-25000, 10000, -3),
        (3, 2, 2),  // 1.5
        (7, 2, 4),  // 3.5
        (-7, 2, -4),
        (1, 3, 0),
        (2, 3, 1),
        (-2, 3, -1),
        (-1, 3, 0),
        (0, 7, 0),
        (12, 1, 12),
        (-12, 1, -12),
        (90000 * 12 * 13, 100 * 365, 385),  // the interest example
        (Int128(Int64.max) * 1000, 1000, Int64.max),
        (Int128(Int64.min + 1) * 1000, 1000, Int64.min + 1),
    ]

    @Test(arguments: cases)
    func halfUp(numerator: Int128, denominator: Int128, expected: Int64) {
        #expect(Rounding.halfUp(numerator, over: denominator) == expected)
    }

    @Test func nonPositiveDenominatorStops() async {
        await #expect(processExitsWith: .failure) { _ = Rounding.halfUp(1, over: 0) }
        await #expect(processExitsWith: .failure) { _ = Rounding.halfUp(1, over: -2) }
    }

    @Test func resultBeyondInt64Stops() async {
        await #expect(processExitsWith: .failure) { _ = Rounding.halfUp(Int128(Int64.max) + 1, over: 1) }
    }
}
