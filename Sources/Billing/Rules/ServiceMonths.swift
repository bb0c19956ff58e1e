import LedgerCore
import LedgerEvents

/// ByteKast subscription billing, monthly in arrears (RULES.md §1, §0b.3).
///
/// Example (worked example 1): an account set up 2026-02-01 or 2026-02-15
/// at 100.00 is first charged for service month 2026-02 on an invoice dated
/// 2026-02-28, due 2026-03-31 (end of the following month); at silver the
/// line nets 80.00.
public enum ServiceMonths {
    /// Service months of an account chargeable through `through` (inclusive
    /// month-end), oldest first.
    public static func chargeable(_ account: AccountRecord, through: CivilDate) -> [Month] {
        var months: [Month] = []
        var month = account.setUp.monthPeriod
        while month.lastDay <= through {
            if let cancelled = account.cancelled, cancelled <= month.firstDay { break }
            months.append(month)
            month = month.next
        }
        return months
    }
}
