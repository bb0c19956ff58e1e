import LedgerCore
import LedgerEvents
import LedgerTestSupport
import Testing
@testable import EventStore

/// An append session writes many batches under one lock with the same
/// guarantees as `append`: seqs run on, retries are skipped, a reused id
/// with other content is refused, and a refused batch writes nothing.
@Suite struct AppendSessionTests {
    @Test func batchesOfOneSessionReadBackLikeSeparateAppends() throws {
        let fixture = try Fixture()
        let batch = Sample.mixedBatch
        let results = try fixture.store.withAppendSession { session in
            [try session.append(Array(batch[..<5]), now: Sample.march) { _ in },
             try session.append(Array(batch[5...]), now: Sample.november) { _ in }]
        }
        #expect(results.flatMap(\.appended).map(\.seq) == Array(1...batch.count))
        let stored = try fixture.store.readAll()
        #expect(stored == results.flatMap(\.appended))
        #expect(stored.map(\.id) == batch.map(\.id))
        #expect(fixture.store.verify().isClean)
    }

    @Test func anIdFromAnEarlierBatchIsARetryOrAConflict() throws {
        let fixture = try Fixture()
        try fixture.append([Sample.order("ord-1")])
        try fixture.store.withAppendSession { session in
            _ = try session.append([Sample.order("ord-2")], now: Sample.march) { _ in }
            let retry = try session.append([Sample.order("ord-1"), Sample.order("ord-2"), Sample.order("ord-3")], now: Sample.march) { _ in }
            #expect(retry.appended.map(\.id) == ["ord-3"])
            #expect(retry.alreadyPresent == ["ord-1", "ord-2"])
            let before = try fixture.snapshot()
            #expect(throws: StoreError.idConflict(id: "ord-2")) {
                try session.append([Sample.order("ord-2", price: "5.00")], now: Sample.march) { _ in }
            }
            #expect(throws: StoreError.duplicateIdInBatch(id: "ord-4")) {
                try session.append([Sample.order("ord-4"), Sample.order("ord-4")], now: Sample.march) { _ in }
            }
            #expect(try fixture.snapshot() == before)
        }
        #expect(try fixture.store.readAll().map(\.seq) == [1, 2, 3])
    }

    @Test func aRefusalOfValidateWritesNothing() throws {
        struct Refused: Error {}
        let fixture = try Fixture()
        let before = try fixture.snapshot()
        #expect(throws: Refused.self) {
            try fixture.store.withAppendSession { session in
                try session.append([Sample.order("ord-1")], now: Sample.march) { _ in throw Refused() }
            }
        }
        #expect(try fixture.snapshot() == before)
    }
}
