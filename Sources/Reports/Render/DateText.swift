import LedgerCore

/// Dates in words for headings; tables and JSON keep ISO dates
/// (`2026-03-31`), which read the same in every country.
///
/// Example: month 2026-03 → "March 2026"; 2026-03-31 → "31 March 2026".
enum DateText {
    static let monthNames = ["January", "February", "March", "April", "May", "June",
                             "July", "August", "September", "October", "November", "December"]

    static func month(_ month: Month) -> String { "\(monthNames[month.month - 1]) \(month.year)" }

    static func long(_ date: CivilDate) -> String {
        let c = date.components
        return "\(c.day) \(monthNames[c.month - 1]) \(c.year)"
    }
}
