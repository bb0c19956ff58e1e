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
        // Credit left before this money was never positive beside open
        // documents, so whatever is applied now comes from this money:
        // record its source (the payment), not the generic "credit".
        if let credit = state.enrolments.modifyValue(forKey: key, { $0.addUnapplied(remaining) }), credit.isPositive {
            spendCredit(credit, key, on: date, source: source, &state)
        }
    }

    /// Spends the enrolment's unapplied credit, `credit` (positive), on its
    /// open documents in the default order; `source` names the money in
    /// the allocation records ("credit" when earlier credit pays a document
    /// issued later). Callers learn the credit from the same access that
    /// changed the enrolment, so the common case (no credit) costs nothing.
    static func spendCredit(_ credit: Money, _ key: EnrolmentKey, on date: CivilDate, source: String = "credit",
                            _ state: inout LedgerState) {
        var credit = credit
        for number in state.enrolments[key]?.openInvoicesByDue() ?? [] where credit.isPositive {
            credit -= applyTo(document: number, key: key, upTo: credit, on: date, source: source, &state)
        }
        // The fees are looked at only when the invoices left some credit.
        if credit.isPositive {
            let fees = state.openLateFees(of: key).sorted { ($0.date, $0.eventId) < ($1.date, $1.eventId) }
            for fee in fees where credit.isPositive {
                credit -= applyTo(document: fee.eventId, key: key, upTo: credit, on: date, source: source, &state)
            }
        }
        state.enrolments.modifyValue(forKey: key) { $0.unapplied = credit }
    }

    /// Applies at most `cap` to one invoice or late fee of the enrolment;
    /// returns what was applied.
    static func applyTo(document: String, key: EnrolmentKey, upTo cap: Money, on date: CivilDate,
                        source: String, _ state: inout LedgerState) -> Money {
        // The records are changed in place (`modifyValue`, found once): a
        // copy stored back would copy their histories, and a copy read out
        // would retain all their strings. nil: not an invoice (`?? nil`),
        // or an invoice of another enrolment.
        let outcome = state.invoices.modifyValue(forKey: document) { $0.apply(upTo: cap, of: key, on: date, source: source) }
        if let (applied, closed) = outcome ?? nil {
            if closed { state.enrolments.modifyValue(forKey: key) { $0.closeInvoice(document) } }
            return applied
        }
        // A fee of the enrolment with a positive open amount is one of its
        // open fees; any other has nothing to take.
        if let open = state.lateFees[document]?.open, state.enrolments[key]?.openLateFeeIds.contains(document) == true {
            let applied = Money.min(open, cap)
            guard applied.isPositive else { return .zero(cap.currency) }
            state.lateFees.modifyValue(forKey: document) { fee in
                fee.open -= applied
                fee.allocations.append(AllocationRecord(date: date, source: source, amount: applied))
            }
            if open <= applied { state.enrolments[key]?.openLateFeeIds.removeAll { $0 == document } }
            return applied
        }
        return .zero(cap.currency)
    }
}

extension InvoiceRecord {
    /// Applies at most `cap` when the invoice belongs to the enrolment:
    /// what was applied and whether that closed it; nil for an invoice of
    /// another enrolment.
    mutating func apply(upTo cap: Money, of key: EnrolmentKey, on date: CivilDate, source: String) -> (Money, closed: Bool)? {
        guard payload.reseller == key.reseller && payload.program == key.program else { return nil }
        let applied = Money.min(open, cap)
        guard applied.isPositive else { return (.zero(cap.currency), false) }
        let closed = open <= applied
        open -= applied
        allocations.append(AllocationRecord(date: date, source: source, amount: applied))
        if let last = openHistory.last, last.day == date {
            openHistory[openHistory.count - 1] = (date, open)
        } else {
            openHistory.append((date, open))
        }
        return (applied, closed)
    }
}
