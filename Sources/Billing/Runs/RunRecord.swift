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
    /// newer than the latest of its kind. A repeat with no new facts records nothing.
    public static func shouldRecord(run: String, period: String, decided: Int, events: [Event]) -> Bool {
        if decided > 0 { return true }
        return !events.contains { event in
            if case .runCompleted(let p) = event.payload { return p.run == run && p.period >= period }
            return false
        }
    }
}
