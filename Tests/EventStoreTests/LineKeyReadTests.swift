import Foundation
import LedgerCore
import LedgerEvents
import Testing
@testable import EventStore

/// `readLineKeys`: the keys of a sealed ledger, in partitions of resellers,
/// decode to exactly the events a full read gives; anything the seal does
/// not vouch for leaves the read to `readForReplay`; a line changed after
/// its key was read is reported, not replayed.
///
/// Example: the mixed batch (R-ACME's orders and payments, two tax rates)
/// plus R-NORD's order and a back-dated payment, in two partitions: R-ACME's
/// lines in one, R-NORD's in the other, the tax rates in both.
@Suite struct LineKeyReadTests {
    func ledger() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch, now: Sample.march)
        let beta = Sample.event(#"{"id":"ord-nord","type":"order.placed","effective":"2026-05-04","reseller":"R-NORD","program":"groupdocs","order":"B-1","lines":[{"sku":"GD-TOTAL","category":"license","quantity":1,"unitPrice":"300.00"}]}"#)
        try fixture.append([beta, Sample.payment("pay-late", effective: "2026-03-31")], now: Sample.november)
        return fixture
    }

    static func partition(_ hash: UInt32) -> Int { Int(hash % 2) }

    func read(_ fixture: Fixture, asOf: String? = nil) throws -> LineKeyRead? {
        try fixture.store.readLineKeys(asOf: asOf.map { CivilDate(parsing: $0)! }, partitions: 2, partition: Self.partition)
    }

    /// Replaces `old` with `new` in one line of a file, in place.
    func edit(_ fixture: Fixture, _ family: EventFamily, line index: Int, _ old: String, _ new: String) throws {
        var lines = try fixture.lines(family)
        let line = index < 0 ? lines.count + index : index
        lines[line] = Array(String(decoding: lines[line], as: UTF8.self).replacingOccurrences(of: old, with: new).utf8)
        try fixture.setLines(lines, of: family)
    }

    /// What decoding every partition's lines reports, nil when it reports nothing.
    func damage(decoding read: LineKeyRead) -> String? {
        do {
            for keys in read.partitions { _ = try read.events(keys) }
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func theKeysDecodeToTheEventsOfAFullReadInTheirPartitions() throws {
        let fixture = try ledger()
        let read = try #require(try read(fixture))
        let full = try fixture.store.readForReplay(asOf: nil, knownAt: nil, inReplayOrder: false).events
        #expect(read.partitions.count == 2)
        var bySeq: [Int: Event] = [:]
        for (part, keys) in read.partitions.enumerated() {
            let events = try read.events(keys)
            #expect(events.map(\.seq) == keys.map(\.seq), "decoded in the order asked")
            for event in events {
                if let reseller = event.payload.reseller {
                    #expect(Self.partition(FNV1a.hash32(reseller)) == part, "\(event.id) in partition \(part)")
                }
                bySeq[event.seq] = event
            }
            // Every line of no reseller is in every partition.
            #expect(events.filter { $0.payload.reseller == nil }.count == full.filter { $0.payload.reseller == nil }.count)
        }
        #expect(bySeq.keys.sorted() == full.map(\.seq))
        #expect(full.allSatisfy { bySeq[$0.seq] == $0 })
        #expect(Set(full.compactMap(\.payload.reseller)).count == 2)
        // The two resellers fall in different partitions with this function.
        #expect(read.partitions.allSatisfy { keys in keys.contains(where: \.hasReseller) })
    }

    @Test(arguments: ["2026-01-01", "2026-03-02", "2026-03-31", "2026-04-15", "2026-05-04", "2027-01-01"])
    func asOfHidesLaterLinesAndSaysWhatItHid(asOf: String) throws {
        let fixture = try ledger()
        let read = try #require(try read(fixture, asOf: asOf))
        let full = try fixture.store.readForReplay(asOf: CivilDate(parsing: asOf), knownAt: nil, inReplayOrder: false)
        let seqs = Set(read.partitions.joined().map(\.seq))
        #expect(seqs == Set(full.events.map(\.seq)))
        #expect(read.firstHiddenEffective == full.firstHiddenEffective)
        #expect(read.through == full.events.map(\.effective).max())
        #expect(read.recordedThrough == full.events.compactMap(\.recorded).max())
        #expect(read.key == full.key)
    }

    /// The keys and events of a read, and those of the full read.
    func expectSameAsTheFullRead(_ fixture: Fixture, _ name: String) throws {
        let read = try #require(try read(fixture), "\(name)")
        let full = try fixture.store.readForReplay(asOf: nil, knownAt: nil, inReplayOrder: false).events
        var bySeq: [Int: Event] = [:]
        for keys in read.partitions { for event in try read.events(keys) { bySeq[event.seq] = event } }
        #expect(bySeq.keys.sorted() == full.map(\.seq), "\(name)")
        #expect(full.allSatisfy { bySeq[$0.seq] == $0 }, "\(name)")
    }

    @Test func withoutTheIndexEveryChainIsHashed() throws {
        let fixture = try ledger()
        try FileManager.default.removeItem(atPath: fixture.directory + "/derived")
        try expectSameAsTheFullRead(fixture, "no index")
        // A line changed in place then breaks its chain: the full read names it.
        try edit(fixture, .payments, line: 1, "20.00", "29.00")
        #expect(try read(fixture).map { _ in true } == nil)
    }

    /// An index left behind by the last append (restored from before it):
    /// the lines it seals are confirmed by its checksum, the later ones hashed.
    @Test func aSealBehindTheManifestHashesTheLinesAfterIt() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch, now: Sample.march)
        let derived = fixture.directory + "/derived"
        let saved = fixture.scratch.path("derived-before")
        try FileManager.default.copyItem(atPath: derived, toPath: saved)
        try fixture.append([Sample.payment("pay-late", effective: "2026-03-31"), Sample.order("ord-9", effective: "2026-06-01")],
                           now: Sample.november)
        try FileManager.default.removeItem(atPath: derived)
        try FileManager.default.copyItem(atPath: saved, toPath: derived)
        try expectSameAsTheFullRead(fixture, "seal behind")
        // A later line changed in place breaks its chain.
        try edit(fixture, .orders, line: -1, "ORD-9", "ORD-8")
        #expect(try read(fixture).map { _ in true } == nil)
    }

    @Test func aByteChangedInPlaceLeavesTheReadToTheFullRead() throws {
        let fixture = try ledger()
        try edit(fixture, .payments, line: 1, "20.00", "29.00")
        #expect(try read(fixture).map { _ in true } == nil)
        // The full read then names the line.
        #expect(throws: StoreError.self) { try fixture.store.readForReplay(asOf: nil, knownAt: nil) }
    }

    @Test func aLineChangedAfterItsKeyWasReadIsReportedWithItsFileAndLine() throws {
        let fixture = try ledger()
        let read = try #require(try read(fixture))
        try edit(fixture, .orders, line: 2, "R-ACME", "R-ACMF")
        let report = try #require(damage(decoding: read), "the changed line was replayed")
        #expect(report.contains("orders.jsonl:3: chain mismatch"), "\(report)")
    }

    @Test func aFileCutAfterItsKeysWereReadIsReportedAsTruncated() throws {
        let fixture = try ledger()
        let read = try #require(try read(fixture))
        let bytes = try fixture.bytes(.payments)
        try fixture.setBytes(Array(bytes.prefix(bytes.count / 2)), of: EventFamily.payments.fileName)
        let report = try #require(damage(decoding: read), "the cut file was replayed")
        #expect(report.contains("payments.jsonl:"), "\(report)")
        #expect(report.contains("truncated: the file has \(bytes.count / 2) bytes but the manifest records \(bytes.count)"), "\(report)")
    }
}
