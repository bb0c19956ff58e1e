import LedgerCore
import LedgerEvents

/// Applies money to documents (RULES.md §0 Allocation, a decision):
/// first the documents a payment names, then open invoices by due date and
/// number, then open late fees by date; the rest is unapplied credit, used
/// for documents issued later, on their date.
///
/// Example (worked example 13): invoices A (due 2026-03-31, 500.00) and B
/// (due 2026-04-30, 300.00), payment 600.00 on 2026-04-10 → A paid, B open 200.00.
extension Projection {
    static func allocate(_ amount: Money, key: EnrolmentKey, on date: CivilDate, source: String,
                         named: [(String, Money)], _ state: inout LedgerState) {
        var remaining = amount
        for (document, requested) in named where remaining.isPositive {
            let cap = Money.min(requested, remaining)
            remaining -= applyTo(document: document, key: key, upTo: cap, on: date, source: source, &state)
        }
        state.enrolments[key]?.unapplied += remaining
        // Credit left before this money was never positive beside open
        // documents, so whatever is applied now comes from this money:
        // record its source (the payment), not the generic "credit".
        applyUnappliedCredit(key, on: date, source: source, &state)
    }

    /// Spends the enrolment's unapplied credit on its open documents in the
    /// default order; `source` names the money in the allocation records
    /// ("credit" when earlier credit pays a document issued later).
    static func applyUnappliedCredit(_ key: EnrolmentKey, on date: CivilDate, source: String = "credit",
                                     _ state: inout LedgerState) {
        guard var credit = state.enrolments[key]?.unapplied, credit.isPositive else { return }
        let invoices = state.openInvoices(of: key).sorted { ($0.due, $0.number) < ($1.due, $1.number) }
        for invoice in invoices where credit.isPositive {
            credit -= applyTo(document: invoice.number, key: key, upTo: credit, on: date, source: source, &state)
        }
        let fees = state.openLateFees(of: key).sorted { ($0.date, $0.eventId) < ($1.date, $1.eventId) }
        for fee in fees where credit.isPositive {
            credit -= applyTo(document: fee.eventId, key: key, upTo: credit, on: date, source: source, &state)
        }
        state.enrolments[key]?.unapplied = credit
    }

    /// Applies at most `cap` to one invoice or late fee of the enrolment;
    /// returns what was applied.
    static func applyTo(document: String, key: EnrolmentKey, upTo cap: Money, on date: CivilDate,
                        source: String, _ state: inout LedgerState) -> Money {
        // The records are changed in place (through the dictionary's
        // subscript): a copy stored back would copy their histories.
        if let open = state.invoices[document].flatMap({ $0.payload.reseller == key.reseller && $0.payload.program == key.program ? $0.open : nil }) {
            let applied = Money.min(open, cap)
            guard applied.isPositive else { return .zero(cap.currency) }
            Self.apply(applied, on: date, source: source, to: &state.invoices[document]!)
            if open <= applied { state.enrolments[key]?.openInvoiceNumbers.removeAll { $0 == document } }
            return applied
        }
        if let open = state.lateFees[document]?.open, state.enrolments[key]?.lateFeeIds.contains(document) == true {
            let applied = Money.min(open, cap)
            guard applied.isPositive else { return .zero(cap.currency) }
            state.lateFees[document]!.open -= applied
            state.lateFees[document]!.allocations.append(AllocationRecord(date: date, source: source, amount: applied))
            return applied
        }
        return .zero(cap.currency)
    }

    private static func apply(_ applied: Money, on date: CivilDate, source: String, to invoice: inout InvoiceRecord) {
        invoice.open -= applied
        invoice.allocations.append(AllocationRecord(date: date, source: source, amount: applied))
        if let last = invoice.openHistory.last, last.day == date {
            invoice.openHistory[invoice.openHistory.count - 1] = (date, invoice.open)
        } else {
            invoice.openHistory.append((date, invoice.open))
        }
    }
}
