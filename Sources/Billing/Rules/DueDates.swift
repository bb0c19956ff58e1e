import LedgerCore
import LedgerEvents

/// Due dates of order invoices, with GroupDocs' prepayment rules.
///
/// Examples: GroupDocs worked example 6 — a new reseller's orders 1, 2 and 3
/// are due on their order dates (prepaid), order 4 net 30. Worked example 5
/// — invoice due 2026-04-01 still open at the end of that day starts a hold
/// on 2026-04-02; an order on 2026-04-20 is then due 2026-04-20, until a
/// `credit.restored` on or after 2026-04-02.
public enum DueDates {
    /// Why an order invoice is due when it is, for invoices and audits.
    public enum Reason: Equatable, Sendable {
        case terms(PaymentTermsSpec)
        case firstOrders(rank: Int, of: Int)
        case creditHold(since: CivilDate)
    }

    public static func orderDue(order: OrderRecord, terms: ProgramTermsPayload, enrolment: EnrolmentState,
                                state: LedgerState) -> (due: CivilDate, reason: Reason) {
        let date = order.date
        if let prepayment = terms.prepayment {
            if order.rank <= prepayment.firstOrders {
                return (date, .firstOrders(rank: order.rank, of: prepayment.firstOrders))
            }
            if prepayment.afterLatePayment, let since = holdStart(enrolment: enrolment, on: date, state: state) {
                return (date, .creditHold(since: since))
            }
        }
        let tier = enrolment.tier(on: date)
        let spec = terms.paymentTerms(kind: "order", tier: tier) ?? PaymentTermsSpec(kind: "onReceipt")
        return (spec.dueDate(invoiceDate: date, start: date), .terms(spec))
    }

    /// The start of a prepayment hold in force on `date`, if any (RULES.md
    /// §0b.6): an invoice open at the end of its due date starts a hold the
    /// next day; a `credit.restored` on a day ≥ that start and ≤ `date` ends it.
    public static func holdStart(enrolment: EnrolmentState, on date: CivilDate, state: LedgerState) -> CivilDate? {
        var earliest: CivilDate?
        for number in enrolment.invoiceNumbers {
            guard let invoice = state.invoices[number] else { continue }
            let start = invoice.due.adding(days: 1)
            guard start <= date, invoice.open(atEndOf: invoice.due).isPositive else { continue }
            let ended = enrolment.restores.contains { $0 >= start && $0 <= date }
            if !ended, earliest.map({ start < $0 }) ?? true { earliest = start }
        }
        return earliest
    }
}
