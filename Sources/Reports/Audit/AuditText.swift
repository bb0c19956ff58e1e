import LedgerCore

/// How the audit writes numbers and dates for people: grouped amounts,
/// percentages with a sign, date ranges.
///
/// Example: 225000 minor USD → `2,250.00`; an effect of −90000 → `-900.00`,
/// +88189 → `+881.89`; percent "12" → `12%`; 2026-03-28…2026-03-31 →
/// `2026-03-28 … 2026-03-31`.
enum AuditText {
    static func money(_ amount: Money) -> String { amount.grouped }

    /// A decimal of the ledger shown as an amount of `currency` (grouped).
    static func money(_ decimal: DecimalNumber, _ currency: Currency) -> String {
        (try? Money(decimal, currency: currency))?.grouped ?? decimal.description
    }

    static func signed(_ amount: Money) -> String { amount.isNegative ? amount.grouped : "+" + amount.grouped }

    static func percent(_ value: DecimalNumber) -> String { "\(value)%" }

    static func range(_ from: CivilDate, _ through: CivilDate) -> String {
        from == through ? from.description : "\(from) … \(through)"
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
