import LedgerCore
import LedgerEvents

/// Year close: rebates of the year and the previous one settled again, and
/// the SPIF by the step table for the year and the previous one, as
/// differences (RULES.md §3, §0b.13).
///
/// Example (worked example 11): Smart-Soft preset, a privileged partner's
/// eligible purchases of 2,600,000.00 in 2026 reach the 2,500,000.00 step →
/// `spif.awarded` 100,000.00 effective 2026-12-31.
enum YearClose {
    static func decide(_ year: Year, _ context: inout RunContext) {
        Rebates.decide(quarters: QuarterClose.quartersToSettle(through: Quarter(year: year.year, quarter: 4)!), &context)
        for settled in [year.previous, year] { decideSpif(settled, &context) }
    }

    static func decideSpif(_ year: Year, _ context: inout RunContext) {
        for key in context.state.enrolments.keys.sorted() {
            guard let enrolment = context.state.enrolments[key], enrolment.enrolled <= year.lastDay,
                  let terms = context.state.terms(key.program, on: year.lastDay), let spif = terms.spif else { continue }
            let purchases = Eligibility.purchases(enrolment: enrolment, from: year.firstDay, through: year.lastDay,
                                                  tiers: spif.tiers, requiresOpportunity: false, state: context.state)
            let award = step(for: purchases.base, spif)
            let awarded = enrolment.spifs[year.description] ?? .zero(enrolment.currency)
            let difference = award - awarded
            if difference.isZero { continue }
            let payload = SpifAwardedPayload(reseller: key.reseller, program: key.program, period: year.description,
                                             base: purchases.base.decimal, amount: difference.decimal, cumulative: award.decimal)
            context.decide(context.uniqueId("spif:\(key.program):\(key.reseller):\(year)"), effective: year.lastDay, .spifAwarded(payload))
        }
    }

    /// The amount of the highest step whose `minSales` the base reaches.
    static func step(for base: Money, _ spif: SpifSpec) -> Money {
        var best = Money.zero(base.currency)
        var bestMinimum: Money?
        for step in spif.steps {
            guard let minimum = try? Money(step.minSales, currency: base.currency),
                  let amount = try? Money(step.amount, currency: base.currency), minimum <= base else { continue }
            if bestMinimum.map({ $0 < minimum }) ?? true {
                best = amount
                bestMinimum = minimum
            }
        }
        return best
    }
}
