import LedgerCore
import LedgerEvents
import Billing

/// Invoices and credit notes: each line's net from quantity, price and
/// discount (with the tier and terms that gave the discount), the due date
/// and its reason, the tax and its rate or exemption, the total.
///
/// Example (worked example 7): "PC-01 net 810.00 = 2 × 450.00 − 10% (tier
/// reseller from 2026-01-01, enrolment); terms program.terms seq 2",
/// "tax 71.89 = 8.875% of 810.00 (US-NY rate from 2026-01-01)",
/// "total 881.89 = subtotal 810.00 + tax 71.89".
extension AuditExplainer {
    static func invoice(_ p: InvoiceIssuedPayload, _ event: Event, _ state: LedgerState) -> [String] {
        guard let enrolment = state.enrolments[EnrolmentKey(reseller: p.reseller, program: p.program)] else { return [] }
        let date = event.effective
        let terms = state.terms(p.program, on: date)
        let context = "(\(tierReference(enrolment, on: date))); \(termsReference(p.program, on: date, state))"
        var lines = p.lines.map { line in
            "\(line.ref) net \(AuditText.money(line.net, p.currency)) = \(line.quantity) × \(AuditText.money(line.unitPrice, p.currency))"
                + " − \(AuditText.percent(line.discountPercent))\(discountNote(line, terms, enrolment, date)) \(context)"
        }
        lines.append(due(p, event, terms, enrolment, state))
        if let tax = tax(p, date, state) { lines.append(tax) }
        lines.append("total \(AuditText.money(p.total, p.currency)) = subtotal \(AuditText.money(p.subtotal, p.currency))"
                     + " + tax \(AuditText.money(p.tax, p.currency))")
        return lines
    }

    /// Why a discount is what it is, when the tier's rate alone does not say it.
    static func discountNote(_ line: InvoiceLine, _ terms: ProgramTermsPayload?, _ enrolment: EnrolmentState, _ date: CivilDate) -> String {
        guard let terms else { return "" }
        if terms.noDiscountFor?.contains(enrolment.enrolment.kind) == true { return " (\(enrolment.enrolment.kind) resellers get no discount)" }
        let tier = enrolment.tier(on: date)
        return terms.discounts[tier]?[line.category] != nil ? " for \(line.category)" : ""
    }

    static func due(_ p: InvoiceIssuedPayload, _ event: Event, _ terms: ProgramTermsPayload?, _ enrolment: EnrolmentState,
                    _ state: LedgerState) -> String {
        guard let terms else { return "due \(p.due)" }
        let rule: (due: CivilDate, reason: DueDates.Reason, start: CivilDate)
        if p.kind == "order", let ref = p.lines.first?.ref, let order = state.orders[OrderKey(program: p.program, order: ref)] {
            let computed = DueDates.orderDue(order: order, terms: terms, enrolment: enrolment, state: state)
            rule = (computed.due, computed.reason, order.date)
        } else {
            let tier = enrolment.tier(on: event.effective)
            let spec = terms.paymentTerms(kind: p.kind, tier: tier) ?? terms.paymentTerms(kind: "order", tier: tier) ?? PaymentTermsSpec(kind: "onReceipt")
            rule = (spec.dueDate(invoiceDate: event.effective, start: event.effective), .terms(spec), event.effective)
        }
        let reason = dueReason(rule.due, rule.reason, start: rule.start, enrolment, state)
        return rule.due == p.due ? reason : "due \(p.due) as issued (the rules now give: \(reason))"
    }

    static func dueReason(_ due: CivilDate, _ reason: DueDates.Reason, start: CivilDate, _ enrolment: EnrolmentState,
                          _ state: LedgerState) -> String {
        switch reason {
        case .terms(let spec):
            switch spec.kind {
            case "netDays": return "due \(due) = \(start) + \(spec.days ?? 0) days (netDays \(spec.days ?? 0))"
            case "endOfFollowingMonth": return "due \(due): end of the month after \(start) (endOfFollowingMonth)"
            default: return "due \(due) on receipt (onReceipt)"
            }
        case .firstOrders(let rank, let of):
            return "due \(due) on the order date: order \(rank) of the first \(of) is prepaid"
        case .creditHold(let since):
            let cause = enrolment.invoiceNumbers.first { state.invoices[$0].map { $0.due.adding(days: 1) == since } ?? false }
            return "due \(due) on the order date: prepayment hold since \(since)"
                + (cause.map { " (\($0) was still open after its due date)" } ?? "")
        }
    }

    static func tax(_ p: InvoiceIssuedPayload, _ date: CivilDate, _ state: LedgerState) -> String? {
        if let certificate = p.taxExemption {
            let exemption = state.exemptions[p.reseller]?.last { $0.value.certificate == certificate }?.value
            let validity = exemption.map { " (valid \(AuditText.range($0.validFrom, $0.validTo)))" } ?? ""
            return "tax \(AuditText.money(p.tax, p.currency)): exempt, certificate \(certificate)\(validity)"
        }
        guard let jurisdiction = p.taxJurisdiction, let percent = p.taxPercent else { return nil }
        let since = state.taxRates[jurisdiction]?.last { $0.effective <= date }.map { " from \($0.effective)" } ?? ""
        return "tax \(AuditText.money(p.tax, p.currency)) = \(AuditText.percent(percent)) of \(AuditText.money(p.subtotal, p.currency))"
            + " (\(jurisdiction) rate\(since))"
    }

    static func creditNote(_ p: CreditNoteIssuedPayload, _ state: LedgerState) -> [String] {
        let currency = currency(p.program, state)
        return ["credits \(p.invoice): \(p.reason)"]
            + p.lines.map { "\($0.ref) credited \(AuditText.money($0.net, currency)) (the net it was invoiced at)" }
    }
}
