import LedgerCore
import LedgerEvents
import Billing

/// The one-line description of each event type in a trail.
///
/// Examples: `order.placed` → "order HA-04: 1 × GR-LICENSE (license) at
/// 2,500.00"; `invoice.issued` → "GD-2026-000004 (order) 2,250.00 due
/// 2026-03-27"; `payment.received` → "BT-0040 2,250.00 USD by bankTransfer".
extension AuditExplainer {
    static func describe(_ event: Event, _ state: LedgerState) -> String {
        switch event.payload {
        case .programTerms(let p): "terms of \(p.program): \(p.name)"
        case .taxRate(let p): "tax rate \(p.jurisdiction) \(AuditText.percent(p.percent))"
        case .resellerEnrolled(let p): "enrolled in \(p.program) as \(p.kind) at tier \(p.tier) (\(p.country)\(p.region.map { "-\($0)" } ?? ""))"
        case .tierAssigned(let p): "tier \(p.tier) in \(p.program) (\(p.source))"
        case .taxExemption(let p): "tax exemption \(p.certificate) valid \(AuditText.range(p.validFrom, p.validTo))"
        case .creditRestored(let p): "credit restored in \(p.program): prepayment holds end" + (p.note.map { " (\($0))" } ?? "")
        case .opportunityRegistered(let p): "opportunity \(p.opportunity) registered for \(p.customer)"
        case .orderPlaced(let p): order(p, state)
        case .licenseIssued(let p): "licence for order \(p.order)" + (p.temporary ? " (temporary)" : "")
        case .accountSetUp(let p): "account \(p.account) set up, monthly fee \(AuditText.money(p.monthlyFee, currency(p.program, state)))"
        case .accountCancelled(let p): "account \(p.account) cancelled"
        case .invoiceIssued(let p): "\(p.number) (\(p.kind)) \(AuditText.money(p.total, p.currency)) due \(p.due)"
        case .creditNoteIssued(let p): "\(p.number) credits \(AuditText.money(p.total, currency(p.program, state))) on \(p.invoice)"
        case .statementIssued(let p): statement(p, state)
        case .paymentReceived(let p):
            "\(p.payment) \(AuditText.money(p.amount, p.currency)) \(p.currency.code) by \(p.method)" + (p.reference.map { ", reference \($0)" } ?? "")
        case .paymentRefunded(let p): "refund \(p.payment) \(AuditText.money(p.amount, p.currency)) \(p.currency.code) of unapplied credit"
        case .lateFeeAssessed(let p):
            "interest on \(p.invoice) through \(p.through): \(AuditText.money(p.amount, currency(p.program, state)))"
                + " (cumulative \(AuditText.money(p.cumulative, currency(p.program, state))))"
        case .rebateCredited(let p): "rebate \(p.period) \(AuditText.money(p.amount, currency(p.program, state)))"
        case .spifAwarded(let p): "SPIF \(p.period) \(AuditText.money(p.amount, currency(p.program, state)))"
        case .awardGranted(let p): "award \(p.kind) \(AuditText.money(p.amount, currency(p.program, state)))" + (p.note.map { " (\($0))" } ?? "")
        case .runCompleted(let p): "run \(p.run) \(p.period)"
        }
    }

    static func order(_ p: OrderPlacedPayload, _ state: LedgerState) -> String {
        let currency = currency(p.program, state)
        let lines = p.lines.map { "\($0.quantity) × \($0.sku) (\($0.category)) at \(AuditText.money($0.unitPrice, currency))" }
        return "order \(p.order): " + lines.joined(separator: ", ")
    }

    static func statement(_ p: StatementIssuedPayload, _ state: LedgerState) -> String {
        let currency = currency(p.program, state)
        return "statement \(p.period): opening \(AuditText.money(p.opening, currency)), closing \(AuditText.money(p.closing, currency)), "
            + AuditText.plural(p.openItems.count, "open item")
    }
}
