import Foundation
import LedgerEvents
import LedgerTestSupport
import Testing
@testable import EventStore

/// The derived index (`derived/`): kept current by every append, rebuilt
/// by `verify`, never trusted over the files — a read falls back to the
/// full chain check, and `readResellerEvents` to nil (a whole read), when
/// it does not match them.
@Suite struct DerivedIndexTests {
    func derived(_ fixture: Fixture) -> DerivedIndexFile { DerivedIndexFile(layout: StoreLayout(directory: fixture.directory)) }

    /// What a whole read gives for one reseller: its events and those of no reseller.
    func expected(_ fixture: Fixture, _ reseller: String) throws -> [Event] {
        try fixture.store.readAll().filter { $0.payload.reseller == nil || $0.payload.reseller == reseller }
    }

    /// The bytes an append writes for an entry are `encoded`'s, for keys
    /// of any script and numbers of any length (zero, powers of ten, the
    /// largest).
    @Test func anEntrysBytesAreItsEncodedLine() {
        let numbers = [0, 1, 9, 10, 99, 100, 12_345, 1_000_000, 4_750_000_000, Int.max]
        for (index, key) in ["R-BY0001", "id:gen-42", "order:bytekast:R-BY0001-O3", "R-Ёлка-東京", ""].enumerated() {
            for family in EventFamily.allCases {
                for number in numbers {
                    let entry = IndexEntry(key: key, family: family, line: number, offset: numbers[(index + 3) % numbers.count],
                                           length: numbers[index % numbers.count])
                    var bytes: [UInt8] = [7]
                    entry.appendEncoded(to: &bytes)
                    #expect(bytes == [7] + Array(entry.encoded.utf8))
                }
            }
        }
    }

    @Test func everyAppendKeepsTheIndexCurrentAndAsVerifyWouldBuildIt() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        try fixture.append([Sample.order("ord-9"), Sample.payment("pay-9")])
        let index = try #require(derived(fixture).read())
        #expect(index.isCurrent(for: try fixture.store.manifest()))
        let entries = try derived(fixture).allEntries(index)
        // Every line under its id; the 6 orders and 6 payments of R-ACME also
        // under R-ACME, and the orders under their order ids too.
        #expect(entries.count == 14 + 12 + 6)
        #expect(entries.filter { $0.key == "R-ACME" }.count == 12)
        #expect(entries.filter { $0.key.hasPrefix("order:groupdocs:") }.count == 6)
        let report = fixture.store.verify()
        #expect(report.isClean && report.warnings.isEmpty, "\(report.lines)")
        // verify rewrote the shards in file order; the appends wrote them batch by batch.
        let rebuilt = try #require(derived(fixture).read())
        #expect(rebuilt.files == index.files)
        #expect(try derived(fixture).allEntries(rebuilt).sorted(by: IndexEntry.fileOrder) == entries.sorted(by: IndexEntry.fileOrder))
    }

    @Test func aResellersEventsComeFromTheIndexEqualToAWholeRead() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let events = try #require(try fixture.store.readResellerEvents("R-ACME"))
        #expect(events == (try expected(fixture, "R-ACME")))
        #expect(try fixture.store.readResellerEvents("R-NOBODY") == (try expected(fixture, "R-NOBODY")))
    }

    @Test func withoutTheIndexTheCallerReadsEverythingAndVerifyRebuildsIt() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        try FileManager.default.removeItem(atPath: fixture.directory + "/derived")
        #expect(try fixture.store.readResellerEvents("R-ACME") == nil)
        #expect(try fixture.store.readAll().count == 12)
        let report = fixture.store.verify()
        #expect(report.isClean && report.warnings.isEmpty)
        #expect(try fixture.store.readResellerEvents("R-ACME") == (try expected(fixture, "R-ACME")))
    }

    @Test func linesCommittedAfterTheIndexAreReadFromTheFiles() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let saved = try fixture.snapshot().files.filter { $0.key.hasPrefix("derived/") }
        try fixture.append([Sample.order("ord-9"), Sample.payment("pay-9")])
        // Put the older index back, as an append killed before its update leaves it.
        for (name, bytes) in saved { try fixture.setBytes(bytes, of: name) }
        #expect(derived(fixture).read()?.isCurrent(for: try fixture.store.manifest()) == false)
        let events = try #require(try fixture.store.readResellerEvents("R-ACME"))
        #expect(events == (try expected(fixture, "R-ACME")))
        #expect(events.contains { $0.id == "ord-9" } && events.contains { $0.id == "pay-9" })
        #expect(try fixture.store.readAll().count == 14)
        // The next append, even one with nothing new, brings it up to date.
        try fixture.append([Sample.order("ord-9")])
        #expect(derived(fixture).read()?.isCurrent(for: try fixture.store.manifest()) == true)
    }

    @Test func anEditedLineIsFoundByTheFullCheckAReadFallsBackTo() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        var lines = try fixture.lines(.orders)
        lines[2] = Array(String(decoding: lines[2], as: UTF8.self).replacingOccurrences(of: "300.00", with: "900.00").utf8)
        try fixture.setLines(lines, of: .orders)
        #expect(throws: StoreError.damaged(.chainMismatch(file: "orders.jsonl", line: 3))) { try fixture.store.readAll() }
        #expect(throws: StoreError.damaged(.chainMismatch(file: "orders.jsonl", line: 3))) {
            try fixture.store.readResellerEvents("R-ACME")
        }
    }

    /// What the seal changes, exactly: bytes that match the checksum of the
    /// last full check are not hashed again. A line whose stored chain is
    /// wrong yet which the seal vouches for (here: the seal forged to match)
    /// reads; `verify`, which hashes everything, still finds it.
    @Test func aReadTrustsBytesTheSealVouchesForAndVerifyDoesNot() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        var lines = try fixture.lines(.orders)
        let edited = String(decoding: lines[2], as: UTF8.self).replacingOccurrences(of: "300.00", with: "900.00")
        lines[2] = Array(edited.utf8)
        try fixture.setLines(lines, of: .orders)
        var index = try #require(derived(fixture).read())
        var checksum = RunningChecksum()
        checksum.update(try fixture.bytes(.orders))
        index.files[.orders]?.checksum = checksum
        try derived(fixture).write(index, adding: [])
        #expect(try fixture.store.readAll().contains { "\($0.payload)".contains("900") })
        #expect(fixture.store.verify().problems == [.chainMismatch(file: "orders.jsonl", line: 3)])
    }

    @Test func aShardThatDoesNotMatchItsChecksumIsNotUsed() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        let shard = DerivedIndex.shardFileName(DerivedIndex.shard(of: "R-ACME"))
        var bytes = try fixture.bytes("derived/" + shard)
        // The last entry's reseller becomes another: R-ACME would lose a line.
        let lastEntry = try #require(bytes.dropLast().lastIndex(of: 0x0A)) + 1
        bytes[lastEntry + 5] = UInt8(ascii: "F")
        try fixture.setBytes(bytes, of: "derived/" + shard)
        #expect(try fixture.store.readResellerEvents("R-ACME") == nil)
        #expect(fixture.store.verify().warnings == [.derivedIndexRebuilt])
        #expect(try fixture.store.readResellerEvents("R-ACME") == (try expected(fixture, "R-ACME")))
    }

    @Test func anIndexEntryPointingAtAnotherLineIsNotUsed() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        var index = try #require(derived(fixture).read())
        // An index claiming a tax-rate line (no reseller's) for R-ACME.
        let programs = try fixture.lines(.programs)
        let wrong = IndexEntry(key: "R-ACME", family: .programs, line: 1, offset: 0, length: programs[0].count)
        index = try derived(fixture).write(index, adding: [wrong])
        #expect(try fixture.store.readResellerEvents("R-ACME") == nil)
        #expect(fixture.store.verify().warnings == [.derivedIndexRebuilt])
    }
}

