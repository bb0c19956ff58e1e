import LedgerTestSupport

/// The property tests' draws over the shared seeded generator
/// (`SplitMix64`), so a failing seed replays the same ledger on every
/// machine and toolchain: ranges and shuffles are drawn here, not by the
/// standard library's unspecified algorithms.
///
/// Example: `ScenarioRandom(seed: 1).next()` is 0x910A2DEC89025CC1 every time.
struct ScenarioRandom {
    private var core: SplitMix64

    init(seed: UInt64) { core = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { core.next() }

    /// A number in the range (the modulo bias is irrelevant for test data).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// An index drawn by weight.
    mutating func weighted(_ weights: [Int]) -> Int {
        var roll = int(0...(weights.reduce(0, +) - 1))
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }

    /// Fisher–Yates.
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        for index in stride(from: result.count - 1, to: 0, by: -1) { result.swapAt(index, int(0...index)) }
        return result
    }
}
