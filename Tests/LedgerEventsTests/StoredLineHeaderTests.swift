/// `StoredLineHeader.read` against the full decoder: on every line our
/// writer writes it reads the same seq, type, recording instant, effective
/// date and reseller as decoding the whole line, and on any line the fast
/// decoder takes (mutants included) it never reads something else.
///
/// Example: the demo ledger's `invoice.issued` line of R-EMPIRE gives its
/// seq, `.invoiceIssued`, its dates and FNV-1a("R-EMPIRE"); its
/// `program.terms` lines give no reseller.
import Foundation
import Testing
import LedgerCore
@testable import LedgerEvents
import LedgerTestSupport

@Suite struct StoredLineHeaderTests {
    /// The header the full decoder implies for a line.
    func expected(_ event: Event) -> StoredLineHeader {
        StoredLineHeader(seq: event.seq, type: event.type, recorded: event.recorded!, effective: event.effective,
                         resellerHash: event.payload.reseller.map(FNV1a.hash32))
    }

    func header(_ line: [UInt8]) -> StoredLineHeader? { line.withUnsafeBufferPointer(StoredLineHeader.read) }

    @Test func everyTypeWithAndWithoutItsOptionalFields() throws {
        let events = CatalogSamples.all
        #expect(Set(events.map(\.type)) == Set(EventType.allCases))
        for event in events {
            let line = FastPath.storedLine(event)
            let decoded = try EventCodec.decode(line: line, form: .stored).event
            #expect(header(line) == expected(decoded), "\(event.id)")
        }
        #expect(events.contains { $0.payload.reseller == nil } && events.contains { $0.payload.reseller != nil })
    }

    @Test func everyLineOfTheDemoLedger() throws {
        let directory = Fixtures.repositoryRoot.appendingPathComponent("EventLogs")
        var count = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where file.hasSuffix(".jsonl") {
            for line in try FastPath.lines(of: directory.appendingPathComponent(file)) {
                let decoded = try EventCodec.decode(line: line, form: .stored).event
                #expect(header(line) == expected(decoded), "\(file): \(FastPath.text(line))")
                count += 1
            }
        }
        #expect(count > 700)
    }

    @Test func theReaderOfStoredBytesDecodesAsTheArrayDecoder() throws {
        for event in CatalogSamples.all {
            let line = FastPath.storedLine(event)
            let fromBytes = try line.withUnsafeBufferPointer(EventCodec.decodeStored)
            #expect(FastPath.same(fromBytes, try EventCodec.decode(line: line, form: .stored)), "\(event.id)")
        }
        // A line with an escape is not canonical: the strict decoder reads it.
        let escaped = Array(FastPath.payment.replacingOccurrences(of: "R-ACME", with: #"R-\u0041CME"#).utf8)
        #expect(try escaped.withUnsafeBufferPointer(EventCodec.decodeStored).event.payload.reseller == "R-ACME")
        #expect(header(escaped) == nil, "an escape is never read as an id's bytes")
    }

    @Test func notALineOfTheStore() {
        for text in ["", "{", "[]", #"{"seq":0,"id":"a","type":"tax.rate","recorded":"2026-01-01T00:00:00Z","effective":"2026-01-01"}"#,
                     #"{"id":"a","type":"tax.rate","effective":"2026-01-01","jurisdiction":"US-NY","percent":"9"}"#,
                     #"{"seq":1,"id":"a","type":"no.such","recorded":"2026-01-01T00:00:00Z","effective":"2026-01-01"}"#] {
            #expect(header(Array(text.utf8)) == nil, "\(text)")
        }
    }

    /// Mutants of stored lines (bytes flipped, members moved, repeated or
    /// dropped): whenever the fast decoder takes one, the header reads
    /// what it decodes.
    @Test func mutantsTheFastDecoderTakesReadTheSame() throws {
        var random = SeededGenerator(seed: 20_261_122)
        let stored = try FastPath.catalogAndDemoLines()
        var taken = 0
        for _ in 0..<8_000 {
            let mutant = Mutation.apply(to: stored.randomElement(using: &random)!, using: &random)
            guard let decoded = FastLineDecoder.decode(mutant, form: .stored) else { continue }
            taken += 1
            #expect(header(mutant) == expected(decoded.event), "\(FastPath.text(mutant))")
        }
        #expect(taken > 500)
    }
}