/// The running checksum behind the seal.
@Suite struct RunningChecksumTests {
    let text = Array("The quick brown fox jumps over the lazy dog, and then some more bytes.".utf8)

    func checksum(_ bytes: [UInt8]) -> RunningChecksum {
        var checksum = RunningChecksum()
        checksum.update(bytes)
        return checksum
    }

    @Test func feedingInPiecesGivesTheSameStateAsAtOnce() {
        let whole = checksum(text)
        for split in 0...text.count {
            for second in split...text.count {
                var pieces = RunningChecksum()
                pieces.update(Array(text[..<split]))
                pieces.update(Array(text[split..<second]))
                pieces.update(Array(text[second...]))
                #expect(pieces == whole, "split at \(split), \(second)")
            }
        }
    }

    @Test func everySingleByteChangeChangesTheValue() {
        let value = checksum(text).value
        for index in text.indices {
            for byte in [UInt8(0), 0x20, 0x41, 0xFF] where byte != text[index] {
                var changed = text
                changed[index] = byte
                #expect(checksum(changed).value != value, "byte \(index) set to \(byte)")
            }
        }
        #expect(checksum(text + [0]).value != value)
        #expect(checksum(Array(text.dropLast())).value != value)
    }

    /// The value is stored in `derived/index.json`; changing the function
    /// makes every stored seal mismatch (and reads hash everything once).
    @Test func theFunctionIsPinned() {
        #expect(checksum([]).value == RunningChecksum.mix(RunningChecksum.seed, 0))
        #expect(DerivedIndex.hex(checksum(Array("abc".utf8)).value) == DerivedIndex.hex(
            RunningChecksum.mix(RunningChecksum.mix(RunningChecksum.seed, 0x63_62_61), 3)))
    }
}
