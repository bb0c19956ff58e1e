import Foundation
import LedgerCore
import LedgerEvents
import Testing
@testable import EventStore

/// `verify` finds each kind of damage and names file and line. The ledger
/// is `Sample.mixedBatch`: programs hold seqs 1, 12; orders 2, 4, 6, 8, 10;
/// payments 3, 5, 7, 9, 11.
@Suite struct VerifyTests {
    func damaged(_ damage: (Fixture) throws -> Void) throws -> (fixture: Fixture, problems: [StoreProblem]) {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        try damage(fixture)
        return (fixture, fixture.store.verify().problems)
    }

    func orderBytes(_ fixture: Fixture) throws -> Int { try fixture.bytes(.orders).count }

    @Test func aCleanLedgerVerifies() throws {
        let (fixture, problems) = try damaged { _ in }
        #expect(problems.isEmpty)
        #expect(fixture.store.verify().lines == ["ok: 12 events in 9 files, chains verified"])
    }

    @Test func anEditedByteInAMiddleLineIsAChainMismatchOnThatLine() throws {
        let (_, problems) = try damaged { fixture in
            var lines = try fixture.lines(.orders)
            lines[2] = Array(String(decoding: lines[2], as: UTF8.self).replacingOccurrences(of: "300.00", with: "390.00").utf8)
            try fixture.setLines(lines, of: .orders)
        }
        #expect(problems == [.chainMismatch(file: "orders.jsonl", line: 3)])
        #expect(problems.map(\.description)
            == ["orders.jsonl:3: chain mismatch: the line was edited, or a line before it was inserted, deleted or reordered"])
    }

    @Test func aDeletedLineBreaksTheChainShortensTheFileAndLeavesASeqGap() throws {
        var manifestBytes = 0
        let (fixture, problems) = try damaged { fixture in
            manifestBytes = try fixture.bytes(.orders).count
            var lines = try fixture.lines(.orders)
            lines.remove(at: 2)
            try fixture.setLines(lines, of: .orders)
        }
        #expect(problems == [
            .chainMismatch(file: "orders.jsonl", line: 3),
            .truncated(file: "orders.jsonl", line: 5, fileBytes: try orderBytes(fixture), manifestBytes: manifestBytes),
            .seqGap(file: "payments.jsonl", line: 3, missing: 6...6),
        ])
    }

    @Test func anInsertedCopyOfALineIsAChainMismatchAndADuplicateSeq() throws {
        let (fixture, problems) = try damaged { fixture in
            var lines = try fixture.lines(.orders)
            lines.insert(lines[1], at: 3)
            try fixture.setLines(lines, of: .orders)
        }
        let committedEnd = try fixture.store.manifest()[.orders].bytes
        #expect(problems == [
            .chainMismatch(file: "orders.jsonl", line: 4),
            .seqOutOfOrder(file: "orders.jsonl", line: 4, seq: 4, previousSeq: 6),
            .chainMismatch(file: "orders.jsonl", line: 5),
            .manifestMismatch(file: "orders.jsonl", line: 6, detail: "its committed end, byte \(committedEnd), falls inside line 6"),
            .duplicateSeq(file: "orders.jsonl", line: 4, seq: 4, firstFile: "orders.jsonl", firstLine: 2),
            // Seq 10 now runs across the committed end, so it is not committed.
            .seqGap(file: "payments.jsonl", line: 5, missing: 10...10),
        ])
    }

    @Test func swappedLinesAreChainMismatchesAndASeqOutOfOrder() throws {
        let (_, problems) = try damaged { fixture in
            var lines = try fixture.lines(.orders)
            lines.swapAt(1, 2)
            try fixture.setLines(lines, of: .orders)
        }
        #expect(problems == [
            .chainMismatch(file: "orders.jsonl", line: 2),
            .chainMismatch(file: "orders.jsonl", line: 3),
            .seqOutOfOrder(file: "orders.jsonl", line: 3, seq: 4, previousSeq: 6),
            .chainMismatch(file: "orders.jsonl", line: 4),
        ])
    }

    @Test func aFileCutAtALineIsTruncatedAndLosesItsSeqs() throws {
        var manifestBytes = 0
        let (fixture, problems) = try damaged { fixture in
            manifestBytes = try fixture.bytes(.orders).count
            try fixture.setLines(Array(try fixture.lines(.orders).dropLast()), of: .orders)
        }
        #expect(problems == [
            .truncated(file: "orders.jsonl", line: 5, fileBytes: try orderBytes(fixture), manifestBytes: manifestBytes),
            .seqGap(file: "payments.jsonl", line: 5, missing: 10...10),
        ])
    }

    @Test func aFileCutInsideALineIsTruncated() throws {
        var manifestBytes = 0
        let (_, problems) = try damaged { fixture in
            let bytes = try fixture.bytes(.orders)
            manifestBytes = bytes.count
            try fixture.setBytes(Array(bytes.dropLast(40)), of: "orders.jsonl")
        }
        #expect(problems == [
            .truncated(file: "orders.jsonl", line: 5, fileBytes: manifestBytes - 40, manifestBytes: manifestBytes),
            .seqGap(file: "payments.jsonl", line: 5, missing: 10...10),
        ])
    }

    @Test func bytesWithoutANewlineAtTheEndAreATornTail() throws {
        let (_, problems) = try damaged { fixture in
            try fixture.setBytes(try fixture.bytes(.orders) + Array(#"{"seq":13,"id":"ord"#.utf8), of: "orders.jsonl")
        }
        #expect(problems == [.tornTail(file: "orders.jsonl", line: 6, bytes: 19)])
        #expect(problems.map(\.isRepairable) == [true])
    }

    @Test func aSeqGapInAForgedButWellChainedFileIsFound() throws {
        let (_, problems) = try damaged { fixture in
            // A forger removes seq 7 and recomputes the chain and the manifest:
            // only the seqs of the other files can give it away.
            var lines = try fixture.lines(.payments)
            lines.remove(at: 2)
            let forged = IndependentChain.rechained(lines)
            try fixture.setLines(forged, of: .payments)
            let manifest = try fixture.store.manifest()
            let entry = ManifestEntry(lastSeq: 11, lines: 4, bytes: try fixture.bytes(.payments).count,
                                      chainHead: IndependentChain.storedChain(of: forged.last!))
            try fixture.setBytes(manifest.updating([.payments: entry], lastSeq: 12).encoded(), of: "MANIFEST.json")
        }
        #expect(problems == [.seqGap(file: "orders.jsonl", line: 4, missing: 7...7)])
        #expect(problems.map(\.description) == [
            "orders.jsonl:4: seq gap: no line holds seq 7 (the next seq is on this line): a line was deleted, or a seq was edited",
        ])
    }

    @Test func aLineThatDoesNotDecodeIsNamedAndTheChainGoesOnPastIt() throws {
        let (_, problems) = try damaged { fixture in
            var lines = try fixture.lines(.orders)
            lines[2][6] = UInt8(ascii: ";")  // {"seq";6,…
            try fixture.setLines(lines, of: .orders)
        }
        // One problem for the line itself; its seq is unknown, so seq 6 is
        // missing. Line 4 is checked against the chain written on line 3.
        #expect(problems.count == 2)
        guard case .undecodable(let file, let line, _) = problems.first else { Issue.record("\(problems)"); return }
        #expect((file, line) == ("orders.jsonl", 3))
        #expect(problems[0].description.hasPrefix("orders.jsonl:3: the line does not decode: not valid JSON"))
        #expect(problems.last == .seqGap(file: "payments.jsonl", line: 3, missing: 6...6))
    }

    @Test func linesAfterTheManifestsEndAreUncommitted() throws {
        let (_, problems) = try damaged { fixture in
            // A crash after the lines were written, before the manifest rename.
            let old = try fixture.bytes("MANIFEST.json")
            try fixture.append([Sample.order("ord-9"), Sample.order("ord-10"), Sample.payment("pay-9")])
            try fixture.setBytes(old, of: "MANIFEST.json")
        }
        #expect(problems == [
            .uncommittedLines(file: "orders.jsonl", line: 6, count: 2),
            .uncommittedLines(file: "payments.jsonl", line: 6, count: 1),
        ])
    }

    @Test func aManifestThatDisagreesWithAFileIsReported() throws {
        let (fixture, problems) = try damaged { fixture in
            let manifest = try fixture.store.manifest()
            let orders = manifest[.orders]
            let forged = ManifestEntry(lastSeq: orders.lastSeq, lines: orders.lines, bytes: orders.bytes,
                                       chainHead: String(repeating: "a", count: 64))
            try fixture.setBytes(manifest.updating([.orders: forged], lastSeq: 12).encoded(), of: "MANIFEST.json")
        }
        let head = String(try IndependentChain.storedChain(of: fixture.lines(.orders).last!).prefix(12))
        #expect(problems == [.manifestMismatch(file: "orders.jsonl", line: 5,
                                               detail: "it records chain head aaaaaaaaaaaa…; the last line's chain is \(head)…")])
    }

    @Test func aMissingFileIsReported() throws {
        let (_, problems) = try damaged { fixture in try FileManager.default.removeItem(atPath: fixture.path(.fees)) }
        #expect(problems == [.missingFile(file: "fees.jsonl")])
    }

    @Test func anUnreadableManifestIsReportedAndTheFilesAreStillChecked() throws {
        let (_, problems) = try damaged { fixture in
            try fixture.setBytes(Array("{}".utf8), of: "MANIFEST.json")
            var lines = try fixture.lines(.orders)
            lines[2] = Array(String(decoding: lines[2], as: UTF8.self).replacingOccurrences(of: "300.00", with: "390.00").utf8)
            try fixture.setLines(lines, of: .orders)
        }
        #expect(problems == [
            .manifestUnreadable(reason: "formatVersion: is missing"),
            .chainMismatch(file: "orders.jsonl", line: 3),
        ])
    }

    @Test func anEventInTheWrongFileIsReported() throws {
        let (_, problems) = try damaged { fixture in
            var lines = try fixture.lines(.orders)
            lines.append(try fixture.lines(.payments)[0])
            try fixture.setLines(IndependentChain.rechained(lines), of: .orders)
        }
        #expect(problems.contains(.wrongFile(file: "orders.jsonl", line: 6, type: "payment.received")))
    }
}
