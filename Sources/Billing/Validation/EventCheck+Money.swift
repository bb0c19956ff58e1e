import LedgerCore
import LedgerEvents

/// Checks of payments and refunds.
extension EventCheck {
    func checkPayment(_ p: PaymentReceivedPayload) throws(RuleViolation) {
        let (terms, enrolment) = try enrolled(p.reseller, p.program)
        try sameCurrency(p.currency, terms)
        let total = try amount(p.amount, "amount", terms.currency)
        if !terms.allowsPaymentMethod(p.method) {
            throw fail("method", "\"\(p.method)\" is not accepted by \(p.program) (accepted: \((terms.paymentMethods ?? []).joined(separator: ", ")))",
                       "payment methods")
        }
        var named = Money.zero(terms.currency)
        for (number, allocation) in (p.allocations ?? []).enumerated() {
            let path = "allocations[\(number)]"
            named += try amount(allocation.amount, "\(path).amount", terms.currency)
            let isInvoice = enrolment.invoiceNumbers.contains(allocation.document)
            let isFee = enrolment.lateFeeIds.contains(allocation.document)
            if !isInvoice && !isFee {
                throw fail("\(path).document", "\"\(allocation.document)\" is not an invoice or late fee of \(p.reseller) in \(p.program)",
                           "allocations name the reseller's own documents")
            }
        }
        if total < named {
            throw fail("allocations", "allocations add up to \(named), more than the payment's \(total)", "allocations within the payment")
        }
    }

    func checkRefund(_ p: PaymentRefundedPayload) throws(RuleViolation) {
        let (terms, _) = try enrolled(p.reseller, p.program)
        try sameCurrency(p.currency, terms)
        let refund = try amount(p.amount, "amount", terms.currency)
        let asOf = Projection.replay(history().filter { $0.effective <= event.effective })
        let credit = asOf.enrolments[EnrolmentKey(reseller: p.reseller, program: p.program)]?.unapplied ?? .zero(terms.currency)
        if credit < refund {
            throw fail("amount", "refund \(refund) is more than the unapplied credit of \(Money.max(credit, .zero(terms.currency))) on \(event.effective)",
                       "a refund returns unapplied credit only")
        }
    }

    func sameCurrency(_ currency: Currency, _ terms: ProgramTermsPayload) throws(RuleViolation) {
        if currency != terms.currency {
            throw fail("currency", "\(currency.code) is not the currency of \(terms.program), which bills in \(terms.currency.code)",
                       "one currency per program")
        }
    }
}
