#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// `map` over the machine's cores, for pure work on independent items
/// (reading the nine event files, rendering and hashing a run's
/// documents): the results come back in the items' order, so the output is
/// the same as a sequential `map`, byte for byte, whatever the number of
/// threads.
///
/// Example: month-end for 10,000 resellers renders about 9,400 statements
/// (HTML, JSON and the SHA-256 of the HTML); each is a few hundred
/// thousand instructions and needs nothing from the others.
/// `ParallelMap.map(families, minimumItems: 2) { scan($0) }` reads files
/// one task per file.
public enum ParallelMap {
    /// The cores online.
    public static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// `minimumItems`: below it the work is not worth a thread and runs
    /// here, in order.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], minimumItems: Int = 8, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        // Contiguous chunks, a few per core so that an uneven chunk does
        // not leave a core idle.
        let chunks = min(items.count, items.count < max(2, minimumItems) ? 1 : 4 * cores)
        guard chunks > 1 else { return items.map(transform) }
        let slots = ParallelSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = items.count * chunk / chunks, end = items.count * (chunk + 1) / chunks
            for index in start..<end { slots.set(index, transform(items[index])) }
        }
        return (0..<items.count).map { slots.get($0) }
    }

    /// `map` with each item its own task, taken by whichever core is free:
    /// for a few dozen large items of about equal work (the partitions of
    /// a replay), where contiguous chunks would leave a core idle while
    /// the other finishes its last chunk.
    public static func mapEach<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        guard items.count > 1 && cores > 1 else { return items.map(transform) }
        let slots = ParallelSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in slots.set(index, transform(items[index])) }
        return (0..<items.count).map { slots.get($0) }
    }
}

/// Where the tasks of `ParallelMap` put their results: each writes only its
/// own slots (no two threads touch the same memory), and the slots are read
/// after `concurrentPerform` has returned, which happens after every task.
private final class ParallelSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Value) { slots[index] = value }

    func get(_ index: Int) -> Value { slots[index]! }
}
