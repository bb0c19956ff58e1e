import LedgerCore
import LedgerEvents

/// Month-end late interest (RULES.md §2, §0b.8–9): for each invoice of a
/// program that charges interest, cumulative interest through the period's
/// last day minus what was assessed before, when not zero — negative when a
/// back-dated payment arrived.
///
/// Example (worked example 12): 1,000.00 due 2026-03-31 unpaid at the April
/// month-end → 9.86 (30 days); a payment recorded in May effective
/// 2026-04-20 makes it 19 days = 6.25, so May appends −3.61.
enum LateInterest {
    /// Rounds of settling; each later round only moves amounts of a day's
    /// interest on a credit, so two suffice in practice.
    static let maximumRounds = 8

    /// A negative assessment whose fees are already paid leaves a credit on
    /// the period's last day (§0b.8), which lowers the open amount of other
    /// invoices at the end of that day and so their interest through it.
    /// Each invoice is therefore assessed on the state with the assessments
    /// decided before it, and the whole pass repeats until nothing changes:
    /// otherwise a repeated month-end would find a cent left to assess.
    ///
    /// An assessment changes only its own enrolment (its fees, credit and
    /// invoices), and an invoice's difference reads only its enrolment and
    /// its program's terms. So the first round evaluates every candidate on
    /// both cores against the state before any assessment
    /// (`ParallelMap`), then walks them in order and evaluates again, on
    /// the state as it is then, only the invoices of enrolments an
    /// assessment already changed and those that had a difference; later
    /// rounds only need the invoices of the changed enrolments. The result
    /// is the sequential rounds', event for event.
    static func decide(through end: CivilDate, period: String, _ context: inout RunContext) {
        let charging = Set(context.state.terms.filter { $0.value.contains { $0.value.interest != nil } }.keys)
        // The invoices that can accrue, in number order, found once: the
        // rounds add late fees, never invoices, and an invoice's program and
        // due date never change.
        let candidates = context.state.invoices
            .compactMap { charging.contains($0.value.payload.program) && $0.value.due < end ? $0.key : nil }
            .sorted()
        let guesses = firstGuesses(candidates, through: end, charging: charging, context.state)
        var changed = Set<EnrolmentKey>()
        for (number, guess) in zip(candidates, guesses) {
            guard let key = enrolmentKey(number, context.state), guess || changed.contains(key) else { continue }
            if assess(number, through: end, period: period, charging: charging, &context) { changed.insert(key) }
        }
        if changed.isEmpty { return }
        let again = candidates.filter { number in enrolmentKey(number, context.state).map(changed.contains) ?? false }
        for _ in 1..<maximumRounds {
            var assessed = false
            for number in again {
                assessed = assess(number, through: end, period: period, charging: charging, &context) || assessed
            }
            if !assessed { return }
        }
    }

    /// Whether each candidate has a difference on `state`, on both cores.
    /// Its own function, so no copy of the state outlives it while the run
    /// changes the state.
    static func firstGuesses(_ candidates: [String], through end: CivilDate, charging: Set<String>, _ state: LedgerState) -> [Bool] {
        ParallelMap.map(candidates, minimumItems: 512) { difference($0, through: end, charging: charging, state) != nil }
    }

    static func enrolmentKey(_ number: String, _ state: LedgerState) -> EnrolmentKey? {
        state.invoices[number].map { EnrolmentKey(reseller: $0.payload.reseller, program: $0.payload.program) }
    }

    /// Appends the difference for one invoice; whether there was one.
    static func assess(_ number: String, through end: CivilDate, period: String, charging: Set<String>,
                       _ context: inout RunContext) -> Bool {
        guard let payload = difference(number, through: end, charging: charging, context.state) else { return false }
        context.decide(context.uniqueId("fee:\(number):\(period)"), effective: end, .lateFeeAssessed(payload))
        return true
    }

    /// The assessment that brings the invoice's interest to what is due
    /// through `end`, or nil when there is none. Computed apart from
    /// `decide`, so no copy of the state is alive while the run changes it.
    static func difference(_ number: String, through end: CivilDate, charging: Set<String>, _ state: LedgerState) -> LateFeeAssessedPayload? {
        guard let invoice = state.invoices[number], charging.contains(invoice.payload.program), invoice.due < end,
              let enrolment = state.enrolments[EnrolmentKey(reseller: invoice.payload.reseller, program: invoice.payload.program)]
        else { return nil }
        let cumulative = Interest.cumulative(invoice: invoice, through: end, state: state).amount
        let assessed = enrolment.assessedInterest[number] ?? .zero(cumulative.currency)
        let difference = cumulative - assessed
        if difference.isZero { return nil }
        return LateFeeAssessedPayload(reseller: invoice.payload.reseller, program: invoice.payload.program,
                                      invoice: number, through: end, amount: difference.decimal,
                                      cumulative: cumulative.decimal)
    }
}
