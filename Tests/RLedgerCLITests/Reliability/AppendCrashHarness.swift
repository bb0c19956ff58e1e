import Foundation
import EventStore
import LedgerTestSupport

/// Drives the crash test: a child process appends batches in a loop and is
/// killed with SIGKILL at a random moment; after each kill the ledger must
/// verify clean or show only what an interrupted append leaves, `repair`
/// must fix that, and every batch the child reported as appended must be
/// in the ledger, whole. Then a new child continues with the first batch
/// not yet reported, which may be the one the kill interrupted: a retry
/// that finds its events already present reports it without appending it
/// twice.
///
/// Example: with 50 kills, a run prints
/// `crash test (seed 20261101): 50 kills at random moments and 12 inside a write, 30 torn tails repaired (12 torn lines, 18 uncommitted batches), 85 batches acknowledged, 85 batches found: equal`.
final class AppendCrashHarness {
    struct Tally {
        /// Kills from outside at a random moment.
        var kills = 0
        /// Kills from inside a write, after a random number of its bytes.
        var killsInsideWrite = 0
        var tornLines = 0
        var uncommittedBatches = 0
        var tornTails: Int { tornLines + uncommittedBatches }
    }

    let cli: CLIFixture
    let rledger: String
    private(set) var tally = Tally()
    private(set) var acknowledged: [String] = []
    /// A running estimate of how long one batch takes, which scales the
    /// random kill delays to the ledger's current speed.
    private var secondsPerBatch = 0.06
    private let batchesPerChild = 64

    init(cli: CLIFixture, rledger: String) throws {
        self.cli = cli
        self.rledger = rledger
        try FileManager.default.createDirectory(atPath: batchDirectory, withIntermediateDirectories: true)
    }

    var batchDirectory: String { cli.scratch.path("batches") }
    var acksPath: String { cli.scratch.path("acks.txt") }
    var errorsPath: String { cli.scratch.path("child-errors.txt") }

    static func batchName(_ index: Int) -> String { "b" + String(format: "%06d", index) }

    /// One cycle: start a child at the first unacknowledged batch, kill it
    /// after a random delay, then recover and check the ledger.
    func killOnce(using random: inout SeededGenerator) throws {
        let started = Date()
        let before = acknowledged.count
        let child = try startChild(batches: batchesPerChild)
        let delay = Double.random(in: 0...(3 * secondsPerBatch), using: &random)
        usleep(UInt32(delay * 1_000_000))
        child.kill()
        let termination = child.wait()
        guard termination == .signalled(SIGKILL) else {
            throw failure("the child \(termination) before the kill: \(RLedgerBinary.text(errorsPath))")
        }
        tally.kills += 1
        acknowledged = readAcknowledged()
        let progress = acknowledged.count - before
        let elapsed = Date().timeIntervalSince(started)
        if progress > 0 { secondsPerBatch = 0.7 * secondsPerBatch + 0.3 * elapsed / Double(progress) }
        try recover()
        try checkLedger()
    }

    /// One cycle in which `rledger` kills itself in the middle of a write
    /// (`RLEDGER_DEBUG_WRITE_FAULT=write#N:crash-after=B`, debug builds): a
    /// kill from outside almost never lands inside the microseconds a write
    /// takes, and this is the kill that leaves a torn line.
    func killInsideWrite(using random: inout SeededGenerator) throws {
        // The batch in flight at the last kill may be in the ledger already,
        // and then would not be written again: retry it first.
        try finish()
        let name = Self.batchName(acknowledged.count)
        try ReliabilityBatch.write(name, in: batchDirectory)
        // Both files of the batch get one write of one line of about 230
        // bytes; stopping within the first 200 tears that line.
        let fault = "write#\(Int.random(in: 1...2, using: &random)):crash-after=\(Int.random(in: 1...200, using: &random))"
        let child = try ChildProcess([rledger, "--ledger", cli.ledger, "append", batchDirectory + "/" + name + ".jsonl"],
                                     environment: ["RLEDGER_NOW": cli.environment["RLEDGER_NOW"] ?? "", "RLEDGER_DEBUG_WRITE_FAULT": fault],
                                     errors: errorsPath)
        let termination = child.wait()
        guard termination == .signalled(SIGKILL) else {
            throw failure("rledger with \(fault) \(termination) instead of killing itself: \(RLedgerBinary.text(errorsPath))")
        }
        tally.killsInsideWrite += 1
        try recover()
        try checkLedger()
    }

