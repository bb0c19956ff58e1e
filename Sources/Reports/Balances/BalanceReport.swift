import LedgerCore
import LedgerEvents
import Billing

/// Balances per reseller and program as of a date (RULES.md §0b.11):
/// `balance` is the receivable (positive: owes; negative: holds credit),
/// `open` the open amounts of invoices and late fees, `overdue` those with
/// a due date before the as-of date.
///
/// Example (public sample, as of 2026-06-30): R-HANSA groupdocs USD balance
/// 9.62, open 9.62, overdue 9.62 — two late fees not yet paid.
public struct BalanceReport: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public let reseller: String
        public let program: String
        public let currency: Currency
        public let balance: Money
        public let open: Money
        public let overdue: Money
    }

    public let asOf: CivilDate
    public let rows: [Row]

    /// `state` must be replayed from the events effective on or before `asOf`.
    public init(state: LedgerState, asOf: CivilDate, reseller: String? = nil) {
        self.asOf = asOf
        rows = state.enrolments.keys.sorted().compactMap { key in
            guard reseller == nil || key.reseller == reseller, let enrolment = state.enrolments[key] else { return nil }
            var open = Money.zero(enrolment.currency), overdue = Money.zero(enrolment.currency)
            for invoice in state.openInvoices(of: key) {
                open += invoice.open
                if invoice.due < asOf { overdue += invoice.open }
            }
            for fee in state.openLateFees(of: key) {
                open += fee.open
                if fee.date < asOf { overdue += fee.open }
            }
            return Row(reseller: key.reseller, program: key.program, currency: enrolment.currency,
                       balance: enrolment.receivable, open: open, overdue: overdue)
        }
    }
}
