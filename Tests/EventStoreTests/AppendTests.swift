import Foundation
import LedgerCore
import LedgerEvents
import LedgerTestSupport
import Testing
@testable import EventStore

/// Appending assigns contiguous seqs across files and `recorded`, and what
/// is appended reads back the same.
@Suite struct AppendTests {
    @Test func appendedEventsReadBackWithSeqAndRecorded() throws {
        let fixture = try Fixture()
        let batch = Sample.mixedBatch
        let result = try fixture.append(batch, now: Sample.march)
        var expected = batch
        for index in expected.indices {
            expected[index].seq = index + 1
            expected[index].recorded = Sample.march
        }
        #expect(result == AppendResult(appended: expected, alreadyPresent: []))
        #expect(try fixture.store.readAll() == expected)
        #expect(try LedgerStore(opening: fixture.directory).readAll() == expected)
    }

    @Test func seqsRunOnAcrossBatchesAndFiles() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let second = try fixture.append([Sample.payment("pay-6"), Sample.order("ord-6")], now: Sample.november)
        #expect(second.appended.map(\.seq) == [13, 14])
        let all = try fixture.store.readAll()
        #expect(all.map(\.seq) == Array(1...14))
        #expect(all.last?.recorded == Sample.november)
        let orderSeqs = try fixture.lines(.orders).map { try EventCodec.decode(line: $0, form: .stored).event.seq }
        #expect(orderSeqs == [2, 4, 6, 8, 10, 14])
    }

    @Test func eachEventGoesToTheFileOfItsFamily() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        #expect(try fixture.lines(.programs).count == 2)
        #expect(try fixture.lines(.orders).count == 5)
        #expect(try fixture.lines(.payments).count == 5)
        for family in [EventFamily.resellers, .subscriptions, .invoices, .fees, .incentives, .runs] {
            #expect(try fixture.bytes(family).isEmpty)
        }
    }

    @Test func theManifestRecordsEachFilesCommittedEnd() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let manifest = try fixture.store.manifest()
        #expect(manifest.lastSeq == 12)
        let orders = try fixture.lines(.orders)
        #expect(manifest[.orders] == ManifestEntry(lastSeq: 10, lines: 5, bytes: try fixture.bytes(.orders).count,
                                                   chainHead: IndependentChain.storedChain(of: orders.last!)))
        #expect(manifest[.fees] == .empty)
    }

    @Test func decideSeesTheCommittedEventsUnderTheLock() throws {
        let fixture = try Fixture()
        try fixture.append([Sample.order("ord-1"), Sample.order("ord-2")])
        let result = try fixture.store.append(now: Sample.november) { existing in
            #expect(existing.map(\.id) == ["ord-1", "ord-2"])
            return [Sample.payment("pay-\(existing.count)")]
        }
        #expect(result.appended.map(\.id) == ["pay-2"])
        #expect(result.appended.map(\.seq) == [3])
    }

    @Test func anEmptyBatchWritesNothing() throws {
        let fixture = try Fixture()
        let before = try fixture.snapshot()
        #expect(try fixture.append([]) == AppendResult(appended: [], alreadyPresent: []))
        #expect(try fixture.snapshot() == before)
    }

    @Test func aRunCanAppendItsOwnTypes() throws {
        // The store takes any type; refusing run-written types as input is the CLI's rule.
        let fixture = try Fixture()
        let run = Sample.event(#"{"id":"run-2026-10","type":"run.completed","effective":"2026-10-31","run":"month-end","period":"2026-10","watermark":0,"appended":0,"documents":[]}"#)
        try fixture.append([run])
        #expect(try fixture.lines(.runs).count == 1)
    }
}
