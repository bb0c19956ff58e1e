import Foundation
import Testing
import EventStore
import LedgerEvents
import LedgerTestSupport

/// Seeded fuzzing of the two ways bytes come in: input lines to `append`,
/// and stored lines under the reader. Valid lines are damaged by
/// `LineMutator`; whatever comes out, nothing crashes, a refusal names its
/// line and leaves no trace, and damaged stored data is never read as if it
/// were intact. CI runs 600 iterations of each; `RLEDGER_FUZZ_ITERATIONS`
/// and `RLEDGER_SEED` change that.
@Suite struct FuzzTests {
    static let inputs = [
        Corpus.order, Corpus.payment, Corpus.smartSoftOrder, Corpus.award, Corpus.tier, Corpus.account,
        Corpus.licence.replacing("false", "true"), Corpus.refund,
        Corpus.order + "\n" + Corpus.payment,
    ]

    @Test func mutatedInputLinesAreAppendedWholeOrRefusedWithoutATrace() throws {
        let cli = try HostileInputTests.ledger()
        let before = try cli.snapshot()
        let eventsBefore = try LedgerStore(opening: cli.ledger).readAll().count
        var random = SeededGenerator(seed: ReliabilityScale.seed)
        var accepted = 0
        for iteration in 0..<ReliabilityScale.fuzzIterations {
            let source = Array(Self.inputs.randomElement(using: &random)!.utf8)
            let input = LineMutator.mutate(source, using: &random) + [0x0A]
            let outcome = cli.run(["append", "-"], inputBytes: input)
            let context = Comment(rawValue: "iteration \(iteration), seed \(ReliabilityScale.seed): \(String(decoding: input, as: UTF8.self))")
            if outcome.status == 0 {
                accepted += 1
                let appended = Int(outcome.output.split(separator: " ")[1]) ?? -1
                #expect(try LedgerStore(opening: cli.ledger).readAll().count == eventsBefore + appended, context)
                #expect(cli.run("verify").status == 0, context)
                try before.restore(to: cli.ledger)
            } else {
                #expect(outcome.status == 1, context)
                #expect(outcome.errors.hasPrefix("rledger: <stdin>:"), "\(outcome.errors) — \(context)")
                #expect(try cli.snapshot() == before, context)
            }
        }
        print("fuzz append (seed \(ReliabilityScale.seed)): \(ReliabilityScale.fuzzIterations) mutated inputs, "
              + "\(accepted) still valid and appended whole, the rest refused with their line and no trace")
    }

    @Test func damagedStoredLinesAreNeverReadAsIntact() throws {
        let cli = try HostileInputTests.ledger()
        let facts = [Corpus.order, Corpus.payment, Corpus.award, Corpus.account, Corpus.tier]
        #expect(cli.run("append", try cli.input("facts.jsonl", facts.joined(separator: "\n"))).status == 0)
        let store = try LedgerStore(opening: cli.ledger)
        let manifest = try store.manifest()
        let intact = try store.readAll()
        let balances = cli.run("balances", "--as-of", "2026-12-31", "--format", "json")
        let before = try cli.snapshot()
        let files = EventFamily.allCases.filter { manifest[$0].bytes > 0 }
        var random = SeededGenerator(seed: ReliabilityScale.seed)
        var committedDamaged = 0
        for iteration in 0..<ReliabilityScale.fuzzIterations {
            let family = files.randomElement(using: &random)!
            let original = before.files[family.fileName]!
            var damaged = LineMutator.mutate(original, using: &random)
            // One time in eight, the damage is after the committed end: what
            // an interrupted append leaves, which readers must ignore.
            if Int.random(in: 0..<8, using: &random) == 0 { damaged = original + LineMutator.mutate(Array(original.suffix(200)), using: &random) }
            try FileBytes.write(damaged, to: cli.ledger + "/" + family.fileName)
            let committed = manifest[family].bytes
            let committedChanged = damaged.count < committed || damaged.prefix(committed) != original.prefix(committed)
            let context = Comment(rawValue: "iteration \(iteration), seed \(ReliabilityScale.seed), \(family.fileName)")
            if committedChanged {
                committedDamaged += 1
                #expect(throws: StoreError.self, context) { try LedgerStore(opening: cli.ledger).readAll() }
                let read = cli.run("balances", "--as-of", "2026-12-31", "--format", "json")
                #expect(read.status == 1 && read.errors.hasPrefix("rledger: the ledger is damaged: \(family.fileName):"), "\(read.errors) — \(context)")
            } else {
                #expect(try LedgerStore(opening: cli.ledger).readAll() == intact, context)
                #expect(cli.run("balances", "--as-of", "2026-12-31", "--format", "json") == balances, context)
            }
            let verified = try LedgerStore(opening: cli.ledger).verify()
            #expect((damaged == original) == verified.isClean, context)
            try before.restore(to: cli.ledger)
        }
        print("fuzz reader (seed \(ReliabilityScale.seed)): \(ReliabilityScale.fuzzIterations) damaged files, "
              + "\(committedDamaged) damaged in their committed part and all refused by readers, the rest read as intact")
    }
}
