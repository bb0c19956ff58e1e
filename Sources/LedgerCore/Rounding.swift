/// Half-up rounding (away from zero on a tie) of an exact fraction.
///
/// Example: 900.00 × 12% × 13/365 in cents is 90000 × 12 × 13 / (100 × 365)
/// = 384.657… → 385 cents (3.85); −0.5 rounds to −1, 0.5 to 1.
public enum Rounding {
    /// `numerator / denominator` rounded half away from zero; `denominator` > 0.
    public static func halfUp(_ numerator: Int128, over denominator: Int128) -> Int64 {
        precondition(denominator > 0, "rounding by a non-positive denominator")
        let magnitude = (2 * (numerator.magnitude) + denominator.magnitude) / (2 * denominator.magnitude)
        let result = Int128(magnitude)
        precondition(result <= Int128(Int64.max), "rounded value exceeds Int64")
        return numerator < 0 ? -Int64(result) : Int64(result)
    }
}
