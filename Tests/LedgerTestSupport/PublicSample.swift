import LedgerCore
import LedgerEvents
import Billing

/// The public acceptance scenario replayed the way `runs.txt` says: each
/// month's facts appended, then that month's month-end.
///
/// Example: `try PublicSample.ledger()` holds the six months of facts and
/// everything the six month-ends appended (invoices GD-2026-000001…, late
/// fees of 2.96 and 6.66 on GD-2026-000004, the Q1 and Q2 rebates).
public enum PublicSample {
    public static let months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]

    /// `recordedAfterMonth`: when set, each month's facts and month-end are
    /// recorded on that many days after the month's last day (so `--known-at`
    /// has distinct instants to work with); otherwise at the ledger's `now`.
    public static func ledger(through last: String = "2026-06", recordedAfterMonth days: Int? = nil) throws -> InMemoryLedger {
        var ledger = InMemoryLedger()
        for month in months where month <= last {
            let period = Month(parsing: month)!
            if let days { ledger.now = Instant.endOfDay(period.lastDay.adding(days: days)) }
            for family in Fixtures.appendOrder {
                let lines = Fixtures.lines(month, family)
                if !lines.isEmpty { try ledger.append(lines: lines) }
            }
            ledger.monthEnd(period)
        }
        return ledger
    }
}