    /// Appends the next batch with no kill: the retry a producer makes
    /// after a crash, so that the batch in flight at the last kill is
    /// acknowledged too.
    func finish() throws {
        let child = try startChild(batches: 1)
        let termination = child.wait()
        guard termination == .exited(0) else { throw failure("the last append \(termination): \(RLedgerBinary.text(errorsPath))") }
        acknowledged = readAcknowledged()
        try checkLedger()
    }

    private func startChild(batches count: Int) throws -> ChildProcess {
        let names = (acknowledged.count..<(acknowledged.count + count)).map(Self.batchName)
        for name in names { try ReliabilityBatch.write(name, in: batchDirectory) }
        let environment = ["RLEDGER": rledger, "LEDGER": cli.ledger, "BATCHES": batchDirectory, "ACKS": acksPath,
                           "RLEDGER_NOW": cli.environment["RLEDGER_NOW"] ?? ""]
        return try ChildProcess(["/bin/sh", "-c", ReliabilityBatch.appendLoop, "sh"] + names,
                                environment: environment, errors: errorsPath)
    }

    /// The names the children reported, in order; only whole lines count.
    private func readAcknowledged() -> [String] {
        let text = RLedgerBinary.text(acksPath)
        let complete = text.hasSuffix("\n") ? text : String(text[..<(text.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex)])
        return complete.split(separator: "\n").map(String.init)
    }

    /// `verify` passes, or reports only torn tails and uncommitted lines,
    /// which `repair` moves aside; then `verify` passes.
    private func recover() throws {
        let verified = cli.run("verify")
        guard verified.status != 0 else { return }
        let problems = verified.output.split(separator: "\n")
        for problem in problems {
            if problem.contains(": torn tail: ") {
                tally.tornLines += 1
            } else if problem.contains(" uncommitted line") {
                tally.uncommittedBatches += 1
            } else {
                throw failure("after kill \(tally.kills), verify reports more than an interrupted append:\n\(verified.output)")
            }
        }
        let repaired = cli.run("repair")
        guard repaired.status == 0 else { throw failure("repair failed after kill \(tally.kills): \(repaired.errors)") }
        let again = cli.run("verify")
        guard again.status == 0 else { throw failure("verify after repair (kill \(tally.kills)):\n\(again.output)\(again.errors)") }
    }

    /// Every acknowledged batch is in the ledger, whole, and no batch is
    /// there in part; seqs run from 1 without a gap.
    func checkLedger() throws {
        let events = try LedgerStore(opening: cli.ledger).readAll()
        guard events.map(\.seq) == Array(1...events.count) else { throw failure("seqs are not 1...\(events.count)") }
        let counts = ReliabilityBatch.eventCounts(events)
        if let partial = counts.first(where: { $0.value != ReliabilityBatch.eventsPerBatch }) {
            throw failure("batch \(partial.key) is in the ledger with \(partial.value) of \(ReliabilityBatch.eventsPerBatch) events")
        }
        if let lost = acknowledged.first(where: { counts[$0] == nil }) {
            throw failure("batch \(lost) was acknowledged but is not in the ledger")
        }
        guard Set(acknowledged).count == acknowledged.count else { throw failure("a batch was acknowledged twice") }
    }

    /// Batches whose events are all in the ledger.
    func batchesFound() throws -> Int {
        ReliabilityBatch.eventCounts(try LedgerStore(opening: cli.ledger).readAll()).count
    }

    private func failure(_ message: String) -> ChildProcessError { ChildProcessError(message: message) }
}
