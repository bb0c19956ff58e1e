/// The fast path of `EventCodec.decode` (`FastLineDecoder`) against the
/// strict decoder (`EventCodec.strictDecode`): on every line the fast path
/// gives nil or exactly the strict result, it never takes a line the strict
/// decoder refuses, and it does take every line our writer writes.
///
/// Example: the demo ledger's stored lines all take the fast path and decode
/// to the same events as through the JSON tree; the same lines with a byte
/// flipped, a key moved or a member repeated give nil or the same result
/// as the strict decoder, never an event where it refuses.
import Foundation
import Testing
import LedgerCore
@testable import LedgerEvents
import LedgerTestSupport

@Suite struct FastLineDecoderTests {
    // MARK: Lines our writer wrote: all of them take the fast path

    @Test func everyLineOfTheDemoLedgerTakesTheFastPath() throws {
        let directory = Fixtures.repositoryRoot.appendingPathComponent("EventLogs")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".jsonl") }
        var count = 0
        for file in files.sorted() {
            for line in try FastPath.lines(of: directory.appendingPathComponent(file)) {
                #expect(FastPath.check(line, .stored) == .fast, "\(file): \(FastPath.text(line))")
                count += 1
            }
        }
        #expect(files.count == EventFamily.allCases.count)
        #expect(count > 700)
    }

    @Test func thePublicScenarioTakesTheFastPathAsInputAndAsStored() throws {
        // The scenario's input lines are hand-written: a few have their keys
        // in another order than the writer's (`region` last), which the
        // strict decoder reads; `check` fails a line in writer order that
        // the fast path does not take.
        var inputs: [FastPath.Outcome: Int] = [:]
        for month in PublicSampleLedger.months {
            for family in Fixtures.appendOrder {
                for line in Fixtures.lines(month, family) {
                    let outcome = FastPath.check(Array(line.utf8), .input)
                    #expect(outcome == .fast || outcome == .strictOnly, "\(month)/\(family): \(line)")
                    inputs[outcome, default: 0] += 1
                }
            }
        }
        #expect(inputs[.fast, default: 0] > 50)
        #expect(inputs[.strictOnly, default: 0] < 5)
        let events = try PublicSampleLedger.through("2026-06").events
        for event in events {
            #expect(FastPath.check(FastPath.storedLine(event), .stored) == .fast, "\(event.id)")
        }
        #expect(Set(events.map(\.type)).count >= 12)
    }

    @Test func aGeneratedLedgerTakesTheFastPathAsInputAndAsStored() throws {
        var generator = LedgerGenerator(seed: 7, resellersPerProgram: 3, months: 12)
        let events = try generator.ledger().events
        for event in events {
            #expect(FastPath.check(FastPath.storedLine(event), .stored) == .fast, "\(event.id)")
            #expect(FastPath.check(EventCodec.encodeInput(event), .input) == .fast, "\(event.id)")
        }
        #expect(events.count > 500)
        #expect(Set(events.map(\.type)).count >= 15)
    }

    /// Every type of the catalog, once with every optional field and once
    /// with none, so no field of the schema is left to the strict path.
    @Test func everyTypeWithAndWithoutItsOptionalFieldsTakesTheFastPath() {
        let events = CatalogSamples.all
        #expect(Set(events.map(\.type)) == Set(EventType.allCases))
        for event in events {
            #expect(FastPath.check(FastPath.storedLine(event), .stored) == .fast, "\(event.id)")
            #expect(FastPath.check(EventCodec.encodeInput(event), .input) == .fast, "\(event.id)")
        }
    }

    // MARK: Lines the fast path leaves to the strict decoder

    /// Lines the strict decoder reads (or refuses) that our writer does not
    /// write: the fast path gives nil for each, and the public entry gives the
    /// strict result.
    @Test(arguments: [
        ("a space after a colon", #""amount":"900.00""#, #""amount": "900.00""#, FastPath.Outcome.strictOnly),
        ("a space before the end", #"}"#, #"} "#, .strictOnly),
        ("keys in another order", #""payment":"BT-1","amount":"900.00""#, #""amount":"900.00","payment":"BT-1""#, .strictOnly),
        ("an optional key as null", #""reference":"GD-2026-000001""#, #""reference":null"#, .strictOnly),
        ("an escape in a string", #""reseller":"R-ACME""#, #""reseller":"R-\u0041CME""#, .strictOnly),
        ("an escaped key", #""method":"#, #""\u006dethod":"#, .strictOnly),
        ("a key twice", #""method":"bankTransfer""#, #""method":"bankTransfer","method":"bankTransfer""#, .refused),
        ("an unknown key", #""method":"bankTransfer""#, #""method":"bankTransfer","memo":"x""#, .refused),
        ("an amount as a number", #""amount":"900.00""#, #""amount":900.00"#, .refused),
        ("a seq with a leading zero", #""seq":7"#, #""seq":07"#, .refused),
        ("a seq with a fraction", #""seq":7"#, #""seq":7.0"#, .refused),
        ("a seq as -0", #""seq":7"#, #""seq":-0"#, .refused),
        ("a seq of 19 digits", #""seq":7"#, #""seq":9223372036854775807"#, .fast),
        ("a seq past Int64", #""seq":7"#, #""seq":9223372036854775808"#, .refused),
        ("a seq of 20 digits", #""seq":7"#, #""seq":10000000000000000000"#, .refused),
        ("an unknown type", #""payment.received""#, #""payment.reversed""#, .refused),
        ("a zero amount", #""amount":"900.00""#, #""amount":"0.00""#, .refused),
        ("30 February", #""2026-04-15""#, #""2026-02-30""#, .refused),
        ("a recorded time with a fraction", #"08:00:00Z"#, #"08:00:00.5Z"#, .fast),
        ("a raw tab in a string", #""BT-1""#, "\"BT\t1\"", .refused),
        ("a raw DEL in a string", #""reference":"GD-2026-000001""#, "\"reference\":\"GD\u{7F}\"", .fast),
    ])
    func variantsOfAStoredPayment(name: String, old: String, new: String, outcome: FastPath.Outcome) throws {
        let line = FastPath.payment.replacingOccurrences(of: old, with: new, options: [], range: FastPath.payment.range(of: old))
        #expect(line != FastPath.payment)
        #expect(FastPath.check(Array(line.utf8), .stored) == outcome, "\(name)")
    }

    @Test func theStoredPaymentOfTheVariantsTakesTheFastPath() {
        #expect(FastPath.check(Array(FastPath.payment.utf8), .stored) == .fast)
        #expect(FastPath.check(Array(FastPath.payment.utf8), .input) == .refused)
    }

    /// Strings with escapes are written by our writer too (a quote in a
    /// name); the fast path leaves them to the strict decoder.
    @Test func stringsWithEscapesAreLeftToTheStrictDecoder() {
        let event = Event(seq: 3, id: "restore-1", recorded: FastPath.recorded, effective: Event.day("2026-02-01"),
                          payload: .creditRestored(CreditRestoredPayload(reseller: "R-ACME", program: "groupdocs",
                                                                         note: "said \"paid\"\\\n\t\u{1}")))
        #expect(FastPath.check(FastPath.storedLine(event), .stored) == .strictOnly)
        #expect(FastPath.check(EventCodec.encodeInput(event), .input) == .strictOnly)
    }

    @Test func aLineOverTheLimitIsRefusedNotTaken() {
        let event = Event(seq: 3, id: "restore-1", recorded: FastPath.recorded, effective: Event.day("2026-02-01"),
                          payload: .creditRestored(CreditRestoredPayload(reseller: "R-ACME", program: "groupdocs",
                                                                         note: String(repeating: "n", count: LedgerLimits.maximumLineBytes))))
        let line = FastPath.storedLine(event)
        #expect(line.count > LedgerLimits.maximumLineBytes)
        #expect(FastPath.check(line, .stored) == .refused)
        #expect(FastLineDecoder.decode(line, form: .stored) == nil)
    }

    /// The string scanner reads eight bytes at a time: every kind of byte a
    /// string may or may not hold, at every offset of the word, in a short
    /// and in a long string.
    @Test(arguments: FastPath.probes)
    func everyKindOfByteAtEveryOffsetOfAString(probe: FastPath.Probe) {
        for prefixLength in 0..<20 {
            for suffixLength in [0, 1, 7, 12] {
                let text = Array(repeating: UInt8(ascii: "a"), count: prefixLength) + probe.bytes
                    + Array(repeating: UInt8(ascii: "b"), count: suffixLength)
                let line = Array(#"{"seq":4,"id":"restore-2","type":"credit.restored","recorded":"2026-02-01T08:00:00Z","effective":"2026-02-01","reseller":"R-ACME","program":"groupdocs","note":""#.utf8)
                    + text + Array(#"","chain":"0000000000000000000000000000000000000000000000000000000000000000"}"#.utf8)
                #expect(FastPath.check(line, .stored) == probe.outcome, "\(probe.name) after \(prefixLength) bytes")
            }
        }
    }

    /// Whatever the parser refuses, the fast path refuses too (it gives nil).
    @Test(arguments: JSONParserTests.malformed)
    func malformedJSONIsNeverTaken(_ input: JSONParserTests.Malformed) {
        #expect(FastLineDecoder.decode(input.bytes, form: .stored) == nil)
        #expect(FastLineDecoder.decode(input.bytes, form: .input) == nil)
        #expect(FastPath.check(input.bytes, .stored) == .refused)
    }

    // MARK: Mutants

    /// Thousands of damaged copies of canonical lines (bytes flipped,
    /// deleted or inserted, members swapped, repeated, dropped or given
    /// another value, keys misspelt, characters escaped): on each the fast
    /// path gives nil or the strict result, never an event the strict
    /// decoder refuses; and a mutant that is still exactly what the writer
    /// writes takes the fast path.
    @Test func mutantsOfCanonicalLinesNeverPartFromTheStrictDecoder() throws {
        var random = SeededGenerator(seed: 20_260_101)
        let stored = try FastPath.catalogAndDemoLines()
        let input = CatalogSamples.all.map(EventCodec.encodeInput)
        var outcomes: [FastPath.Outcome: Int] = [:]
        var unchanged = 0
        for round in 0..<16_000 {
            let form: EventCodec.Form = round % 4 == 3 ? .input : .stored
            let original = form == .input ? input.randomElement(using: &random)! : stored.randomElement(using: &random)!
            let mutant = Mutation.apply(to: original, using: &random)
            if mutant == original { unchanged += 1 }
            let outcome = FastPath.check(mutant, form, skipPublicEntry: true)
            outcomes[outcome, default: 0] += 1
            if outcome == .failed { break }
        }
        // The mutants reach all three outcomes, each many times.
        #expect(outcomes[.failed] == nil)
        #expect(outcomes[.fast, default: 0] > 1_000)
        #expect(outcomes[.strictOnly, default: 0] > 500)
        #expect(outcomes[.refused, default: 0] > 5_000)
        #expect(unchanged < 1_000)
    }
}

/// The comparison every test above makes, and lines to make it on.
enum FastPath {
    enum Outcome: Hashable, Sendable {
        /// The fast path decoded the line, to the strict result.
        case fast
        /// The fast path gave nil; the strict decoder read the line.
        case strictOnly
        /// Both refused: the fast path gave nil, the strict decoder an error.
        case refused
        /// The fast path and the strict decoder disagree (recorded as an issue).
        case failed
    }

    /// Decodes `line` both ways and records an issue when they disagree:
    /// the fast path takes a line the strict decoder refuses, decodes it to
    /// something else, or leaves a line our writer wrote (no escapes) to
    /// the strict path. `EventCodec.decode`, the public entry, must give the
    /// strict outcome (not checked with `skipPublicEntry`, for speed).
    static func check(_ line: [UInt8], _ form: EventCodec.Form, skipPublicEntry: Bool = false,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Outcome {
        let strict = Result { try EventCodec.strictDecode(line: line, form: form) }
        let fast = FastLineDecoder.decode(line, form: form)
        var outcome: Outcome
        switch strict {
        case .failure(let error):
            outcome = .refused
            if fast != nil {
                Issue.record("the fast path took a line the strict decoder refuses (\(error)): \(text(line))", sourceLocation: sourceLocation)
                outcome = .failed
            }
            if !skipPublicEntry {
                let error = error as? DecodeError
                #expect(error != nil, sourceLocation: sourceLocation)
                #expect(throws: error!, sourceLocation: sourceLocation) { try EventCodec.decode(line: line, form: form) }
            }
        case .success(let expected):
            outcome = fast == nil ? .strictOnly : .fast
            if let fast, !same(fast, expected) {
                Issue.record("the fast path decoded differently: \(text(line))", sourceLocation: sourceLocation)
                outcome = .failed
            }
            if fast == nil, isWriterOutput(line, expected, form), !line.contains(UInt8(ascii: "\\")) {
                Issue.record("the fast path left a line the writer writes to the strict path: \(text(line))", sourceLocation: sourceLocation)
                outcome = .failed
            }
            if !skipPublicEntry {
                let decoded = try? EventCodec.decode(line: line, form: form)
                #expect(decoded.map { same($0, expected) } == true, sourceLocation: sourceLocation)
            }
        }
        return outcome
    }

    /// Equal events and chains, and the same bytes when written again
    /// (strings equal as Swift strings could still differ in their bytes).
    static func same(_ a: EventCodec.Decoded, _ b: EventCodec.Decoded) -> Bool {
        a.event == b.event && a.chain == b.chain && a.event.seq == b.event.seq && a.event.recorded == b.event.recorded
            && EventCodec.encodeInput(a.event) == EventCodec.encodeInput(b.event)
    }

    /// Whether `line` is byte for byte what the writer writes for `decoded`.
    static func isWriterOutput(_ line: [UInt8], _ decoded: EventCodec.Decoded, _ form: EventCodec.Form) -> Bool {
        switch form {
        case .input: return EventCodec.encodeInput(decoded.event) == line
        case .stored:
            guard let recorded = decoded.event.recorded, let chain = decoded.chain else { return false }
            return EventCodec.encodeStoredPrefix(decoded.event, recorded: recorded) + chainSuffix(chain) == line
        }
    }

    static let recorded = Instant(parsing: "2026-02-01T08:00:00Z")!

    /// The line the store writes for a stored event, with a made-up chain
    /// (the SHA-256 of the prefix): the decoder does not check chains.
    static func storedLine(_ event: Event) -> [UInt8] {
        var event = event
        if event.seq == 0 { event.seq = 1 }
        let prefix = EventCodec.encodeStoredPrefix(event, recorded: event.recorded ?? recorded)
        return prefix + chainSuffix(SHA256.hexDigest(prefix))
    }

    static func chainSuffix(_ chain: String) -> [UInt8] { Array(#","chain":""#.utf8) + Array(chain.utf8) + Array(#""}"#.utf8) }

    /// Every catalog sample as a stored line, then every line of the demo
    /// ledger: the originals the mutation tests start from.
    static func catalogAndDemoLines() throws -> [[UInt8]] {
        let directory = Fixtures.repositoryRoot.appendingPathComponent("EventLogs")
        var stored: [[UInt8]] = CatalogSamples.all.map(storedLine)
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where file.hasSuffix(".jsonl") {
            stored += try lines(of: directory.appendingPathComponent(file))
        }
        return stored
    }

    static func lines(of file: URL) throws -> [[UInt8]] {
        try Data(contentsOf: file).split(separator: 0x0A).map { Array($0) }
    }

    static func text(_ line: [UInt8]) -> String {
        let shown = String(decoding: line.prefix(300), as: UTF8.self)
        return line.count > 300 ? shown + "…" : shown
    }

    /// A stored payment as the store writes it.
    static let payment = #"{"seq":7,"id":"pay-1","type":"payment.received","recorded":"2026-04-16T08:00:00Z","effective":"2026-04-15","reseller":"R-ACME","program":"groupdocs","payment":"BT-1","amount":"900.00","currency":"USD","method":"bankTransfer","reference":"GD-2026-000001","chain":"80b402997359d4cd3864b3c8a1342146515e992907be784a9e7cce8715c7f9de"}"#

    /// Bytes put into a string value, and what must become of the line.
    struct Probe: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let outcome: Outcome
        var testDescription: String { name }
    }

    static let probes: [Probe] = [
        Probe(name: "nothing", bytes: [], outcome: .fast),
        Probe(name: "a space", bytes: [0x20], outcome: .fast),
        Probe(name: "DEL", bytes: [0x7F], outcome: .fast),
        Probe(name: "é", bytes: [0xC3, 0xA9], outcome: .fast),
        Probe(name: "€", bytes: [0xE2, 0x82, 0xAC], outcome: .fast),
        Probe(name: "🙂", bytes: [0xF0, 0x9F, 0x99, 0x82], outcome: .fast),
        Probe(name: "U+10FFFF", bytes: [0xF4, 0x8F, 0xBF, 0xBF], outcome: .fast),
        Probe(name: "an escaped quote", bytes: Array(#"\""#.utf8), outcome: .strictOnly),
        Probe(name: "an escaped backslash", bytes: Array(#"\\"#.utf8), outcome: .strictOnly),
        Probe(name: "\\u0041", bytes: Array(#"\u0041"#.utf8), outcome: .strictOnly),
        Probe(name: "a quote", bytes: [0x22], outcome: .refused),
        Probe(name: "a backslash before x", bytes: Array(#"\x"#.utf8), outcome: .refused),
        Probe(name: "NUL", bytes: [0x00], outcome: .refused),
        Probe(name: "a tab", bytes: [0x09], outcome: .refused),
        Probe(name: "U+001F", bytes: [0x1F], outcome: .refused),
        Probe(name: "byte 0xFF", bytes: [0xFF], outcome: .refused),
        Probe(name: "a lone continuation byte", bytes: [0x80], outcome: .refused),
        Probe(name: "an overlong slash", bytes: [0xC0, 0xAF], outcome: .refused),
        Probe(name: "an encoded surrogate", bytes: [0xED, 0xA0, 0x80], outcome: .refused),
        Probe(name: "above U+10FFFF", bytes: [0xF4, 0x90, 0x80, 0x80], outcome: .refused),
        Probe(name: "a cut-off €", bytes: [0xE2, 0x82], outcome: .refused),
        Probe(name: "a lead byte before ASCII", bytes: [0xC3, 0x41], outcome: .refused),
    ]
}
