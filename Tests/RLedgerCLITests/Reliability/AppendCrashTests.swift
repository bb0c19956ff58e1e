import Foundation
import Testing
import LedgerTestSupport

/// The crash test: appends killed with SIGKILL at random moments lose
/// nothing that was acknowledged and leave nothing `repair` cannot fix.
/// CI kills 50 times; `Scripts/crash-test.sh` 200 times (Docs/Reliability.md).
@Suite(.serialized) struct AppendCrashTests {
    @Test func killedAppendsLoseNothingAcknowledged() throws {
        let cli = try CLIFixture()
        #expect(try cli.initWithGroupDocs().status == 0)
        let harness = try AppendCrashHarness(cli: cli, rledger: try RLedgerBinary.path())
        var random = SeededGenerator(seed: ReliabilityScale.seed)
        for kill in 0..<ReliabilityScale.crashKills {
            try harness.killOnce(using: &random)
            if kill % 4 == 3 { try harness.killInsideWrite(using: &random) }
        }
        try harness.finish()
        let tally = harness.tally
        let found = try harness.batchesFound()
        let verdict = found == harness.acknowledged.count ? "equal" : "NOT EQUAL"
        print("crash test (seed \(ReliabilityScale.seed)): \(tally.kills) kills at random moments and \(tally.killsInsideWrite) inside a write, "
              + "\(tally.tornTails) torn tails repaired "
              + "(\(tally.tornLines) torn lines, \(tally.uncommittedBatches) uncommitted batches), "
              + "\(harness.acknowledged.count) batches acknowledged, \(found) batches found: \(verdict)")
        #expect(found == harness.acknowledged.count)
        #expect(harness.acknowledged.count > 0)
        #expect(cli.run("verify").status == 0)
    }
}
