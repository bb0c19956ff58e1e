import LedgerCore
import LedgerEvents

/// The invariants every replayed state keeps, checked by tests after every
/// event (DESIGN.md §4: the ledger sums to zero at every point of the replay).
///
/// Example: after an invoice of 500.00 and a payment of 600.00 the
/// receivable is −100.00 = open 0.00 − unapplied 100.00, the trial balance
/// is zero, and the invoice's one allocation of 500.00 equals total − open.
///
/// The reconciliation is `receivable = Σ open invoices + Σ open late fees −
/// unapplied`. Unapplied credit is signed: a downward rebate or SPIF
/// adjustment larger than the credit left takes the credit below zero
/// (`Projection.applyCredit`: "owed without a document"), and so may a
/// refund that was within the credit on its date when a later run issued a
/// back-dated invoice that the credit then paid. The identity holds with a
/// negative amount too, so it is checked as is; what must never happen is
/// positive credit beside an open document, since credit is always spent
/// on open documents as soon as both exist.
extension LedgerState {
    /// Every broken invariant, in words; empty when the state is consistent.
    public func checkInvariants() -> [String] {
        var broken: [String] = []
        for (currency, sum) in book.trial.sorted(by: { $0.key < $1.key }) where sum != 0 {
            broken.append("trial balance in \(currency) is \(Money(minor: sum, currency: currency)), not zero")
        }
        for number in invoices.keys.sorted() { broken += invoiceInvariants(number) }
        for id in lateFees.keys.sorted() { broken += lateFeeInvariants(id) }
        for key in enrolments.keys.sorted() { broken += enrolmentInvariants(key) }
        return broken
    }

    func invoiceInvariants(_ number: String) -> [String] {
        guard let invoice = invoices[number] else { return [] }
        var broken: [String] = []
        let zero = Money.zero(invoice.total.currency)
        if invoice.open < zero || invoice.total < invoice.open {
            broken.append("invoice \(number): open \(invoice.open) is not within 0…\(invoice.total)")
        }
        let allocated = invoice.allocations.reduce(zero) { $0 + $1.amount }
        if allocated != invoice.total - invoice.open {
            broken.append("invoice \(number): allocations \(allocated) ≠ total \(invoice.total) − open \(invoice.open)")
        }
        if invoice.openHistory.last?.open != invoice.open {
            broken.append("invoice \(number): open history ends at \(invoice.openHistory.last?.open.description ?? "nothing"), open is \(invoice.open)")
        }
        return broken
    }

    func lateFeeInvariants(_ id: String) -> [String] {
        guard let fee = lateFees[id] else { return [] }
        var broken: [String] = []
        let zero = Money.zero(fee.amount.currency)
        if fee.open < zero || fee.amount < fee.open {
            broken.append("late fee \(id): open \(fee.open) is not within 0…\(fee.amount)")
        }
        let allocated = fee.allocations.reduce(zero) { $0 + $1.amount }
        if allocated != fee.amount - fee.open {
            broken.append("late fee \(id): allocations \(allocated) ≠ amount \(fee.amount) − open \(fee.open)")
        }
        return broken
    }

    func enrolmentInvariants(_ key: EnrolmentKey) -> [String] {
        guard let enrolment = enrolments[key] else { return [] }
        var broken: [String] = []
        let account = AccountNames.receivable(program: key.program, reseller: key.reseller)
        let booked = book.balance(.receivable(key), enrolment.currency)
        if enrolment.receivable != booked {
            broken.append("\(key): receivable \(enrolment.receivable) ≠ book balance \(booked) of \(account)")
        }
        // From every invoice, not from the list of open ones the projection
        // keeps: that list is itself checked below.
        let stillOpen = enrolment.invoiceNumbers.filter { invoices[$0]?.open.isPositive == true }
        let openInvoices = stillOpen.reduce(Money.zero(enrolment.currency)) { $0 + (invoices[$1]?.open ?? .zero(enrolment.currency)) }
        let openFees = openLateFees(of: key).reduce(Money.zero(enrolment.currency)) { $0 + $1.open }
        if enrolment.receivable != openInvoices + openFees - enrolment.unapplied {
            broken.append("\(key): receivable \(enrolment.receivable) ≠ open invoices \(openInvoices) + open late fees \(openFees) − unapplied \(enrolment.unapplied)")
        }
        if enrolment.openInvoiceNumbers != stillOpen {
            broken.append("\(key): open invoice list \(enrolment.openInvoiceNumbers) ≠ the open invoices \(stillOpen)")
        }
        let openFeeIds = enrolment.lateFeeIds.filter { lateFees[$0]?.open.isPositive == true }
        if enrolment.openLateFeeIds != openFeeIds {
            broken.append("\(key): open late fee list \(enrolment.openLateFeeIds) ≠ the open late fees \(openFeeIds)")
        }
        if enrolment.unapplied.isPositive && (openInvoices.isPositive || openFees.isPositive) {
            broken.append("\(key): unapplied credit \(enrolment.unapplied) beside open documents \(openInvoices + openFees)")
        }
        return broken
    }
}
