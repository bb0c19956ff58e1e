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
    static func decide(through end: CivilDate, period: String, _ context: inout RunContext) {
        let state = context.state
        let charging = Set(state.terms.filter { $0.value.contains { $0.value.interest != nil } }.keys)
        for number in state.invoices.keys.sorted() {
            guard let invoice = state.invoices[number], charging.contains(invoice.payload.program), invoice.due < end,
                  let enrolment = state.enrolments[EnrolmentKey(reseller: invoice.payload.reseller, program: invoice.payload.program)]
            else { continue }
            let cumulative = Interest.cumulative(invoice: invoice, through: end, state: state).amount
            let assessed = enrolment.assessedInterest[number] ?? .zero(cumulative.currency)
            let difference = cumulative - assessed
            if difference.isZero { continue }
            let payload = LateFeeAssessedPayload(reseller: invoice.payload.reseller, program: invoice.payload.program,
                                                 invoice: number, through: end, amount: difference.decimal,
                                                 cumulative: cumulative.decimal)
            context.decide(context.uniqueId("fee:\(number):\(period)"), effective: end, .lateFeeAssessed(payload))
        }
    }
}
