import LedgerCore
import LedgerEvents
import Billing

/// Typed input and the period runs as `rledger` performs them: the run
/// guard first, then the decided events, then one `run.completed` when the
/// run has anything to record.
///
/// Example (worked example 14): after `runMonthEnd(2026-06)`, a second
/// `runMonthEnd(2026-06)` appends nothing and `runMonthEnd(2026-05)` throws
/// the guard's refusal.
extension InMemoryLedger {
    /// Appends input events through their JSON lines, so the codec reads
    /// them exactly as `append` reads a file.
    @discardableResult
    public mutating func append(_ events: Event...) throws -> [Event] {
        try append(inputs: events)
    }

    /// As `append(_:)`, for a generated list.
    @discardableResult
    public mutating func append(inputs events: [Event]) throws -> [Event] {
        try append(lines: events.map(\.inputLine))
    }

    /// Month-end guarded and recorded like the command.
    @discardableResult
    public mutating func runMonthEnd(_ month: Month) throws(RunGuard.Refusal) -> [Event] {
        try RunGuard.checkMonthEnd(month, events: events)
        return record(PeriodRuns.monthEnd(events: events, month: month), run: "month-end", period: month.description,
                      effective: month.lastDay)
    }

    /// Quarter close on its own (RULES.md §0b.21), guarded and recorded.
    @discardableResult
    public mutating func quarterClose(_ quarter: Quarter) throws(RunGuard.Refusal) -> [Event] {
        try RunGuard.checkQuarterClose(quarter, events: events)
        return record(PeriodRuns.quarterClose(events: events, quarter: quarter), run: "quarter-close",
                      period: quarter.description, effective: quarter.lastDay)
    }

    /// Year close on its own, guarded and recorded.
    @discardableResult
    public mutating func yearClose(_ year: Year) throws(RunGuard.Refusal) -> [Event] {
        try RunGuard.checkYearClose(year, events: events)
        return record(PeriodRuns.yearClose(events: events, year: year), run: "year-close", period: year.description,
                      effective: year.lastDay)
    }

    mutating func record(_ context: RunContext, run: String, period: String, effective: CivilDate) -> [Event] {
        let recordIt = RunRecord.shouldRecord(run: run, period: period, decided: context.decided.count, events: events)
        var appended = store(context.decided)
        if recordIt {
            appended += store([RunRecord.event(run: run, period: period, effective: effective, watermark: context.watermark,
                                               appended: context.decided.count, documents: [])])
        }
        return appended
    }
}
