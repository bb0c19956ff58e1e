/// SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded generator, so a
/// generated ledger is the same on every machine and every run.
///
/// Example: seed 0 gives 0xE220A8397B1DCDAF first, then 0x6E789E6AA1B965F4.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `range`, by rejection-free multiply-shift (bias negligible for test data).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
    }

    /// True with probability `percent`/100.
    public mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

    public mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }
}
