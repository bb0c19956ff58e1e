import Foundation
import Testing
import EventStore
import LedgerTestSupport
@testable import RLedgerCLI

/// Quarter and year closes run on their own: a month-end that closed the
/// quarter already counts as its close, so closing it again appends nothing,
/// and an earlier quarter is refused.
@Suite struct CloseCommandsTests {
    @Test func aQuarterClosedByItsMonthEndHasNothingMoreToDo() throws {
        let replay = try PublicScenarioCLITests.replay()
        let cli = replay.cli
        let count = try LedgerStore(opening: cli.ledger).readAll().count
        #expect(cli.run("quarter-close", "--quarter", "2026-Q2") == .init(
            status: 0, output: "quarter-close 2026-Q2: nothing to do (no new facts since the last run)\n", errors: ""))
        let earlier = cli.run("quarter-close", "--quarter", "2026-Q1")
        #expect(earlier.status == 1)
        #expect(earlier.errors.hasPrefix("rledger: quarter-close 2026-Q1 is earlier than the latest quarter close 2026-Q2; runs only move forward."))
        #expect(try LedgerStore(opening: cli.ledger).readAll().count == count)
    }

    @Test func yearCloseAwardsNothingBelowTheFirstStepAndReportsEligibility() throws {
        let cli = try PublicScenarioCLITests.replay().cli
        #expect(cli.run("year-close", "--year", "2026").errors
                == "rledger: year-close 2026 ends on 2026-12-31, after today (2026-11-01): a period is run once it has ended\n")
        cli.environment["RLEDGER_NOW"] = "2027-01-05T09:00:00Z"
        let outcome = cli.run("year-close", "--year", "2026", "--dry-run")
        #expect(outcome.status == 0)
        // R-ALTAI's 2026 eligible purchases (717,500.00) stay below the first SPIF step (1,000,000.00).
        #expect(!outcome.output.contains("spif.awarded"))
        #expect(outcome.output.contains("Annual-sales eligibility 2026"))
        #expect(outcome.output.contains("R-ALTAI   smartsoft  privileged"))
    }
}
