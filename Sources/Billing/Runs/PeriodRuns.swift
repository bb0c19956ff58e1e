import LedgerCore
import LedgerEvents

/// The period runs as pure deciders (DESIGN.md §5): each takes all stored
/// events and a period and returns the events the rules say to issue now,
/// as differences to what was issued before.
///
/// Example: month-end 2026-03 of the public sample issues 3 invoices, a
/// late fee of 2.96 on GD-2026-000004, the Q1 evaluation of R-ORBIT to gold
/// (16 active accounts on 2026-03-31, effective 2026-04-01) and two Q1
/// rebates (20,500.00 RUB and 225.00 USD). Run again, it issues nothing.
public enum PeriodRuns {
    /// Month-end: billing through the month's last day, credit notes, late
    /// interest, and the quarter and year close when the month ends them.
    public static func monthEnd(events: [Event], month: Month) -> RunContext {
        var context = billed(events: events, through: month.lastDay)
        closeMonth(month, &context)
        return context
    }

    /// Month-end after billing: credit notes, late interest, the closes.
    static func closeMonth(_ month: Month, _ context: inout RunContext) {
        CreditNotes.decide(period: month.lastDay, &context)
        LateInterest.decide(through: month.lastDay, period: month.description, &context)
        if month.closesQuarter { QuarterClose.decide(month.quarter, &context) }
        if month.closesYear { YearClose.decide(Year(year: month.year)!, &context) }
    }

    public static func quarterClose(events: [Event], quarter: Quarter) -> RunContext {
        var context = replayed(events: events, through: quarter.lastDay)
        QuarterClose.decide(quarter, &context)
        return context
    }

    public static func yearClose(events: [Event], year: Year) -> RunContext {
        var context = replayed(events: events, through: year.lastDay)
        YearClose.decide(year, &context)
        return context
    }

    /// `rledger bill`: invoices only.
    public static func bill(events: [Event], through: CivilDate) -> RunContext {
        billed(events: events, through: through)
    }

    static func billed(events: [Event], through: CivilDate) -> RunContext {
        let outcome = BillingRun.decide(events: events, through: through)
        // Seeded from the stored events, then the new invoices, without
        // joining them into a copy of the ledger.
        var numbers = NumberSeries(events: events)
        for invoice in outcome.invoices { numbers.note(invoice) }
        return RunContext(events: events, state: outcome.state, numbers: numbers, decided: outcome.invoices)
    }

    static func replayed(events: [Event], through: CivilDate) -> RunContext {
        RunContext(events: events, state: Projection.replay(events, where: { BillingRun.isVisible($0, through: through) }),
                   numbers: NumberSeries(events: events), decided: [])
    }
}
