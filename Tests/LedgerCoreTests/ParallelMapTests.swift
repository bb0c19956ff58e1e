import Testing
import LedgerCore

/// `ParallelMap.map` (and `mapEach`, one task per item) gives what `map`
/// gives, in the same order, whatever the chunking.
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 2, 7, 8, 9, 100, 10_007])
    func resultsComeBackInTheItemsOrder(count: Int) {
        let items = Array(0..<count)
        let transform: @Sendable (Int) -> String = { item in String(item * item, radix: 7) }
        #expect(ParallelMap.map(items, transform) == items.map(transform))
        #expect(ParallelMap.map(items, minimumItems: 2, transform) == items.map(transform))
        #expect(ParallelMap.mapEach(items, transform) == items.map(transform))
    }
}
