import LedgerCore
@testable import LedgerEvents
import LedgerTestSupport
import Testing
@testable import EventStore

/// `PartitionedKeys`: each file's keys of resellers grouped by partition
/// (a counting sort), its keys of no reseller shared by every partition,
/// and a partition's keys put back together file by file in file order.
///
/// Example (the type's own): a file with lines A1 (partition 1), S (no
/// reseller), B0 (partition 0), A1' (partition 1) → bounds `[0, 1, 3]`;
/// partition 0 is `[B0, S]`, partition 1 `[A1, S, A1']`.
@Suite struct PartitionedKeysTests {
    /// A key at `offset` (its seq the same), of a reseller in `partition`
    /// or of none.
    static func key(_ offset: Int, family: Int = 0, partition: Int?) -> LineKey {
        let header = StoredLineHeader(seq: offset + 1 + family * 1_000, type: .paymentReceived,
                                      recorded: Instant(secondsSinceEpoch: 0), effective: CivilDate(dayNumber: 20_000),
                                      resellerHash: partition.map { UInt32($0) })
        return LineKey(header: header, family: family, offset: offset, length: 10)
    }

    static func file(_ lines: [(offset: Int, partition: Int?)], family: Int = 0, count: Int) -> PartitionedKeys.File {
        let own = lines.filter { $0.partition != nil }
        return PartitionedKeys.file(keys: own.map { key($0.offset, family: family, partition: $0.partition) },
                                    partitions: own.map { Int32($0.partition!) },
                                    shared: lines.filter { $0.partition == nil }.map { key($0.offset, family: family, partition: nil) },
                                    count: count)
    }

    @Test func theTypesExample() {
        let file = Self.file([(0, 1), (10, nil), (20, 0), (30, 1)], count: 2)
        #expect(file.bounds == [0, 1, 3])
        #expect(file.grouped.map(\.offset) == [20, 0, 30])
        let keys = PartitionedKeys(files: [file], count: 2)
        #expect(keys.count == 2)
        #expect(keys[0].map(\.offset) == [10, 20])
        #expect(keys[1].map(\.offset) == [0, 10, 30])
    }

    /// Three files, five partitions (one of them empty), lines of no
    /// reseller first, last and between: each partition has exactly its
    /// lines and every shared line, file by file in file order.
    @Test func everyPartitionHasItsLinesAndTheSharedOnesInFileOrder() {
        var random = SeededGenerator(seed: 2026_11_23)
        let count = 5
        var files: [[(offset: Int, partition: Int?)]] = []
        for _ in 0..<3 {
            let lines = (0..<60).map { index -> (offset: Int, partition: Int?) in
                let part = Int.random(in: 0..<count + 1, using: &random)
                return (index * 10, part == count || part == 3 ? nil : part)   // partition 3 stays empty of its own
            }
            files.append(lines)
        }
        let keys = PartitionedKeys(files: files.enumerated().map { Self.file($0.element, family: $0.offset, count: count) },
                                   count: count)
        for part in 0..<count {
            let expected = files.enumerated().flatMap { number, lines in
                lines.filter { $0.partition == nil || $0.partition == part }.map { Self.key($0.offset, family: number, partition: $0.partition).seq }
            }
            #expect(keys[part].map(\.seq) == expected, "partition \(part)")
        }
        #expect(Set(keys.joined().map(\.seq)).count == 180)
    }
}
