import LedgerCore
import LedgerEvents
import Billing

/// Late fees: the cumulative interest of the invoice through the fee's
/// date, day runs by open amount and rate (`Interest.cumulative` segments),
/// and the difference to what was assessed before.
///
/// Example (public sample, GD-2026-000004, 2,250.00 due 2026-03-27, paid
/// 2026-04-10): March → "interest 2.96 = 2,250.00 × 12% × 4 days / 365
/// (2026-03-28 … 2026-03-31)"; April → "interest 9.62 = 2,250.00 × 12% ×
/// 13 days / 365 (2026-03-28 … 2026-04-09)" and "assessed now 6.66 =
/// cumulative 9.62 − 2.96 assessed before".
extension AuditExplainer {
    /// `state` holds every fact effective on or before the fee's date that
    /// the trail sees; `asRun` rebuilds what the run saw when facts recorded
    /// later (a back-dated payment) changed the figure since.
    static func lateFee(_ p: LateFeeAssessedPayload, _ state: LedgerState, asRun: () -> LedgerState) -> [String] {
        guard let invoice = state.invoices[p.invoice] else { return ["interest on \(p.invoice), an invoice this trail does not see"] }
        let currency = invoice.total.currency
        guard let assessed = try? Money(p.cumulative, currency: currency), let amount = try? Money(p.amount, currency: currency) else { return [] }
        var accrual = Interest.cumulative(invoice: invoice, through: p.through, state: state)
        var note: [String] = []
        if accrual.amount != assessed {
            let now = accrual.amount
            let runState = asRun()
            if let seen = runState.invoices[p.invoice] { accrual = Interest.cumulative(invoice: seen, through: p.through, state: runState) }
            note = ["facts recorded after this assessment make the cumulative through \(p.through) \(AuditText.money(now)); "
                    + "a later month-end trues it up"]
        }
        var lines = segments(accrual, total: assessed)
        let terms = state.terms(invoice.payload.program, on: p.through)?.interest
        lines.append("due \(invoice.due); interest on the open amount at the end of each day after it, the payment day not charged"
                     + (terms.map { ", \($0.dayCount)" } ?? "") + "; \(termsReference(invoice.payload.program, on: p.through, state))")
        if amount != assessed {
            let word = amount.isNegative ? "true-up" : "assessed now"
            lines.append("\(word) \(AuditText.money(amount)) = cumulative \(AuditText.money(assessed)) − \(AuditText.money(assessed - amount)) assessed before")
        }
        return lines + note
    }

    /// One line for a single run of days; otherwise the sum and a line per run.
    static func segments(_ accrual: Interest.Accrual, total: Money) -> [String] {
        let terms = accrual.segments.map { segment in
            "\(AuditText.money(segment.open)) × \(AuditText.percent(segment.annualPercent)) × \(AuditText.plural(segment.days, "day")) / 365"
                + " (\(AuditText.range(segment.from, segment.through)))"
        }
        switch terms.count {
        case 0: return ["interest \(AuditText.money(total)): no overdue days"]
        case 1: return ["interest \(AuditText.money(total)) = \(terms[0])"]
        default:
            return ["interest \(AuditText.money(total)) = the sum, rounded once, of:"]
                + zip(terms, accrual.segments).map { "  \($0) = \(exact($1))" }
        }
    }

    /// A segment's interest, unrounded, to two more decimals than the
    /// currency has (2.9589 for USD), so the runs visibly add up before rounding.
    static func exact(_ segment: Interest.Segment) -> String {
        let scale = DecimalNumber.maximumScale
        let extra = 2
        let numerator = Int128(segment.open.minor) * Int128(segment.annualPercent.mantissa(atScale: scale) ?? 0)
            * Int128(segment.days) * pow10(extra)
        let value = Rounding.halfUp(numerator, over: 100 * pow10(scale) * 365)
        return DecimalNumber(mantissa: value, scale: segment.open.currency.minorDigits + extra).description
    }
}
