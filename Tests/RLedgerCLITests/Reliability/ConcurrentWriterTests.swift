import Foundation
import Testing
import EventStore
import LedgerTestSupport

/// Four processes append at once while a fifth reads balances: every batch
/// arrives whole, seqs are contiguous, every chain verifies, no line is
/// interleaved, and the reader never sees half a batch. CI runs 4 × 50
/// batches; `Scripts/concurrent-writers.sh` runs 4 × 500 (Docs/Reliability.md).
@Suite(.serialized) struct ConcurrentWriterTests {
    static let writers = 4

    @Test func fourWritersAndAReaderLoseNothingAndSeeNoHalfBatch() throws {
        let cli = try CLIFixture()
        #expect(try cli.initWithGroupDocs().status == 0)
        let preamble = try LedgerStore(opening: cli.ledger).readAll().count
        let rledger = try RLedgerBinary.path()
        let perWriter = ReliabilityScale.batchesPerWriter
        let batches = cli.scratch.path("batches")
        try FileManager.default.createDirectory(atPath: batches, withIntermediateDirectories: true)
        var names: [[String]] = []
        for writer in 1...Self.writers {
            names.append((0..<perWriter).map { "w\(writer)-b" + String(format: "%06d", $0) })
            for name in names[writer - 1] { try ReliabilityBatch.write(name, in: batches) }
        }
        let started = Date()
        let children = try names.enumerated().map { index, list in
            try ChildProcess(["/bin/sh", "-c", ReliabilityBatch.appendLoop, "sh"] + list,
                             environment: ["RLEDGER": rledger, "LEDGER": cli.ledger, "BATCHES": batches,
                                           "ACKS": cli.scratch.path("acks-\(index + 1).txt"), "RLEDGER_NOW": "2026-11-01T00:00:00Z"],
                             errors: cli.scratch.path("errors-\(index + 1).txt"))
        }
        let reads = try readBalancesUntilDone(children, cli: cli, rledger: rledger)
        for (index, child) in children.enumerated() {
            #expect(child.wait() == .exited(0), "writer \(index + 1): \(RLedgerBinary.text(cli.scratch.path("errors-\(index + 1).txt")))")
        }
        let seconds = Date().timeIntervalSince(started)
        try checkLedger(cli, names: names, preamble: preamble)
        print("concurrent writers: \(Self.writers) × \(perWriter) batches in \(String(format: "%.1f", seconds)) s, "
              + "\(reads) balance reads during the appends, none saw half a batch")
    }

    /// Runs `rledger balances` again and again until every writer is done;
    /// each balance must be a whole number of batches (a multiple of 3.00).
    func readBalancesUntilDone(_ writers: [ChildProcess], cli: CLIFixture, rledger: String) throws -> Int {
        var reads = 0
        while writers.contains(where: { $0.poll() == nil }) {
            let outcome = try RLedgerBinary.run(["--ledger", cli.ledger, "balances", "--as-of", "2026-12-31",
                                                 "--reseller", "R-ACME", "--format", "json"])
            #expect(outcome.termination == .exited(0), "\(outcome.errors)")
            let minor = try Self.balanceMinor(outcome.output)
            #expect(minor % ReliabilityBatch.balanceStepMinor == 0, "a reader saw balance \(minor) minor units: half a batch")
            reads += 1
        }
        return reads
    }

    /// R-ACME's balance in cents, from `balances --format json`.
    static func balanceMinor(_ json: String) throws -> Int {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let rows = object?["balances"] as? [[String: Any]] ?? []
        guard let text = rows.first?["balance"] as? String, let minor = Int(text.replacingOccurrences(of: ".", with: "")) else {
            throw ChildProcessError(message: "no balance in: \(json)")
        }
        return minor
    }

    /// All batches whole, seqs 1...n, `verify` clean (every line decodes
    /// and chains: nothing interleaved), each writer's batches in its order.
    func checkLedger(_ cli: CLIFixture, names: [[String]], preamble: Int) throws {
        let events = try LedgerStore(opening: cli.ledger).readAll()
        let total = names.joined().count
        #expect(events.count == preamble + total * ReliabilityBatch.eventsPerBatch)
        #expect(events.map(\.seq) == Array(1...events.count))
        let counts = ReliabilityBatch.eventCounts(events)
        #expect(counts.count == total)
        #expect(counts.values.allSatisfy { $0 == ReliabilityBatch.eventsPerBatch })
        for list in names {
            let order = events.filter { $0.id.hasSuffix("-pay") && list.contains(String($0.id.dropLast(4))) }.map { String($0.id.dropLast(4)) }
            #expect(order == list)
        }
        let verified = try RLedgerBinary.run(["--ledger", cli.ledger, "verify"])
        #expect(verified.termination == .exited(0))
        #expect(verified.output == "ok: \(events.count) events in 9 files, chains verified\n")
        #expect(try Self.balanceMinor(try RLedgerBinary.run(["--ledger", cli.ledger, "balances", "--as-of", "2026-12-31",
                                                              "--reseller", "R-ACME", "--format", "json"]).output)
                == -total * ReliabilityBatch.balanceStepMinor)
    }
}
