import Foundation
import LedgerCore
import LedgerEvents
import Testing
@testable import EventStore

/// `repair` moves what an interrupted append left into quarantine, never
/// deleting a byte, and refuses every other kind of damage.
@Suite struct RepairTests {
    @Test func aTornTailMovesToQuarantineAndTheLedgerVerifiesAfter() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let intact = try fixture.bytes(.orders)
        let torn = Array(#"{"seq":13,"id":"ord-13","type":"order.pl"#.utf8)
        try fixture.setBytes(intact + torn, of: "orders.jsonl")

        let report = try fixture.store.repair(now: Sample.november)

        let quarantined = "quarantine/orders.jsonl.20261101T000000Z"
        #expect(report.moved == [QuarantinedTail(file: "orders.jsonl", fromLine: 6, bytes: torn.count, quarantinePath: quarantined)])
        #expect(report.lines == ["orders.jsonl: moved \(torn.count) bytes (from line 6 on) to \(quarantined)"])
        #expect(try fixture.bytes(quarantined) == torn)
        #expect(try fixture.bytes(.orders) == intact)
        #expect(fixture.store.verify().isClean)
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.directory + "/" + quarantined)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try fixture.append([Sample.order("ord-13")]).appended.map(\.seq) == [13])
    }

    @Test func uncommittedLinesMoveToQuarantineWithTheTornTailAfterThem() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let committed = try fixture.snapshot()
        let oldManifest = try fixture.bytes("MANIFEST.json")
        try fixture.append([Sample.order("ord-9"), Sample.payment("pay-9")])
        try fixture.setBytes(oldManifest, of: "MANIFEST.json")
        let orders = try fixture.bytes(.orders)
        let tail = Array(orders[committed.files["orders.jsonl"]!.count...]) + Array("{\"seq\":15".utf8)
        try fixture.setBytes(orders + Array("{\"seq\":15".utf8), of: "orders.jsonl")

        let report = try fixture.store.repair(now: Sample.november)

        #expect(report.moved.map(\.file) == ["orders.jsonl", "payments.jsonl"])
        #expect(try fixture.bytes("quarantine/orders.jsonl.20261101T000000Z") == tail)
        var expected = committed.files
        expected["quarantine/orders.jsonl.20261101T000000Z"] = tail
        expected["quarantine/payments.jsonl.20261101T000000Z"] = try fixture.bytes("quarantine/payments.jsonl.20261101T000000Z")
        // The derived index, updated after the lost batch's writes, is not
        // the ledger: reads ignore coverage past the manifest, verify rebuilds it.
        let ledgerFiles = { (files: [String: [UInt8]]) in files.filter { !$0.key.hasPrefix("derived/") } }
        #expect(ledgerFiles(try fixture.snapshot().files) == ledgerFiles(expected))
        #expect(fixture.store.verify().isClean)
    }

    @Test func aSecondRepairInTheSameSecondDoesNotOverwriteTheFirst() throws {
        let fixture = try Fixture()
        try fixture.append([Sample.order("ord-1")])
        let intact = try fixture.bytes(.orders)
        try fixture.setBytes(intact + Array("first".utf8), of: "orders.jsonl")
        _ = try fixture.store.repair(now: Sample.november)
        try fixture.setBytes(intact + Array("second".utf8), of: "orders.jsonl")
        let report = try fixture.store.repair(now: Sample.november)
        #expect(report.moved.map(\.quarantinePath) == ["quarantine/orders.jsonl.20261101T000000Z-2"])
        #expect(try fixture.bytes("quarantine/orders.jsonl.20261101T000000Z") == Array("first".utf8))
        #expect(try fixture.bytes("quarantine/orders.jsonl.20261101T000000Z-2") == Array("second".utf8))
    }

    @Test func otherDamageIsRefusedAndNothingChanges() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        var lines = try fixture.lines(.orders)
        lines[2] = Array(String(decoding: lines[2], as: UTF8.self).replacingOccurrences(of: "300.00", with: "390.00").utf8)
        try fixture.setBytes(lines.flatMap { $0 + [0x0A] } + Array("torn".utf8), of: "orders.jsonl")
        let before = try fixture.snapshot()
        let expected = StoreError.repairRefused(problems: [.chainMismatch(file: "orders.jsonl", line: 3)])
        #expect(throws: expected) { try fixture.store.repair(now: Sample.november) }
        #expect(try fixture.snapshot() == before)
        #expect(expected.description == "repair only moves aside torn tails (what an interrupted append left after the last committed line); "
            + "nothing was changed, because the ledger has other damage, which needs a person: "
            + "orders.jsonl:3: chain mismatch: the line was edited, or a line before it was inserted, deleted or reordered")
    }

    @Test func aCleanLedgerHasNothingToRepair() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let before = try fixture.snapshot()
        let report = try fixture.store.repair(now: Sample.november)
        #expect(report.isNothingToRepair)
        #expect(report.lines == ["nothing to repair: the ledger verifies clean"])
        #expect(try fixture.snapshot() == before)
    }
}
