import LedgerCore
import LedgerEvents

/// Month-end run after month-end run over a ledger that only grows, as
/// `rledger generate` runs them: each call decides exactly what
/// `PeriodRuns.monthEnd(events:month:)` decides, and ends in the same
/// state, but keeps from one call to the next what a run from the start
/// would rebuild from the whole ledger — the billing simulation at the end
/// of the month before the run's month (`BillingCheckpoint`), the document
/// numbers, the stored ids and the highest seq.
///
/// The events passed to each call must begin with the events passed to
/// the call before, unchanged (a ledger is append-only). When the new
/// events do not all come after the checkpoint (a fact back-dated further,
/// a rebate settled for an earlier quarter), or some event is not visible
/// to the run, the simulation runs from the start, as `PeriodRuns` does.
///
/// Example: `var series = MonthEndSeries()`, then for each month, after
/// appending its facts, `series.monthEnd(events: ledger, month: month)`;
/// month-end 2026-06 then simulates May and June only.
public struct MonthEndSeries {
    /// How many of the events are noted below.
    private var noted = 0
    private var storedIds: Set<String> = []
    private var numbers = NumberSeries()
    private var watermark = 0
    /// The latest date of an event other than a tier assignment: past the
    /// run's last day, some event is not visible to it (`BillingRun.isVisible`).
    private var latestEffective: CivilDate?
    private var checkpoint: BillingCheckpoint?
    /// How many runs started from a checkpoint (the others ran from the start).
    public private(set) var resumedRuns = 0

    public init() {}

    public mutating func monthEnd(events: [Event], month: Month) -> RunContext {
        precondition(noted <= events.count, "a month-end series saw its ledger shrink")
        for event in events[noted...] { note(event) }
        noted = events.count
        let through = month.lastDay, keep = month.firstDay.adding(days: -1)
        let allVisible = latestEffective.map { $0 <= through } ?? true
        let outcome: BillingRun.Outcome
        // Taken out of `self`, so the run changes the checkpoint's state in
        // place instead of copying it (it is replaced below in any case).
        if allVisible, let resumable = checkpoint.take(), resumable.canResume(events: events, through: through) {
            resumedRuns += 1
            outcome = BillingRun.decide(events: events, through: through, resuming: consume resumable, numbers: numbers,
                                        maximumSeq: events.isEmpty ? nil : watermark, keepingCheckpointAt: keep)
        } else {
            outcome = BillingRun.decide(events: events, through: through, keepingCheckpointAt: keep)
        }
        checkpoint = outcome.checkpoint
        let invoices = outcome.invoices
        // As `PeriodRuns.billed`: every stored number, then the new invoices.
        var numbers = self.numbers
        for invoice in invoices { numbers.note(invoice) }
        // The outcome is consumed, so the run's steps change its state in
        // place rather than copying what they touch.
        var context = RunContext(storedIds: storedIds, watermark: watermark, state: (consume outcome).state, numbers: numbers,
                                 decided: invoices)
        PeriodRuns.closeMonth(month, &context)
        return context
    }

    private mutating func note(_ event: Event) {
        storedIds.insert(event.id)
        numbers.note(event)
        watermark = max(watermark, event.seq)
        if event.type != .tierAssigned, latestEffective.map({ $0 < event.effective }) ?? true {
            latestEffective = event.effective
        }
    }
}
