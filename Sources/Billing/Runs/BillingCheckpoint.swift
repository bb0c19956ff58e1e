import LedgerCore
import LedgerEvents

/// The billing run's day-by-day simulation kept at the end of one day, so a
/// later run over the same events plus newer ones can start there instead
/// of replaying the whole ledger again.
///
/// A checkpoint holds the state after every event of the first
/// `eventCount` events effective on or before `day` (in replay order), with
/// the month ends through `day` closed, and is kept only when the run had
/// issued nothing by then. Resuming is exact — the same invoices and state
/// as a run from the start — when the events it was taken from are still
/// the first `eventCount` events, unchanged, and every event after them is
/// effective after `day` (`canResume`): replay order is by effective date
/// first, so none of them would have applied before that point, and what
/// applied before it is the same.
///
/// Example: month-end 2026-03 keeps a checkpoint at 2026-02-28; month-end
/// 2026-04, whose new events (March's invoices and fees, April's facts,
/// payments back-dated into March) are all after February, resumes there
/// and simulates March and April only.
public struct BillingCheckpoint: Sendable {
    public let day: CivilDate
    public let eventCount: Int
    let state: LedgerState
    let lastClosedMonthEnd: CivilDate?

    /// Whether a run through `through` over `events` can start here.
    public func canResume(events: [Event], through: CivilDate) -> Bool {
        guard eventCount <= events.count, day < through else { return false }
        return events[eventCount...].allSatisfy { $0.effective > day }
    }
}

extension BillingRun {
    /// `decide(events:through:)` started from `checkpoint`, which must
    /// `canResume` with these events. `numbers` and `maximumSeq` are what
    /// a run from the start would seed itself with: the numbers and the
    /// highest seq of the visible events (`isVisible`).
    /// The checkpoint is consumed: when the caller gave up its own copy,
    /// the simulation changes its state in place instead of copying it.
    public static func decide(events: [Event], through: CivilDate, resuming checkpoint: consuming BillingCheckpoint,
                              numbers: NumberSeries, maximumSeq: Int?, keepingCheckpointAt day: CivilDate? = nil) -> Outcome {
        precondition(checkpoint.canResume(events: events, through: through), "a billing checkpoint resumed past its events")
        var simulation = Simulation(events: events, through: through, resuming: checkpoint, numbers: numbers,
                                    maximumSeq: maximumSeq, checkpointDay: day)
        simulation.run()
        return Outcome(invoices: simulation.issued, state: simulation.state, checkpoint: simulation.checkpoint)
    }
}

extension Simulation {
    init(events: [Event], through: CivilDate, resuming checkpoint: consuming BillingCheckpoint, numbers: NumberSeries,
         maximumSeq: Int?, checkpointDay: CivilDate?) {
        self.events = events
        self.through = through
        self.numbers = numbers
        nextSeq = (maximumSeq ?? 0) + 1
        let day = checkpoint.day
        lastClosedMonthEnd = checkpoint.lastClosedMonthEnd
        order = Projection.replayIndices(events) { $0.effective > day && BillingRun.isVisible($0, through: through) }
        self.checkpointDay = checkpointDay.flatMap { $0 >= day && $0 < through ? $0 : nil }
        state = (consume checkpoint).state
    }

    /// Called once, when the run is about to apply the first event after
    /// `day` (`next`), or at its end (`next` nil): closes the month ends
    /// through `day` (as the next day's step would) and keeps the state.
    /// Not kept when something was issued by then (a later run from the
    /// start would issue it again), nor when the next event is a tier
    /// assignment past `through`, which applies before the last month ends
    /// close.
    mutating func keepCheckpoint(at day: CivilDate, next: CivilDate?) {
        checkpointDay = nil
        if let next, next > through { return }
        closeMonthEnds(before: day.adding(days: 1))
        guard issued.isEmpty else { return }
        checkpoint = BillingCheckpoint(day: day, eventCount: events.count, state: state, lastClosedMonthEnd: lastClosedMonthEnd)
    }
}
