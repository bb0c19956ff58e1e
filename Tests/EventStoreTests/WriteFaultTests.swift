import Foundation
import LedgerCore
import LedgerEvents
import LedgerTestSupport
import Testing
@testable import EventStore

/// Faults injected below the store (`WriteFault`, debug builds): a write or
/// an fsync that fails part-way, a short write, a failed rename. A failure
/// before the commit point leaves the ledger byte for byte as it was; a
/// short write is completed; a failure after it says the batch is in.
///
/// The batch below touches two files, so one append makes, in order:
/// write 1 `orders.jsonl`, write 2 `payments.jsonl`, fsync 1 and 2 of those,
/// write 3 and fsync 3 of `MANIFEST.json.tmp`, rename 1 over `MANIFEST.json`,
/// and fsync 4 of the directory.
@Suite struct WriteFaultTests {
    static let batch = [Sample.order("ord-9"), Sample.payment("pay-9")]

    static let failuresBeforeCommit: [(fault: String, operation: String, file: String)] = [
        ("write#1:fail", "write", "orders.jsonl"),
        ("write#1:fail-after=0", "write", "orders.jsonl"),
        ("write#1:fail-after=100", "write", "orders.jsonl"),
        ("write#2:fail-after=37", "write", "payments.jsonl"),
        ("write#3:fail", "write", "MANIFEST.json.tmp"),
        ("write#3:fail-after=20", "write", "MANIFEST.json.tmp"),
        ("fsync#1:fail", "fsync", "orders.jsonl"),
        ("fsync#2:fail", "fsync", "payments.jsonl"),
        ("fsync#3:fail", "fsync", "MANIFEST.json.tmp"),
        ("rename#1:fail", "rename", "MANIFEST.json"),
    ]

    /// A ledger with twelve events, so the rollback has something to keep.
    func ledger() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        return fixture
    }

    @Test(arguments: failuresBeforeCommit)
    func aFailureBeforeTheCommitLeavesTheLedgerAsItWas(_ fault: String, _ operation: String, _ file: String) throws {
        let fixture = try ledger()
        let before = try fixture.snapshot()
        let parsed = try #require(WriteFault(parsing: fault))
        fixture.store.writeFault = parsed
        #expect(throws: StoreError.io(path: fixture.directory + "/" + file, operation: operation,
                                      message: operation.hasPrefix("write") && fault.contains("after") ? "No space left on device" : "Input/output error")) {
            try fixture.append(Self.batch)
        }
        fixture.store.writeFault = nil
        #expect(try fixture.snapshot() == before)
        #expect(fixture.store.verify().isClean)
        #expect(try fixture.append(Self.batch).appended.map(\.seq) == [13, 14])
    }

    @Test(arguments: ["write#1:short=1", "write#1:short=100", "write#2:short=5", "write#3:short=10"])
    func aShortWriteIsCompleted(_ fault: String) throws {
        let faulty = try ledger()
        let clean = try ledger()
        let parsed = try #require(WriteFault(parsing: fault))
        faulty.store.writeFault = parsed
        try faulty.append(Self.batch)
        try clean.append(Self.batch)
        #expect(try faulty.snapshot() == clean.snapshot())
        #expect(faulty.store.verify().isClean)
    }

    @Test func aFailedSyncAfterTheCommitSaysTheBatchIsIn() throws {
        let fixture = try ledger()
        fixture.store.writeFault = WriteFault(call: .fsync, occurrence: 4, effect: .fail)
        #expect(throws: StoreError.notDurable(detail: "\(fixture.directory): fsync failed: Input/output error")) {
            try fixture.append(Self.batch)
        }
        fixture.store.writeFault = nil
        #expect(try fixture.store.readAll().suffix(2).map(\.id) == ["ord-9", "pay-9"])
        #expect(fixture.store.verify().isClean)
        #expect(try fixture.append(Self.batch) == AppendResult(appended: [], alreadyPresent: ["ord-9", "pay-9"]))
    }

    @Test(arguments: ["write#1:fail", "fsync#4:fail", "rename#1:fail", "write#2:short=3", "write#1:crash-after=12", "write#1:fail-after=0"])
    func faultsReadBack(_ text: String) {
        #expect(WriteFault(parsing: text)?.description == text)
    }

    @Test(arguments: ["", "write", "write#0:fail", "write#1", "fsync#1:short=3", "rename#1:crash-after=1", "write#1:short=0", "write#x:fail", "disk#1:fail", "write#1:short=-1"])
    func malformedFaultsAreRefused(_ text: String) {
        #expect(WriteFault(parsing: text) == nil)
    }
}
