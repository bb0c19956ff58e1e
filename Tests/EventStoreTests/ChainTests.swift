import Foundation
import LedgerCore
import LedgerEvents
import Testing
@testable import EventStore

/// The stored lines carry the chain of DESIGN.md §2, recomputed here from
/// the formula rather than taken from the store.
@Suite struct ChainTests {
    @Test func everyChainIsTheHashOfThePreviousChainAndTheLinesPrefix() throws {
        let fixture = try Fixture()
        try fixture.append(Sample.mixedBatch)
        try fixture.append([Sample.order("ord-6"), Sample.payment("pay-6")], now: Sample.november)
        for family in [EventFamily.programs, .orders, .payments] {
            var previous = String(repeating: "0", count: 64)
            for line in try fixture.lines(family) {
                let expected = SHA256.hexDigest(Array(previous.utf8) + IndependentChain.prefix(of: line))
                #expect(IndependentChain.storedChain(of: line) == expected)
                previous = expected
            }
            #expect(try fixture.store.manifest()[family].chainHead == previous)
        }
    }

    @Test func aStoredLineIsThePrefixThenTheChainLastThenANewline() throws {
        let fixture = try Fixture()
        let order = Sample.order("ord-1")
        try fixture.append([order], now: Sample.march)
        var stored = order
        stored.seq = 1
        let prefix = EventCodec.encodeStoredPrefix(stored, recorded: Sample.march)
        let chain = SHA256.hexDigest(Array(String(repeating: "0", count: 64).utf8) + prefix)
        let expected = prefix + Array(#","chain":"\#(chain)"}"#.utf8) + [0x0A]
        #expect(try fixture.bytes(.orders) == expected)
        #expect(String(decoding: prefix, as: UTF8.self).hasPrefix(#"{"seq":1,"id":"ord-1","type":"order.placed","recorded":"2026-03-03T10:15:00Z","effective":"2026-03-02","#))
    }

    /// The worked example of Docs/StoreFormat.md (checked against Python's
    /// hashlib when it was written): if this changes, the document must too.
    @Test func theDocumentedWorkedExample() throws {
        let firstPrefix = #"{"seq":1,"id":"tax-ny","type":"tax.rate","recorded":"2026-01-05T09:00:00Z","effective":"2026-01-01","jurisdiction":"US-NY","percent":"8.875""#
        let secondPrefix = #"{"seq":2,"id":"tax-ny-2","type":"tax.rate","recorded":"2026-01-05T09:00:00Z","effective":"2026-07-01","jurisdiction":"US-NY","percent":"9""#
        let first = SHA256.hexDigest(Array((String(repeating: "0", count: 64) + firstPrefix).utf8))
        let second = SHA256.hexDigest(Array((first + secondPrefix).utf8))
        #expect(first == "e435b060a1a17f7e45c8591450753c21191aa3c4d66d95ef0a439fc2eea6c577")
        #expect(second == "6d066177e3ea7e281539fbc79c50c063bc9334562b5b0040398185118c3e0f3c")
        let fixture = try Fixture()
        try fixture.append([Sample.taxRate("tax-ny"), Sample.taxRate("tax-ny-2", percent: "9", effective: "2026-07-01")],
                           now: Sample.january)
        let expected = firstPrefix + #","chain":"\#(first)"}"# + "\n" + secondPrefix + #","chain":"\#(second)"}"# + "\n"
        #expect(String(decoding: try fixture.bytes(.programs), as: UTF8.self) == expected)
        #expect(try fixture.store.manifest()[.programs] == ManifestEntry(lastSeq: 2, lines: 2, bytes: 432, chainHead: second))
    }
}
