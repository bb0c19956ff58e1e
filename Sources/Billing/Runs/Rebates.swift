import LedgerCore
import LedgerEvents

/// Quarterly rebates as differences to what was credited (RULES.md §3, §4,
/// §0b.12–13): for each quarter, the rebate now computed minus what was
/// already credited for it, effective the quarter's last day.
///
/// Example (worked example 10): 5% × 1,240,000.00 eligible in Q2 2026 →
/// `rebate.credited` 62,000.00 effective 2026-06-30; a second close adds nothing.
enum Rebates {
    static func decide(quarters: [Quarter], _ context: inout RunContext) {
        for quarter in quarters {
            for key in context.state.enrolments.keys.sorted() {
                guard let enrolment = context.state.enrolments[key], enrolment.enrolled <= quarter.lastDay,
                      let terms = context.state.terms(key.program, on: quarter.lastDay), let rule = terms.rebate else { continue }
                let purchases = Eligibility.purchases(enrolment: enrolment, from: quarter.firstDay, through: quarter.lastDay,
                                                      tiers: rule.tiers, requiresOpportunity: rule.requiresOpportunity,
                                                      state: context.state)
                let percent = Percent(rule.percent)
                let rebate = percent.of(purchases.base)
                let credited = enrolment.rebates[quarter.description] ?? .zero(enrolment.currency)
                let difference = rebate - credited
                if difference.isZero { continue }
                let payload = RebateCreditedPayload(reseller: key.reseller, program: key.program, period: quarter.description,
                                                    base: purchases.base.decimal, percent: rule.percent, amount: difference.decimal,
                                                    cumulative: rebate.decimal, orders: purchases.orders)
                context.decide(context.uniqueId("rebate:\(key.program):\(key.reseller):\(quarter)"), effective: quarter.lastDay,
                               .rebateCredited(payload))
            }
        }
    }
}
