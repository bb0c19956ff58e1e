import LedgerCore
import LedgerEvents

/// An invoice decided but not yet numbered.
///
/// Example (worked example 4): ByteKast, gold, setup order 2026-03-10 for
/// 1,500.00 → one line net 1,005.00 (33% off), dated and due 2026-03-10
/// (`onReceipt`).
struct InvoiceDraft {
    let key: EnrolmentKey
    let kind: String
    let date: CivilDate
    let due: CivilDate
    let prefix: String
    let currency: Currency
    let lines: [Pricing.PricedLine]
    let tax: Pricing.Tax
    /// Orders: the order's seq; subscriptions: the lowest `account.setUp` seq of its lines.
    let sourceSeq: Int

    static func forOrder(_ order: OrderRecord, state: LedgerState) -> InvoiceDraft? {
        let p = order.payload
        let key = EnrolmentKey(reseller: p.reseller, program: p.program)
        guard let enrolment = state.enrolments[key], let terms = state.terms(p.program, on: order.date) else { return nil }
        let tier = enrolment.tier(on: order.date)
        let lines = p.lines.map { line in
            Pricing.line(ref: p.order, description: line.sku, category: line.category, quantity: line.quantity,
                         unitPrice: PostingRules.money(line.unitPrice, terms.currency),
                         discount: Pricing.discount(terms: terms, enrolment: enrolment, tier: tier, category: line.category) ?? .zero)
        }
        let subtotal = lines.reduce(Money.zero(terms.currency)) { $0 + $1.net }
        let tax = Pricing.tax(subtotal: subtotal, terms: terms, enrolment: enrolment, on: order.date, state: state)
            ?? Pricing.Tax(jurisdiction: nil, percent: nil, exemption: nil, amount: .zero(terms.currency))
        let due = DueDates.orderDue(order: order, terms: terms, enrolment: enrolment, state: state).due
        return InvoiceDraft(key: key, kind: "order", date: order.date, due: due, prefix: terms.invoicePrefix,
                            currency: terms.currency, lines: lines, tax: tax, sourceSeq: order.seq)
    }

    static func forServiceMonth(_ month: Month, accounts: [AccountRecord], enrolment: EnrolmentState,
                                state: LedgerState) -> InvoiceDraft? {
        let date = month.lastDay
        guard let terms = state.terms(enrolment.key.program, on: date) else { return nil }
        let tier = enrolment.tier(on: date)
        let discount = Pricing.discount(terms: terms, enrolment: enrolment, tier: tier, category: "subscription") ?? .zero
        let lines = accounts.sorted { $0.account < $1.account }.map { account in
            Pricing.line(ref: "\(account.account):\(month)", description: "Subscription \(account.account), \(month)",
                         category: "subscription", quantity: 1,
                         unitPrice: PostingRules.money(account.monthlyFee, terms.currency), discount: discount)
        }
        let spec = terms.paymentTerms(kind: "subscription", tier: tier)
            ?? terms.paymentTerms(kind: "order", tier: tier) ?? PaymentTermsSpec(kind: "onReceipt")
        return InvoiceDraft(key: enrolment.key, kind: "subscription", date: date,
                            due: spec.dueDate(invoiceDate: date, start: date), prefix: terms.invoicePrefix,
                            currency: terms.currency, lines: lines,
                            tax: Pricing.Tax(jurisdiction: nil, percent: nil, exemption: nil, amount: .zero(terms.currency)),
                            sourceSeq: accounts.map(\.setUpSeq).min() ?? 0)
    }

    func makeEvent(numbers: inout NumberSeries, seq: Int) -> Event? {
        let number = numbers.next(prefix: prefix, year: date.year)
        let subtotal = lines.reduce(Money.zero(currency)) { $0 + $1.net }
        let payload = InvoiceIssuedPayload(
            reseller: key.reseller, program: key.program, number: number, kind: kind, due: due, currency: currency,
            lines: lines.map(\.line), subtotal: subtotal.decimal, taxJurisdiction: tax.jurisdiction,
            taxPercent: tax.percent?.value, taxExemption: tax.exemption, tax: tax.amount.decimal,
            total: (subtotal + tax.amount).decimal)
        return Event(seq: seq, id: "invoice:\(number)", effective: date, payload: .invoiceIssued(payload))
    }
}
