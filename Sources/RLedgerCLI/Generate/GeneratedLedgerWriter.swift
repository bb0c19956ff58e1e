import EventStore
import LedgerCore
import LedgerEvents
import Billing

/// Writes a generated ledger through the store's own append path: month by
/// month, the generator's facts (drawn from the state after the previous
/// month-end), then what the real month-end deciders issue for that month
/// (invoices, credit notes, late interest, tier evaluations, rebates, SPIF)
/// and a `run.completed` record, each as atomic batches of at most
/// `batchEventsMaximum` events in one `AppendSession`, written in order by
/// a `BackgroundAppender` while the next month is decided.
///
/// The facts are valid by construction (see `LedgerGenerator`), so the
/// business checks are not run per batch: they would replay the whole
/// ledger for each batch. The store's own checks of ids and limits still
/// run on every event; the proof that each line reads back is skipped
/// (`LineProof.encoderTrusted`: every event here is built by this code, and
/// `GenerateCommandTests` decodes and re-encodes every line of generated
/// ledgers). The month-end runs go through `MonthEndSeries`, which decides
/// what `PeriodRuns.monthEnd` decides but simulates only the last two
/// months instead of the whole ledger each time. Statements are not issued: their
/// documents are rendered by `month-end` for people, and one run record
/// listing every statement of 10,000 resellers would pass the line limit.
///
/// Example: 8 resellers over 3 months write 28 opening and enrolment facts
/// in January, then January's facts, January's invoices and
/// `run:month-end:2026-01:<watermark>`, and so on for February and March.
struct GeneratedLedgerWriter {
    /// Large batches keep the fsyncs few; a bound keeps each batch's
    /// encoded lines (a few hundred MB at most) in memory once.
    static let batchEventsMaximum = 200_000

    struct Summary: Equatable {
        var facts = 0
        var runEvents = 0
        var events: Int { facts + runEvents }
    }

    var generator: LedgerGenerator
    /// Called after each month with the month and the events decided so far
    /// (written or queued to be written).
    let progress: (Month, Int) -> Void

    mutating func write(to store: LedgerStore) throws -> Summary {
        var summary = Summary()
        try store.withAppendSession { session in
            // The month's events are encoded and written on another thread
            // while this one decides what follows from them.
            let appender = BackgroundAppender(session: session, proof: .encoderTrusted)
            var events: [Event] = []
            func append(_ batch: [Event], at now: Instant) throws -> Int {
                var start = 0
                while start < batch.count {
                    let end = min(start + Self.batchEventsMaximum, batch.count)
                    events += appender.append(Array(batch[start..<end]), now: now)
                    start = end
                }
                try appender.check()
                return batch.count
            }
            do {
                var month = LedgerGenerator.start
                let opening = Instant.endOfDay(month.firstDay)
                summary.facts += try append(LedgerGenerator.programFacts(), at: opening)
                summary.facts += try append([generator.openingTaxRate()], at: opening)
                // The state after the previous month-end, as that run left it:
                // replaying the whole ledger again for each month would double
                // the cost of generating.
                var state = Projection.replay(events)
                // Each month-end simulates the last two months only, not the
                // whole ledger again (it decides the same events).
                var series = MonthEndSeries()
                for _ in 0..<generator.months {
                    let now = Instant.endOfDay(month.lastDay.adding(days: 1))
                    summary.facts += try append(generator.facts(in: month, state: state), at: now)
                    let run = Self.monthEnd(events: events, month: month, series: &series)
                    let previous = state
                    state = run.state
                    appender.release(consume previous)
                    summary.runEvents += try append(run.events, at: now)
                    progress(month, events.count)
                    month = month.next
                }
                // Freed while the last batches are written, not after.
                let finalState = state, finalSeries = series, finalEvents = events
                state = LedgerState()
                series = MonthEndSeries()
                events = []
                appender.release(consume finalState)
                appender.release(consume finalSeries)
                appender.release(consume finalEvents)
            } catch {
                // Nothing may write after the session ends: wait for the writer first.
                try? appender.finish()
                throw error
            }
            try appender.finish()
        }
        return summary
    }

    /// What `month-end` appends for `month`, without the statements, and
    /// the state the run ends with; `series` has seen the months before.
    static func monthEnd(events: [Event], month: Month, series: inout MonthEndSeries) -> (events: [Event], state: LedgerState) {
        let context = series.monthEnd(events: events, month: month)
        var decided = context.decided.map { event in var event = event; event.seq = 0; return event }
        let period = month.description
        if RunRecord.shouldRecord(run: "month-end", period: period, decided: decided.count, events: events) {
            decided.append(RunRecord.event(run: "month-end", period: period, effective: month.lastDay,
                                           watermark: context.watermark, appended: decided.count, documents: []))
        }
        return (decided, context.state)
    }
}
