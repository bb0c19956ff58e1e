import LedgerCore
import LedgerEvents

/// Late-payment interest (RULES.md §2, a decision on the unstated figures):
/// simple interest, actual/365 (365 in leap years too), on the invoice's
/// open amount at the end of each day after the due date, up to and
/// excluding the day it is paid; summed exactly, rounded once.
///
/// Example (worked example 5): 900.00 due 2026-04-01, paid 2026-04-15 →
/// days 2…14 April (13) × 900.00 × 12% / 365 = 3.8466 → 3.85.
public enum Interest {
    public struct Accrual: Sendable {
        public let amount: Money
        /// Contiguous runs of days with the same open amount and rate, for explanations.
        public let segments: [Segment]
    }

    public struct Segment: Sendable, Equatable {
        public let from: CivilDate
        public let through: CivilDate
        public let open: Money
        public let annualPercent: DecimalNumber
        public var days: Int { through.days(since: from) + 1 }
    }

    /// Cumulative interest of an invoice through `through`.
    ///
    /// Walks the days in order with a cursor into the open history and one
    /// into the program's terms, each only moving forward: the same values
    /// as `invoice.open(atEndOf: day)` and `state.terms(program, on: day)`
    /// for every day, without searching both (and copying the terms) per day.
    public static func cumulative(invoice: InvoiceRecord, through: CivilDate, state: LedgerState) -> Accrual {
        let currency = invoice.total.currency
        let scale = DecimalNumber.maximumScale
        var numerator: Int128 = 0
        var segments: [Segment] = []
        var day = invoice.due.adding(days: 1)
        let history = invoice.openHistory
        let terms = state.terms[invoice.payload.program] ?? []
        let lastChange = lastChange(invoice)
        // `open(atEndOf:)` is the last entry before the first one dated after
        // the day; `historyEnd` is the position of that first entry.
        var historyEnd = 0
        // `terms` are kept in (effective, seq) order, so the terms in force
        // are the last of the prefix dated on or before the day.
        var termsEnd = 0
        var rate = DecimalNumber.zero
        while day <= through {
            while historyEnd < history.count, history[historyEnd].day <= day { historyEnd += 1 }
            let open = historyEnd > 0 ? history[historyEnd - 1].open : Money.zero(currency)
            if termsEnd < terms.count, terms[termsEnd].effective <= day {
                while termsEnd < terms.count, terms[termsEnd].effective <= day { termsEnd += 1 }
                rate = terms[termsEnd - 1].value.interest?.annualPercent ?? .zero
            }
            if open.isPositive && !rate.isZero {
                numerator += Int128(open.minor) * Int128(rate.mantissa(atScale: scale) ?? 0)
                if let last = segments.last, last.open == open, last.annualPercent == rate, last.through.adding(days: 1) == day {
                    segments[segments.count - 1] = Segment(from: last.from, through: day, open: open, annualPercent: rate)
                } else {
                    segments.append(Segment(from: day, through: day, open: open, annualPercent: rate))
                }
            }
            if open.isZero && day >= lastChange { break }
            day = day.adding(days: 1)
        }
        let denominator = 100 * pow10(scale) * 365
        return Accrual(amount: Money(minor: Rounding.halfUp(numerator, over: denominator), currency: currency), segments: segments)
    }

    /// After the last change of the open amount nothing more can accrue once it is zero.
    static func lastChange(_ invoice: InvoiceRecord) -> CivilDate { invoice.openHistory.last?.day ?? invoice.date }
}
