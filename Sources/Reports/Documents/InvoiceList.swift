import LedgerCore
import LedgerEvents
import Billing

/// The documents behind `rledger invoices [--reseller R] [--period YYYY-MM]`:
/// every invoice and credit note, by date then number.
///
/// Example (public sample through March, period 2026-03): GD-2026-000005
/// 2026-03-03 R-PACIFIC groupdocs order due 2026-03-03 USD 965.25 open
/// 0.00; BK-2026-000005 2026-03-31 R-ORBIT bytekast subscription due
/// 2026-04-30 USD 1152.00 open 1152.00. A credit note's total is shown
/// negative, so that a column of totals sums to what was billed; it has no
/// due date and no open amount.
public struct InvoiceList: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public let number: String
        public let date: CivilDate
        public let reseller: String
        public let program: String
        /// "order", "subscription" or "creditNote".
        public let kind: String
        public let due: CivilDate?
        public let currency: Currency
        public let total: Money
        public let open: Money?
    }

    public let reseller: String?
    public let period: Month?
    public let rows: [Row]

    /// `events` are the stored events (for credit-note dates) and `state`
    /// their replay (for open amounts).
    public init(events: [Event], state: LedgerState, reseller: String? = nil, period: Month? = nil) {
        self.reseller = reseller
        self.period = period
        var rows: [Row] = []
        for event in events {
            guard reseller == nil || event.payload.reseller == reseller,
                  period.map({ $0.contains(event.effective) }) ?? true,
                  let row = Self.row(event, state) else { continue }
            rows.append(row)
        }
        self.rows = rows.sorted { ($0.date, $0.number) < ($1.date, $1.number) }
    }

    static func row(_ event: Event, _ state: LedgerState) -> Row? {
        switch event.payload {
        case .invoiceIssued(let p):
            let total = Money(stored: p.total, p.currency)
            return Row(number: p.number, date: event.effective, reseller: p.reseller, program: p.program, kind: p.kind,
                       due: p.due, currency: p.currency, total: total, open: state.invoices[p.number]?.open ?? total)
        case .creditNoteIssued(let p):
            guard let currency = state.enrolments[EnrolmentKey(reseller: p.reseller, program: p.program)]?.currency else { return nil }
            return Row(number: p.number, date: event.effective, reseller: p.reseller, program: p.program, kind: "creditNote",
                       due: nil, currency: currency, total: -Money(stored: p.total, currency), open: nil)
        default:
            return nil
        }
    }
}
