import LedgerCore
import LedgerEvents
import Billing

/// Rebates, SPIF and tier evaluations: the rule's inputs as recorded on
/// the event (base, percent, orders, count) and the terms they came from.
///
/// Examples: worked example 10 → "rebate 62,000.00 = 5% × 1,240,000.00
/// eligible (orders AL-03, …)"; worked example 3 → "18 active accounts on
/// 2026-06-30 → gold (threshold 16)".
extension AuditExplainer {
    static func rebate(_ p: RebateCreditedPayload, _ event: Event, _ state: LedgerState) -> [String] {
        let currency = currency(p.program, state)
        let orders = p.orders.isEmpty ? "no eligible orders" : "orders \(p.orders.joined(separator: ", "))"
        var lines = ["rebate \(AuditText.money(p.cumulative, currency)) = \(AuditText.percent(p.percent)) × "
                     + "\(AuditText.money(p.base, currency)) eligible (\(orders))"]
        if let rule = state.terms(p.program, on: event.effective)?.rebate {
            let opportunity = rule.requiresOpportunity ? ", only orders naming an opportunity registered by their date" : ""
            lines.append("\(p.period): net order lines while at tier \(rule.tiers.joined(separator: " or ")), internal use excluded"
                         + "\(opportunity); \(termsReference(p.program, on: event.effective, state))")
        }
        lines += difference(amount: p.amount, cumulative: p.cumulative, currency: currency, what: "credited")
        return lines
    }

    static func spif(_ p: SpifAwardedPayload, _ event: Event, _ state: LedgerState) -> [String] {
        let currency = currency(p.program, state)
        let base = (try? Money(p.base, currency: currency)) ?? .zero(currency)
        let steps = state.terms(p.program, on: event.effective)?.spif?.steps ?? []
        let reached = steps.filter { step in (try? Money(step.minSales, currency: currency)).map { $0 <= base } ?? false }
            .max { $0.minSales.compare($1.minSales) < 0 }
        var lines = [reached.map {
            "SPIF \(AuditText.money(p.cumulative, currency)): eligible \(AuditText.money(base)) reaches the step from "
                + "\(AuditText.money($0.minSales, currency)) (\(AuditText.money($0.amount, currency)))"
        } ?? "SPIF \(AuditText.money(p.cumulative, currency)): eligible \(AuditText.money(base)) reaches no step"]
        lines.append("\(p.period): \(termsReference(p.program, on: event.effective, state))")
        lines += difference(amount: p.amount, cumulative: p.cumulative, currency: currency, what: "awarded")
        return lines
    }

    /// "credited now 2,000.00 = 62,000.00 − 60,000.00 credited before", when
    /// the event is an adjustment and not the whole amount.
    static func difference(amount: DecimalNumber, cumulative: DecimalNumber, currency: Currency, what: String) -> [String] {
        guard let now = try? Money(amount, currency: currency), let total = try? Money(cumulative, currency: currency),
              now != total else { return [] }
        return ["\(what) now \(AuditText.money(now)) = \(AuditText.money(total)) − \(AuditText.money(total - now)) \(what) before"]
    }

    static func tier(_ p: TierAssignedPayload, _ event: Event, _ state: LedgerState) -> [String] {
        let previous = state.enrolments[EnrolmentKey(reseller: p.reseller, program: p.program)]?.tier(on: event.effective)
        let change = "tier \(p.tier) from \(event.effective)" + (previous.map { " (was \($0))" } ?? "")
        guard p.source == "evaluation", let basis = p.basis else { return ["\(change): \(p.source), set by hand"] }
        let evaluation = state.terms(p.program, on: basis.asOf)?.tierEvaluation
        let threshold = evaluation?.thresholds[p.tier].map { "threshold \($0)" }
            ?? evaluation.flatMap { $0.thresholds.entries.map(\.value).min { $0.compare($1) < 0 } }.map { "below the lowest threshold \($0)" }
            ?? "no thresholds"
        let terms = termsReference(p.program, on: basis.asOf, state)
        if let accounts = basis.activeAccounts {
            return ["\(AuditText.plural(accounts, "active account")) on \(basis.asOf) → \(p.tier) (\(threshold))", "\(change); \(terms)"]
        }
        if let sales = basis.annualSales {
            let currency = currency(p.program, state)
            let shown = evaluation?.thresholds[p.tier].map { "threshold \(AuditText.money($0, currency))" } ?? threshold
            return ["annual sales \(AuditText.money(sales, currency)) on \(basis.asOf) → \(p.tier) (\(shown))", "\(change); \(terms)"]
        }
        return ["\(change): evaluation on \(basis.asOf); \(terms)"]
    }
}
