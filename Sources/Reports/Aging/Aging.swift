import LedgerCore

/// Days past due and the aging bucket of a document as of a date.
///
/// Example: due 2026-03-27, as of 2026-03-31 → 4 days past due, bucket
/// 1–30; due 2026-04-15, as of 2026-03-31 → 0 days (not yet due), current.
/// This agrees with the balances report, where a document counts as
/// overdue when its due date is before the as-of date.
public enum Aging {
    /// Whole days after the due date; 0 on or before it (never negative,
    /// so "not yet due" reads the same however far away the due date is).
    public static func daysPastDue(due: CivilDate, asOf: CivilDate) -> Int {
        max(0, asOf.days(since: due))
    }

    public static func bucket(due: CivilDate, asOf: CivilDate) -> AgingBucket {
        AgingBucket(daysPastDue: daysPastDue(due: due, asOf: asOf))
    }
}
