import Foundation
import LedgerCore
import LedgerEvents
import LedgerTestSupport
@testable import EventStore

/// Sample events and file helpers for the store tests.
///
/// Example: `Sample.order("ord-1")` is an `order.placed` input event for
/// R-ACME effective 2026-03-02; `try Fixture()` is a fresh ledger in a
/// temporary directory; `fixture.lines(.orders)` are the stored lines of
/// `orders.jsonl` without their newlines.
enum Sample {
    static let january = Instant(parsing: "2026-01-05T09:00:00Z")!
    static let march = Instant(parsing: "2026-03-03T10:15:00Z")!
    static let november = Instant(parsing: "2026-11-01T00:00:00Z")!

    static func event(_ json: String) -> Event {
        try! EventCodec.decode(line: Array(json.utf8), form: .input).event
    }

    static func taxRate(_ id: String, percent: String = "8.875", effective: String = "2026-01-01") -> Event {
        event(#"{"id":"\#(id)","type":"tax.rate","effective":"\#(effective)","jurisdiction":"US-NY","percent":"\#(percent)"}"#)
    }

    static func order(_ id: String, price: String = "1000.00", effective: String = "2026-03-02") -> Event {
        event(#"{"id":"\#(id)","type":"order.placed","effective":"\#(effective)","reseller":"R-ACME","program":"groupdocs","order":"\#(id.uppercased())","lines":[{"sku":"GD-TOTAL","category":"license","quantity":1,"unitPrice":"\#(price)"}]}"#)
    }

    static func payment(_ id: String, amount: String = "900.00", effective: String = "2026-04-15") -> Event {
        event(#"{"id":"\#(id)","type":"payment.received","effective":"\#(effective)","reseller":"R-ACME","program":"groupdocs","payment":"\#(id.uppercased())","amount":"\#(amount)","currency":"USD","method":"bankTransfer"}"#)
    }

    /// Twelve events over three files, interleaved so seqs alternate files:
    /// orders hold seqs 2, 4, 6, 8, 10; payments 3, 5, 7, 9, 11; programs 1 and 12.
    static var mixedBatch: [Event] {
        var batch = [taxRate("tax-ny")]
        for index in 1...5 {
            batch.append(order("ord-\(index)", price: "\(index)00.00"))
            batch.append(payment("pay-\(index)", amount: "\(index)0.00"))
        }
        batch.append(taxRate("tax-ny-2", percent: "9"))
        return batch
    }
}

/// A ledger in a temporary directory, with helpers to read and damage its files.
final class Fixture {
    let scratch: TemporaryDirectory
    let store: LedgerStore

    init() throws {
        scratch = try TemporaryDirectory()
        store = try LedgerStore.create(at: scratch.path("EventLogs"))
    }

    var directory: String { store.directory }

    func path(_ family: EventFamily) -> String { directory + "/" + family.fileName }

    func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + relative)))
    }

    func bytes(_ family: EventFamily) throws -> [UInt8] { try bytes(family.fileName) }

    func setBytes(_ bytes: [UInt8], of relative: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + relative))
    }

    /// The file's lines without their newlines (a torn tail, if any, last).
    func lines(_ family: EventFamily) throws -> [[UInt8]] {
        try bytes(family).split(separator: 0x0A, omittingEmptySubsequences: true).map(Array.init)
    }

    func setLines(_ lines: [[UInt8]], of family: EventFamily) throws {
        try setBytes(lines.flatMap { $0 + [0x0A] }, of: family.fileName)
    }

    func snapshot() throws -> DirectorySnapshot { try DirectorySnapshot(of: directory) }

    @discardableResult
    func append(_ batch: [Event], now: Instant = Sample.march) throws -> AppendResult {
        try store.append(batch, now: now) { _, _ in }
    }
}

/// The chain formula, written again here from DESIGN.md §2 so the tests do
/// not take the store's word for it.
enum IndependentChain {
    static let marker = Array(#","chain":""#.utf8)

    static func prefix(of line: [UInt8]) -> [UInt8] {
        var index = line.count - marker.count
        while index >= 0 && Array(line[index..<(index + marker.count)]) != marker { index -= 1 }
        return Array(line[..<index])
    }

    static func storedChain(of line: [UInt8]) -> String {
        let start = prefix(of: line).count + marker.count
        return String(decoding: line[start..<(start + 64)], as: UTF8.self)
    }

    static func chain(previous: String, line: [UInt8]) -> String {
        SHA256.hexDigest(Array(previous.utf8) + prefix(of: line))
    }

    /// Rewrites every chain of a file's lines as a forger would.
    static func rechained(_ lines: [[UInt8]]) -> [[UInt8]] {
        var previous = String(repeating: "0", count: 64)
        return lines.map { line in
            let chain = chain(previous: previous, line: line)
            previous = chain
            return prefix(of: line) + marker + Array(chain.utf8) + Array(#""}"#.utf8)
        }
    }
}
