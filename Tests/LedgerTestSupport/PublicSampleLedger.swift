import LedgerCore
import LedgerEvents
import Billing

/// The public sample replayed through the in-memory ledger month by month,
/// each month's facts appended then its month-end run, as `runs.txt` says.
///
/// Example: `try PublicSampleLedger.through("2026-03")` holds January to
/// March with their month-ends: invoices GD-2026-000001…5 among others and
/// the late fee of 2.96 on GD-2026-000004 dated 2026-03-31.
public enum PublicSampleLedger {
    public static let months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]

    public static func through(_ last: String) throws -> InMemoryLedger {
        var ledger = InMemoryLedger()
        for month in months where month <= last {
            for family in Fixtures.appendOrder {
                let lines = Fixtures.lines(month, family)
                if !lines.isEmpty { try ledger.append(lines: lines) }
            }
            ledger.monthEnd(Month(parsing: month)!)
        }
        return ledger
    }

    /// The events effective on or before `date` and their replay: what a
    /// report as of that date is built from.
    public static func asOf(_ ledger: InMemoryLedger, _ date: CivilDate) -> (events: [Event], state: LedgerState) {
        let events = ledger.events.filter { $0.effective <= date }
        return (events, Projection.replay(events))
    }
}
