import LedgerCore
import LedgerEvents
import Billing

/// The generator's money: payments against what the previous month-end
/// left open, and refunds of unapplied credit.
///
/// Example: an invoice of 900.00 open after the March month-end is paid in
/// April in full (most often, sometimes after its due date, so interest
/// accrues), in part, or over-paid by a little, and now and then recorded
/// late with a March date (a true-up follows); the over-payment is
/// unapplied credit that a refund on the 1st of a later month returns.
extension LedgerGenerator {
    mutating func money(for enrolment: EnrolmentState, in month: Month, state: LedgerState) -> [Event] {
        let key = enrolment.key
        let method = key.program == "groupdocs" ? "bankTransfer" : random.pick(PaymentReceivedPayload.methods)
        var events: [Event] = []
        if enrolment.unapplied.isPositive, random.chance(60) {
            let refund = Money(minor: max(1, enrolment.unapplied.minor / 2), currency: enrolment.currency)
            events.append(event(month.firstDay, .paymentRefunded(PaymentRefundedPayload(
                reseller: key.reseller, program: key.program, payment: "RF-\(nextId + 1)", amount: refund.decimal, currency: enrolment.currency))))
        }
        for invoice in state.openInvoices(of: key).sorted(by: { $0.number < $1.number }) where random.chance(75) {
            var paid = invoice.open
            if random.chance(10) { paid = Money(minor: max(1, paid.minor / 2), currency: paid.currency) }
            if random.chance(10) { paid += Money(minor: Int64(random.int(1...50)) * 100, currency: paid.currency) }
            let named = random.chance(30) ? [PaymentReceivedPayload.Allocation(document: invoice.number, amount: Money.min(paid, invoice.open).decimal)] : nil
            // Now and then recorded late: effective in the month the last
            // month-end already closed, so interest is trued up.
            let backDated = backDating && invoice.date < month.previous.firstDay && random.chance(8)
            let date = backDated ? day(in: month.previous, from: 15) : day(in: month)
            events.append(event(date, .paymentReceived(PaymentReceivedPayload(
                reseller: key.reseller, program: key.program, payment: "BT-\(nextId + 1)", amount: paid.decimal, currency: enrolment.currency,
                method: method, reference: random.chance(50) ? invoice.number : nil, allocations: named))))
        }
        let fees = state.openLateFees(of: key).reduce(Money.zero(enrolment.currency)) { $0 + $1.open }
        if fees.isPositive, random.chance(50) {
            events.append(event(day(in: month), .paymentReceived(PaymentReceivedPayload(
                reseller: key.reseller, program: key.program, payment: "BT-\(nextId + 1)", amount: fees.decimal,
                currency: enrolment.currency, method: method))))
        }
        return events
    }
}
