import Foundation
import Testing
import EventStore
import LedgerCore
import LedgerEvents
import Billing
import Reports
@testable import RLedgerCLI

/// The replay from line keys (`StreamedReplay`) gives the positions of one
/// replay of all the events, for any number of partitions and as-of date,
/// and `balances` prints the same report whether it replays from the keys
/// (sealed by the derived index or hashed without it) or from every event.
///
/// Example: a generated ledger of 24 resellers over 6 months, as of its
/// third month's end: the same positions from the keys in 1, 2, 3 or 7
/// partitions as from `Projection.replay` of the events read as of then.
@Suite struct StreamedReplayTests {
    func generated() throws -> CLIFixture {
        let cli = try CLIFixture()
        #expect(cli.run("generate", "--resellers", "24", "--months", "6", "--seed", "11", "--out", cli.ledger).status == 0)
        return cli
    }

    @Test func theSamePositionsAsOneReplayOfEveryEvent() throws {
        let cli = try generated()
        let store = try LedgerStore(opening: cli.ledger)
        for asOf in ["2026-01-15", "2026-03-31", "2026-06-30", "2027-12-31"].map({ CivilDate(parsing: $0)! }) {
            let events = try store.readForReplay(asOf: asOf, knownAt: nil).events
            let whole = BalancePositions(state: Projection.replay(events))
            #expect(whole.positions.count > 10)
            for partitions in [1, 2, 3, 7] {
                let read = try #require(try StreamedReplay.readLineKeys(store, asOf: asOf, partitions: partitions))
                #expect(try StreamedReplay.positions(read) == whole, "as of \(asOf), \(partitions) partitions")
            }
        }
    }

    /// From line keys with the index (sealed lines), without it (every
    /// chain hashed), and from every event (a known-at instant takes that
    /// path): the same report.
    @Test func balancesPrintsTheSameWithAndWithoutTheIndex() throws {
        let cli = try generated()
        for asOf in ["2026-02-28", "2026-06-30"] {
            let streamed = cli.run("balances", "--as-of", asOf, "--format", "csv")
            let replayed = cli.run("balances", "--as-of", asOf, "--format", "csv", "--known-at", "2099-01-01T00:00:00Z")
            try FileManager.default.removeItem(atPath: cli.ledger + "/derived")
            let hashed = cli.run("balances", "--as-of", asOf, "--format", "csv")
            #expect(streamed.status == 0 && replayed.status == 0 && hashed.status == 0)
            #expect(streamed.output == replayed.output, "as of \(asOf)")
            #expect(streamed.output == hashed.output, "as of \(asOf)")
            #expect(streamed.output.split(whereSeparator: \.isNewline).count > 10)
            // `verify` builds the index again for the next date.
            #expect(cli.run("verify").status == 0)
            #expect(FileManager.default.fileExists(atPath: cli.ledger + "/derived/index.json"))
        }
    }

    /// Partitions of about 2,000 lines, a multiple of the cores, so each
    /// state stays small whatever the size of the ledger.
    @Test func partitionsGrowWithTheLedger() {
        #expect(StreamedReplay.partitionCount(lines: 0, cores: 2) == 2)
        #expect(StreamedReplay.partitionCount(lines: 4_000, cores: 2) == 2)
        #expect(StreamedReplay.partitionCount(lines: 4_001, cores: 2) == 4)
        #expect(StreamedReplay.partitionCount(lines: 1_000_000, cores: 2) == 500)
        #expect(StreamedReplay.partitionCount(lines: 10_089_991, cores: 2) == 5_046)
        #expect(StreamedReplay.partitionCount(lines: 1_000_000, cores: 1) == 500)
    }
}
