import LedgerCore
import LedgerEvents

/// The working state of a period run: the state so far and the events
/// decided so far, each applied as soon as it is decided so the next step
/// sees it (credit notes before late fees, tiers before rebates).
///
/// Example: month-end 2026-03 bills March, then assesses interest on the
/// state that includes March's invoices, then closes Q1.
public struct RunContext: Sendable {
    public private(set) var state: LedgerState
    public private(set) var decided: [Event] = []
    public private(set) var numbers: NumberSeries
    /// The highest seq of the stored events the run saw.
    public let watermark: Int
    /// Ids of every stored event, and of every decided one, so new ids
    /// never collide. Apart, so a caller that keeps the stored ids from run
    /// to run (`MonthEndSeries`) lends them without a copy.
    let storedIds: Set<String>
    var decidedIds: Set<String> = []
    var nextSeq: Int

    public init(events: [Event], state: LedgerState, numbers: NumberSeries, decided: [Event]) {
        // Filled directly: mapping the ids into arrays and joining them
        // held the ledger's ids twice more before the set was built.
        var storedIds = Set<String>(minimumCapacity: events.count)
        for event in events { storedIds.insert(event.id) }
        self.init(storedIds: storedIds, watermark: events.lazy.map(\.seq).max() ?? 0, state: state, numbers: numbers, decided: decided)
    }

    /// `storedIds` and `watermark`: the ids and the highest seq of the stored events.
    init(storedIds: Set<String>, watermark: Int, state: LedgerState, numbers: NumberSeries, decided: [Event]) {
        self.state = state
        self.numbers = numbers
        self.decided = decided
        self.watermark = watermark
        self.storedIds = storedIds
        for event in decided { decidedIds.insert(event.id) }
        nextSeq = max(watermark, decided.lazy.map(\.seq).max() ?? 0) + 1
    }

    /// Whether a manual review is recorded for that date (it wins over an evaluation).
    public func hasReview(program: String, reseller: String, on date: CivilDate) -> Bool {
        state.enrolments[EnrolmentKey(reseller: reseller, program: program)]?.tiers
            .contains { $0.effective == date && $0.value.source == "review" } ?? false
    }

    /// Applies a decided event to the working state and keeps it.
    public mutating func decide(_ id: String, effective: CivilDate, _ payload: EventPayload) {
        let event = Event(seq: nextSeq, id: id, effective: effective, payload: payload)
        nextSeq += 1
        decidedIds.insert(id)
        decided.append(event)
        Projection.evolve(into: &state, event: event)
    }

    public mutating func nextNumber(prefix: String, year: Int, creditNote: Bool) -> String {
        numbers.next(prefix: prefix, year: year, creditNote: creditNote)
    }

    /// A content-derived id: `base` itself (`fee:GD-2026-000004:2026-04`),
    /// or `base:2`, `base:3` … when a repeated run of the same period
    /// issues another adjustment. A retried run sees the same ledger and so
    /// derives the same id, which the store then skips as already present.
    public func uniqueId(_ base: String) -> String {
        func isUsed(_ id: String) -> Bool { storedIds.contains(id) || decidedIds.contains(id) }
        if !isUsed(base) { return base }
        var suffix = 2
        while isUsed("\(base):\(suffix)") { suffix += 1 }
        return "\(base):\(suffix)"
    }
}
