import LedgerCore
import LedgerEvents

/// Quarter close: ByteKast level evaluation by active accounts, then
/// rebates for the quarter and every earlier quarter of the same and the
/// previous calendar year, as differences (RULES.md §1, §3, §0b.13–14).
///
/// Example (worked example 3): 18 accounts active on 2026-06-30, tier
/// silver → `tier.assigned` gold effective 2026-07-01, basis 18.
enum QuarterClose {
    static func decide(_ quarter: Quarter, _ context: inout RunContext) {
        evaluateTiers(quarter, &context)
        Rebates.decide(quarters: quartersToSettle(through: quarter), &context)
    }

    static func quartersToSettle(through quarter: Quarter) -> [Quarter] {
        var quarters: [Quarter] = []
        var current = Quarter(year: quarter.year - 1, quarter: 1)!
        while current <= quarter {
            quarters.append(current)
            current = current.next
        }
        return quarters
    }

    static func evaluateTiers(_ quarter: Quarter, _ context: inout RunContext) {
        let end = quarter.lastDay, next = quarter.next.firstDay
        for key in context.state.enrolments.keys.sorted() {
            guard let enrolment = context.state.enrolments[key], enrolment.enrolled <= end,
                  let terms = context.state.terms(key.program, on: end), let evaluation = terms.tierEvaluation,
                  evaluation.kind == "activeAccounts", evaluation.every == "quarter", evaluation.automatic,
                  !context.hasReview(program: key.program, reseller: key.reseller, on: next) else { continue }
            let count = enrolment.activeAccounts(on: end)
            let level = TierLevels.level(count: count, evaluation: evaluation, tiers: terms.tiers)
            if level == enrolment.tier(on: next) { continue }
            let payload = TierAssignedPayload(reseller: key.reseller, program: key.program, tier: level, source: "evaluation",
                                              basis: TierBasis(activeAccounts: count, asOf: end))
            context.decide(context.uniqueId("tier:\(key.program):\(key.reseller):\(quarter)"), effective: next, .tierAssigned(payload))
        }
    }
}

/// The level a count reaches (RULES.md §0b.14): the tier with the highest
/// threshold the count reaches, else the first tier.
/// Example (ByteKast): 9 → none, 10 → silver, 16 → gold, 27 → platinum.
public enum TierLevels {
    public static func level(count: Int, evaluation: TierEvaluationSpec, tiers: [String]) -> String {
        let reached = evaluation.thresholds.entries.filter { entry in
            entry.value.compare(DecimalNumber(mantissa: Int64(count), scale: 0)) <= 0
        }
        let best = reached.max { $0.value.compare($1.value) < 0 }
        return best?.key ?? tiers.first ?? "none"
    }

    /// The highest tier whose threshold annual sales reach (for the year-close report).
    public static func level(sales: Money, evaluation: TierEvaluationSpec, tiers: [String]) -> String {
        let reached = evaluation.thresholds.entries.filter { entry in
            (try? Money(entry.value, currency: sales.currency)).map { $0 <= sales } ?? false
        }
        let best = reached.max { $0.value.compare($1.value) < 0 }
        return best?.key ?? tiers.first ?? "none"
    }
}
