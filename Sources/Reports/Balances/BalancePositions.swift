import LedgerCore
import Billing

/// What `balances` needs of a replayed state, per reseller and program:
/// the receivable, and the open amounts by the date after which they are
/// overdue (an invoice's due date, a late fee's date), summed per date.
/// `BalanceReport` is computed from these alone, for any as-of date, so a
/// report from a snapshot of them is the report from the replay.
///
/// Example (the demo ledger, `EventLogs/`, every event replayed): R-EMPIRE
/// groupdocs USD, balance 115.21, nine open late fees dated 2026-01-31
/// (12.18) … 2026-09-30 (9.30). A report as of 2026-11-22 from these
/// positions: open 115.21, overdue 115.21 (every date is before it).
public struct BalancePositions: Sendable, Equatable {
    public struct OpenItem: Sendable, Equatable {
        /// Overdue on every as-of date after this one.
        public let overdueAfter: CivilDate
        public let amount: Money

        public init(overdueAfter: CivilDate, amount: Money) {
            self.overdueAfter = overdueAfter
            self.amount = amount
        }
    }

    public struct Position: Sendable, Equatable {
        public let reseller: String
        public let program: String
        public let currency: Currency
        public let balance: Money
        /// By date, one item per date.
        public let open: [OpenItem]

        public init(reseller: String, program: String, currency: Currency, balance: Money, open: [OpenItem]) {
            self.reseller = reseller
            self.program = program
            self.currency = currency
            self.balance = balance
            self.open = open
        }
    }

    /// Sorted by reseller, then program.
    public let positions: [Position]

    public init(positions: [Position]) { self.positions = positions }

    public init(state: LedgerState) {
        positions = state.enrolments.keys.sorted().compactMap { key in
            guard let enrolment = state.enrolments[key] else { return nil }
            var byDate: [CivilDate: Money] = [:]
            for invoice in state.openInvoices(of: key) { byDate[invoice.due, default: .zero(enrolment.currency)] += invoice.open }
            for fee in state.openLateFees(of: key) { byDate[fee.date, default: .zero(enrolment.currency)] += fee.open }
            let open = byDate.sorted { $0.key < $1.key }.map { OpenItem(overdueAfter: $0.key, amount: $0.value) }
            return Position(reseller: key.reseller, program: key.program, currency: enrolment.currency,
                            balance: enrolment.receivable, open: open)
        }
    }
}
