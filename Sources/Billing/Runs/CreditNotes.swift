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
        // Only an enrolment with a cancelled account can have a month that
        // is no longer chargeable: its invoices are the only candidates,
        // taken in the same order (by number) as all invoices would be.
        var candidates: [String] = []
        for enrolment in context.state.enrolments.values where enrolment.accounts.values.contains(where: { $0.cancelled != nil }) {
            candidates += enrolment.invoiceNumbers
        }
        // A credit note changes only its own enrolment (its invoice's
        // service months are its own accounts'), and whether an invoice is
        // creditable reads only its enrolment: each is first judged on both
        // cores against the state before any note, and judged again, in
        // order, on the state as it is then, only when it was creditable or
        // its enrolment got a note since — the sequential walk's notes.
        candidates.sort()
        let guesses = firstGuesses(candidates, context.state)
        var changed = Set<EnrolmentKey>()
        for (number, guess) in zip(candidates, guesses) {
            guard let key = LateInterest.enrolmentKey(number, context.state), guess || changed.contains(key),
                  let (invoice, lines, reason) = creditable(number, context.state) else { continue }
            issue(for: invoice, lines: lines, reason: reason, on: end, &context)
            changed.insert(key)
        }
    }

    /// Whether each candidate is creditable on `state`, on both cores; its
    /// own function, so no copy of the state outlives it.
    static func firstGuesses(_ candidates: [String], _ state: LedgerState) -> [Bool] {
        ParallelMap.map(candidates, minimumItems: 512) { creditable($0, state) != nil }
    }

    /// The lines of an invoice to credit and the reason, or nil. Read from
    /// the state as it is before each credit note (the notes issued so far
    /// are in `creditedServiceMonths`), with no copy of the state kept
    /// alive while the run changes it.
    static func creditable(_ number: String, _ state: LedgerState) -> (InvoiceRecord, [InvoiceLine], String)? {
        guard let invoice = state.invoices[number], invoice.payload.kind == "subscription",
              let enrolment = state.enrolments[EnrolmentKey(reseller: invoice.payload.reseller, program: invoice.payload.program)]
        else { return nil }
        var lines: [InvoiceLine] = []
        var reasons: [String] = []
        for line in invoice.payload.lines {
            guard let key = Projection.serviceMonthKey(program: invoice.payload.program, ref: line.ref),
                  !state.creditedServiceMonths.contains(key),
                  let account = enrolment.accounts[key.account], !account.isCharged(for: key.month),
                  let cancelled = account.cancelled else { continue }
            lines.append(line)
            reasons.append("account \(key.account) cancelled effective \(cancelled)")
        }
        if lines.isEmpty { return nil }
        return (invoice, lines, Array(Set(reasons)).sorted().joined(separator: "; "))
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
