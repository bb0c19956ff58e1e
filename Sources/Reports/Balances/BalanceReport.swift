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
        self.init(positions: BalancePositions(state: state), asOf: asOf, reseller: reseller)
    }

    /// The same from the positions of such a state (or of a later one, when
    /// no event is effective between `asOf` and that state's last date).
    public init(positions: BalancePositions, asOf: CivilDate, reseller: String? = nil) {
        self.asOf = asOf
        rows = positions.positions.compactMap { position in
            guard reseller == nil || position.reseller == reseller else { return nil }
            var open = Money.zero(position.currency), overdue = Money.zero(position.currency)
            for item in position.open {
                open += item.amount
                if item.overdueAfter < asOf { overdue += item.amount }
            }
            return Row(reseller: position.reseller, program: position.program, currency: position.currency,
                       balance: position.balance, open: open, overdue: overdue)
        }
    }
}
