import Foundation
import LedgerCore
import LedgerEvents
import Testing
@testable import EventStore

/// A refused or failed batch leaves every byte of the ledger as it was.
@Suite struct RefusalTests {
    struct RuleBroken: Error, Equatable { let rule: String }

    @Test func whateverTheValidatorThrowsIsRethrownUnchangedAndNothingIsWritten() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let before = try fixture.snapshot()
        #expect(throws: RuleBroken(rule: "credit limit")) {
            try fixture.store.append([Sample.order("ord-9")], now: Sample.november) { _, _ in throw RuleBroken(rule: "credit limit") }
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func whateverDecideThrowsIsRethrownAndNothingIsWritten() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let before = try fixture.snapshot()
        #expect(throws: RuleBroken(rule: "no period")) {
            try fixture.store.append(now: Sample.november) { _ in throw RuleBroken(rule: "no period") }
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test(arguments: [BatchWriter.Stage.filesWritten, .manifestWritten])
    func aFailureBeforeTheManifestRenameRollsEveryFileBack(stage: BatchWriter.Stage) throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let before = try fixture.snapshot()
        fixture.store.interruption = { current in
            if current == stage { throw StoreError.io(path: "test", operation: "write", message: "No space left on device") }
        }
        #expect(throws: StoreError.io(path: "test", operation: "write", message: "No space left on device")) {
            try fixture.append([Sample.order("ord-9"), Sample.payment("pay-9"), Sample.taxRate("tax-9")], now: Sample.november)
        }
        #expect(try fixture.snapshot() == before)
        fixture.store.interruption = nil
        #expect(fixture.store.verify().isClean)
        #expect(try fixture.append([Sample.order("ord-9")]).appended.map(\.seq) == [13])
    }

    @Test func anInvalidIdIsRefusedBeforeAnythingIsWritten() throws {
        let fixture = try Fixture()
        var event = Sample.order("ord-1")
        event.id = "../etc/passwd"
        let before = try fixture.snapshot()
        #expect(throws: StoreError.invalidEvent(id: "../etc/passwd",
                                                reason: "the id is not a valid event id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})")) {
            try fixture.append([event])
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func anEventWhoseLineWouldNotReadBackIsRefused() throws {
        // Built in code, not decoded: nothing stopped the bad reseller id until the store.
        let fixture = try Fixture()
        var event = Sample.order("ord-1")
        guard case .orderPlaced(var payload) = event.payload else { Issue.record("not an order"); return }
        payload.reseller = "R ACME"
        event.payload = .orderPlaced(payload)
        let before = try fixture.snapshot()
        #expect(throws: StoreError.invalidEvent(
            id: "ord-1", reason: #"its line would not read back: reseller: "R ACME" is not a valid id ([A-Za-z0-9][A-Za-z0-9._-]{0,63})"#)) {
            try fixture.append([event])
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func appendRefusesALedgerWithATornTailAndLeavesItAlone() throws {
        let fixture = try Fixture()
        try fixture.append([Sample.order("ord-1")])
        let torn = Array(#"{"seq":2,"id":"ord-"#.utf8)
        try fixture.setBytes(try fixture.bytes(.orders) + torn, of: "orders.jsonl")
        let before = try fixture.snapshot()
        #expect(throws: StoreError.damaged(.tornTail(file: "orders.jsonl", line: 2, bytes: torn.count))) {
            try fixture.append([Sample.order("ord-2")])
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func appendRefusesADamagedLedger() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        var lines = try fixture.lines(.orders)
        lines[2] = Array(String(decoding: lines[2], as: UTF8.self).replacingOccurrences(of: "300.00", with: "30.00").utf8)
        try fixture.setLines(lines, of: .orders)
        let before = try fixture.snapshot()
        #expect(throws: StoreError.damaged(.chainMismatch(file: "orders.jsonl", line: 3))) { try fixture.append([Sample.order("ord-9")]) }
        #expect(throws: StoreError.damaged(.chainMismatch(file: "orders.jsonl", line: 3))) { try fixture.store.readAll() }
        #expect(try fixture.snapshot() == before)
    }
}
