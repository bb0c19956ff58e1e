import LedgerCore
import LedgerEvents
import Billing

/// Where money went: the documents whose open amount an event reduced
/// (a payment, a credit, an invoice paid at once from unapplied credit)
/// and the change of unapplied credit, found by comparing the enrolment's
/// open amounts before and after the event.
///
/// Example (worked example 13): payment 600.00 on 2026-04-10 → "applied to
/// A 500.00 (open now 0.00)", "applied to B 100.00 (open now 200.00)".
extension AuditExplainer {
    /// Open amounts of an enrolment's invoices and late fees, and its unapplied credit.
    struct Opens {
        var documents: [String: Money] = [:]
        var unapplied: Money?

        init(_ key: EnrolmentKey?, _ state: LedgerState) {
            guard let key, let enrolment = state.enrolments[key] else { return }
            for number in enrolment.invoiceNumbers { documents[number] = state.invoices[number]?.open }
            for id in enrolment.lateFeeIds { documents[id] = state.lateFees[id]?.open }
            unapplied = enrolment.unapplied
        }
    }

    static func applied(before: Opens, key: EnrolmentKey?, _ state: LedgerState) -> [String] {
        guard let key, let enrolment = state.enrolments[key] else { return [] }
        var lines: [String] = []
        let documents = enrolment.invoiceNumbers.map { ($0, state.invoices[$0]?.total, state.invoices[$0]?.open) }
            + enrolment.lateFeeIds.map { ($0, state.lateFees[$0]?.amount, state.lateFees[$0]?.open) }
        for (document, original, open) in documents {
            guard let open, let was = before.documents[document] ?? original, was != open else { continue }
            let change = was - open
            let name = state.lateFees[document].map { "late fee \($0.eventId) on \($0.invoice)" } ?? document
            lines.append(change.isPositive ? "applied to \(name) \(AuditText.money(change)) (open now \(AuditText.money(open)))"
                                           : "\(name) open \(AuditText.money(was)) → \(AuditText.money(open))")
        }
        if let was = before.unapplied, was != enrolment.unapplied {
            lines.append("unapplied credit \(AuditText.money(was)) → \(AuditText.money(enrolment.unapplied))")
        }
        return lines
    }
}
