import LedgerCore
import LedgerEvents
import Testing
@testable import EventStore

/// Ids are idempotency keys: the same event again is skipped, the same id
/// with other content is refused.
@Suite struct IdempotencyTests {
    @Test func aRetriedBatchReportsEveryEventPresentAndWritesNothing() throws {
        let fixture = try Fixture()
        let batch = Sample.mixedBatch
        try fixture.append(batch, now: Sample.march)
        let before = try fixture.snapshot()
        let retry = try fixture.append(batch, now: Sample.november)
        #expect(retry == AppendResult(appended: [], alreadyPresent: batch.map(\.id)))
        #expect(try fixture.snapshot() == before)
    }

    @Test func aPartlyRetriedBatchAppendsOnlyTheNewEvents() throws {
        let fixture = try Fixture()
        try fixture.append([Sample.order("ord-1")])
        let result = try fixture.append([Sample.order("ord-1"), Sample.order("ord-2")], now: Sample.november)
        #expect(result.alreadyPresent == ["ord-1"])
        #expect(result.appended.map(\.id) == ["ord-2"])
        #expect(result.appended.map(\.seq) == [2])
    }

    @Test func theValidatorSeesOnlyTheFreshEvents() throws {
        let fixture = try Fixture()
        try fixture.append([Sample.order("ord-1")])
        var seen: (existing: [String], fresh: [String]) = ([], [])
        _ = try fixture.store.append([Sample.order("ord-1"), Sample.order("ord-2")], now: Sample.november) { existing, fresh in
            seen = (existing.map(\.id), fresh.map(\.id))
        }
        #expect(seen.existing == ["ord-1"])
        #expect(seen.fresh == ["ord-2"])
    }

    @Test func theSameIdWithOtherContentIsRefusedAndNothingIsWritten() throws {
        let fixture = try Fixture()
        try fixture.append([Sample.order("ord-1", price: "1000.00")])
        let before = try fixture.snapshot()
        #expect(throws: StoreError.idConflict(id: "ord-1")) {
            try fixture.append([Sample.order("ord-2"), Sample.order("ord-1", price: "999.00")])
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func anIdTwiceInOneBatchIsRefused() throws {
        let fixture = try Fixture()
        let before = try fixture.snapshot()
        #expect(throws: StoreError.duplicateIdInBatch(id: "ord-1")) {
            try fixture.append([Sample.order("ord-1"), Sample.order("ord-1")])
        }
        #expect(try fixture.snapshot() == before)
    }
}
