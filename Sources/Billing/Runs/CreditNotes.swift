import LedgerCore
import LedgerEvents

/// Credit notes for service months that a back-dated cancellation made no
/// longer chargeable (RULES.md §0b.4): one per affected invoice, dated the
/// run's period end, crediting those lines' net, in its own number series.
///
/// Example (worked example 2 reversed): OB-16 invoiced for April on
/// BK-2026-000006, then `account.cancelled` effective 2026-04-01 recorded
/// in May → May month-end issues BK-CN-2026-000001 for 72.00 against
/// BK-2026-000006, reason "account OB-16 cancelled effective 2026-04-01".
enum CreditNotes {
    static func decide(period end: CivilDate, _ context: inout RunContext) {
        let state = context.state
        for number in state.invoices.keys.sorted() {
            guard let invoice = state.invoices[number], invoice.payload.kind == "subscription",
                  let enrolment = state.enrolments[EnrolmentKey(reseller: invoice.payload.reseller, program: invoice.payload.program)]
            else { continue }
            var lines: [InvoiceLine] = []
            var reasons: [String] = []
            for line in invoice.payload.lines {
                guard let key = Projection.serviceMonthKey(program: invoice.payload.program, ref: line.ref),
                      !context.state.creditedServiceMonths.contains(key),
                      let account = enrolment.accounts[key.account], !account.isCharged(for: key.month),
                      let cancelled = account.cancelled else { continue }
                lines.append(line)
                reasons.append("account \(key.account) cancelled effective \(cancelled)")
            }
            if lines.isEmpty { continue }
            issue(for: invoice, lines: lines, reason: Array(Set(reasons)).sorted().joined(separator: "; "), on: end, &context)
        }
    }

    static func issue(for invoice: InvoiceRecord, lines: [InvoiceLine], reason: String, on date: CivilDate, _ context: inout RunContext) {
        let p = invoice.payload
        guard let terms = context.state.terms(p.program, on: date) else { return }
        let subtotal = lines.reduce(Money.zero(p.currency)) { $0 + PostingRules.money($1.net, p.currency) }
        let number = context.nextNumber(prefix: terms.invoicePrefix, year: date.year, creditNote: true)
        let payload = CreditNoteIssuedPayload(reseller: p.reseller, program: p.program, number: number, invoice: p.number,
                                              reason: reason, lines: lines, subtotal: subtotal.decimal,
                                              tax: Money.zero(p.currency).decimal, total: subtotal.decimal)
        context.decide("creditNote:\(number)", effective: date, .creditNoteIssued(payload))
    }
}
