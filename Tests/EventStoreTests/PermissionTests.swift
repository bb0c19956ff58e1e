import Foundation
import LedgerEvents
import LedgerTestSupport
import Testing
@testable import EventStore

/// Ledger data is financial data: every file the store creates is 0600
/// (the lock and quarantined tails too), its directories 0700, and `verify`
/// warns about any ledger file others may read, and about event files past
/// the size at which rotation is advised.
@Suite struct PermissionTests {
    static func mode(_ path: String) throws -> Int {
        try #require((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue)
    }

    @Test func filesStayOwnerOnlyAfterAppendsAndRepair() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let handle = try #require(FileHandle(forWritingAtPath: fixture.path(.orders)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"seq":13,"#.utf8))
        try handle.close()
        #expect(try fixture.store.repair(now: Sample.november).moved.count == 1)
        #expect(try Self.mode(fixture.directory) == 0o700)
        #expect(try Self.mode(fixture.directory + "/quarantine") == 0o700)
        #expect(try Self.mode(fixture.directory + "/derived") == 0o700)
        let names = try FileManager.default.subpathsOfDirectory(atPath: fixture.directory).filter { $0 != "quarantine" && $0 != "derived" }
        // 9 event files, the manifest, the lock, a quarantined tail; in
        // derived/: its lock, index.json and the shards that have entries.
        #expect(names.filter { !$0.hasPrefix("derived/keys-") }.count == 12 + 2)
        #expect(names.contains { $0.hasPrefix("derived/keys-") })
        for name in names { #expect(try Self.mode(fixture.directory + "/" + name) == 0o600, "\(name)") }
        #expect(fixture.store.verify().warnings == [])
    }

    @Test func verifyWarnsAboutFilesOthersMayReadAndStaysClean() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        for (name, mode) in [("orders.jsonl", 0o644), ("MANIFEST.json", 0o640), (".lock", 0o606)] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: fixture.directory + "/" + name)
        }
        let report = fixture.store.verify()
        #expect(report.isClean)
        #expect(report.warnings == [.exposed(file: "orders.jsonl", mode: 0o644), .exposed(file: "MANIFEST.json", mode: 0o640),
                                    .exposed(file: ".lock", mode: 0o606)])
        #expect(report.warnings.first?.description
                == "orders.jsonl: readable by others than its owner (mode 0644); ledger data is financial data: run `chmod 600` on it")
    }

    @Test func verifyAdvisesRotationPastTheSizeLimit() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let orders = try fixture.bytes(.orders).count
        #expect(fixture.store.warnings(rotationAdvisedBytes: orders) == [])
        // Five orders are the largest file; one byte less advises it alone.
        #expect(fixture.store.warnings(rotationAdvisedBytes: orders - 1) == [.rotationAdvised(file: "orders.jsonl", bytes: orders, limit: orders - 1)])
        #expect(StoreWarning.rotationAdvised(file: "orders.jsonl", bytes: 1_073_741_825, limit: 1_073_741_824).description
                == "orders.jsonl: 1073741825 bytes, more than 1073741824: rotation is advised (every full read, verify and run reads the whole file, so each gets slower)")
        #expect(StoreLimits.rotationAdvisedFileBytes == 1 << 30)
    }
}
