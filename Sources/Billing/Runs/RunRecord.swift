import LedgerCore
import LedgerEvents

/// The `run.completed` event that ends a run: its kind, period, watermark
/// (the highest seq it saw), how many events it appended and the SHA-256
/// of every document it wrote.
///
/// Example: month-end 2026-03 that saw seq 1…57 and appended 7 events →
/// id `run:month-end:2026-03:57`, effective 2026-03-31.
public enum RunRecord {
    public static func event(run: String, period: String, effective: CivilDate, watermark: Int, appended: Int,
                             documents: [RunCompletedPayload.Document]) -> Event {
        Event(id: "run:\(run):\(period):\(watermark)", effective: effective,
              payload: .runCompleted(RunCompletedPayload(run: run, period: period, watermark: watermark,
                                                        appended: appended, documents: documents)))
    }

    /// Whether a run has anything to record: new documents, or a period
    /// newer than the latest of its kind — where a month-end that closed a
    /// quarter or year counts as that close (`RunGuard.latest`). A repeat
    /// with no new facts records nothing; billing records only what it issued.
    public static func shouldRecord(run: String, period: String, decided: Int, events: [Event]) -> Bool {
        if decided > 0 { return true }
        let latest = RunGuard.latest(in: events)
        switch run {
        case "month-end": return Month(parsing: period).map { month in latest.month.map { $0 < month } ?? true } ?? false
        case "quarter-close": return Quarter(parsing: period).map { quarter in latest.quarter.map { $0 < quarter } ?? true } ?? false
        case "year-close": return Year(parsing: period).map { year in latest.year.map { $0 < year } ?? true } ?? false
        default: return false
        }
    }
}
