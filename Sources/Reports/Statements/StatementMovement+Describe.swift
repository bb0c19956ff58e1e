import LedgerCore
import LedgerEvents

/// What each money event is called on a statement: its kind, the
/// reference a reader can quote, and a one-line description.
///
/// Examples: `invoice.issued` GD-2026-000004 → "Invoice for order HA-04";
/// `payment.received` BT-0038 → "Payment received (bank transfer)";
/// `lateFee.assessed` −3.61 → "Late interest correction on GD-2026-000017
/// through 2026-05-31"; `rebate.credited` 2026-Q1 → "Rebate 2026-Q1: 5% of
/// 410,000.00 eligible purchases".
extension StatementMovement {
    typealias Described = (kind: Kind, document: String, description: String)

    /// Kind, document and description of a money event, or nil for an
    /// event that moves no money.
    static func describe(_ event: Event, currency: Currency) -> Described? {
        switch event.payload {
        case .invoiceIssued(let p):
            return (.invoice, p.number, invoiceDescription(kind: p.kind, refs: p.lines.map(\.ref)))
        case .creditNoteIssued(let p):
            return (.creditNote, p.number, "Credit note for \(p.invoice): \(p.reason)")
        case .paymentReceived(let p):
            let reference = p.reference.map { ", reference \($0)" } ?? ""
            return (.payment, p.payment, "Payment received (\(InvoiceDocument.methodLabel(p.method))\(reference))")
        case .paymentRefunded(let p):
            return (.refund, p.payment, "Refund of unapplied credit")
        case .lateFeeAssessed(let p):
            return (.lateFee, event.id, lateFeeDescription(invoice: p.invoice, through: p.through, negative: p.amount.isNegative))
        case .rebateCredited(let p):
            let base = Money(stored: p.base, currency).grouped
            return (.rebate, event.id, "Rebate \(p.period): \(p.percent)% of \(base) eligible purchases" + adjustment(p.amount, p.cumulative, currency))
        case .spifAwarded(let p):
            let base = Money(stored: p.base, currency).grouped
            return (.spif, event.id, "SPIF \(p.period) on \(base) eligible purchases" + adjustment(p.amount, p.cumulative, currency))
        case .awardGranted(let p):
            return (.award, event.id, "Award (\(awardLabel(p.kind)))" + (p.note.map { ": \($0)" } ?? ""))
        default:
            return nil
        }
    }

    /// "Invoice for order HA-04" or "Invoice for subscriptions, service month 2026-03".
    static func invoiceDescription(kind: String, refs: [String]) -> String {
        "Invoice for " + invoiceSubject(kind: kind, refs: refs)
    }

    /// The short form for the open-items table, where the document column
    /// already names the invoice: "Order HA-04", "Subscriptions, service month 2026-03".
    static func openItemDescription(kind: String, refs: [String]) -> String {
        let subject = invoiceSubject(kind: kind, refs: refs)
        return subject.prefix(1).uppercased() + subject.dropFirst()
    }

    /// What an invoice charges for, from its line refs: order ids, or
    /// `<account>:<YYYY-MM>` service months (each named once, in order).
    static func invoiceSubject(kind: String, refs: [String]) -> String {
        if kind == "subscription" {
            var months: [String] = []
            for ref in refs {
                guard let colon = ref.lastIndex(of: ":") else { continue }
                let month = String(ref[ref.index(after: colon)...])
                if !months.contains(month) { months.append(month) }
            }
            let noun = months.count == 1 ? "service month" : "service months"
            return "subscriptions, \(noun) \(months.sorted().joined(separator: ", "))"
        }
        var orders: [String] = []
        for ref in refs where !orders.contains(ref) { orders.append(ref) }
        return (orders.count == 1 ? "order " : "orders ") + orders.joined(separator: ", ")
    }

    /// "Late interest on GD-2026-000004 through 2026-03-31" (or "… correction …" for a true-up).
    static func lateFeeDescription(invoice: String, through: CivilDate, negative: Bool) -> String {
        "Late interest \(negative ? "correction " : "")on \(invoice) through \(through)"
    }

    /// A run issues the difference to what was credited before; say so when
    /// this entry is not the whole amount.
    static func adjustment(_ amount: DecimalNumber, _ cumulative: DecimalNumber, _ currency: Currency) -> String {
        amount == cumulative ? "" : " (adjustment; \(Money(stored: cumulative, currency).grouped) in total)"
    }

    static func awardLabel(_ kind: String) -> String {
        switch kind {
        case "bestPartner": "best partner"
        case "marketing": "marketing funds"
        default: kind
        }
    }
}
