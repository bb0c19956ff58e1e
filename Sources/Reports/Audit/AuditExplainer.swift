import LedgerCore
import LedgerEvents
import Billing

/// Explains an event of a reseller's trail from the state just before it:
/// which rule, which terms (the `program.terms` seq), which inputs gave
/// each amount the ledger derived. Facts typed in by people are described,
/// not derived.
///
/// Example: `invoice.issued` GD-2026-000004 → ["HA-04 net 2,250.00 = 1 ×
/// 2,500.00 − 10% (tier reseller from 2026-01-01, enrolment); terms
/// program.terms seq 2", "due 2026-03-27 = 2026-02-25 + 30 days (netDays 30)",
/// "total 2,250.00 = subtotal 2,250.00 + tax 0.00"].
enum AuditExplainer {
    /// The explanations that need the state before the event.
    static func before(_ event: Event, _ state: LedgerState) -> [String] {
        switch event.payload {
        case .invoiceIssued(let p): invoice(p, event, state)
        case .creditNoteIssued(let p): creditNote(p, state)
        case .rebateCredited(let p): rebate(p, event, state)
        case .spifAwarded(let p): spif(p, event, state)
        case .tierAssigned(let p): tier(p, event, state)
        case .awardGranted(let p): ["award \(p.kind) \(AuditText.money(p.amount, currency(p.program, state))): granted by hand, no rule derives it"]
        case .paymentReceived(let p): (p.allocations ?? []).map { "names \($0.document) for \(AuditText.money($0.amount, p.currency))" }
        default: []
        }
    }

    /// The explanations that need the state after the event (an order's rank).
    static func after(_ event: Event, _ state: LedgerState) -> [String] {
        guard case .orderPlaced(let p) = event.payload,
              let order = state.orders[OrderKey(program: p.program, order: p.order)],
              let prepayment = state.terms(p.program, on: event.effective)?.prepayment else { return [] }
        let rank = "order \(order.rank) of \(p.reseller) in \(p.program)"
        return [order.rank <= prepayment.firstOrders ? "\(rank): one of the first \(prepayment.firstOrders), which are prepaid"
                                                     : "\(rank): past the first \(prepayment.firstOrders), which are prepaid"]
    }

    static func currency(_ program: String, _ state: LedgerState) -> Currency {
        state.terms[program]?.first?.value.currency ?? .usd
    }

    /// "terms program.terms seq 2": the terms in force on a date.
    static func termsReference(_ program: String, on date: CivilDate, _ state: LedgerState) -> String {
        state.termsRecord(program, on: date).map { "terms program.terms seq \($0.seq)" } ?? "no terms in force"
    }

    /// "tier gold from 2026-04-01, evaluation: 16 active accounts on 2026-03-31".
    static func tierReference(_ enrolment: EnrolmentState, on date: CivilDate) -> String {
        let assignment = enrolment.tierAssignment(on: date)
        return "tier \(assignment.value.tier) from \(assignment.effective), \(source(assignment.value, enrolment.currency))"
    }

    static func source(_ record: TierRecord, _ currency: Currency) -> String {
        guard record.source == "evaluation", let basis = record.basis else { return record.source }
        if let accounts = basis.activeAccounts { return "evaluation: \(AuditText.plural(accounts, "active account")) on \(basis.asOf)" }
        if let sales = basis.annualSales { return "evaluation: annual sales \(AuditText.money(sales, currency)) on \(basis.asOf)" }
        return "evaluation on \(basis.asOf)"
    }
}
