import LedgerCore
import LedgerEvents
import Billing

/// The single replay behind a trail: every event is applied once; an event
/// of the reseller is explained from the state just before it, and its
/// allocations from the state just after. A late fee is explained at the
/// end of its day, once every fact of that day is applied (a payment on the
/// period's last day comes after the fee in replay order, yet stops that
/// day's interest, as it did for the run).
///
/// Example: for R-HANSA the walk applies every event of the public
/// sample and records 22 entries; the fee of 2026-03-31 (seq 63) gets its
/// explanation when the walk leaves 2026-03-31.
struct AuditWalk {
    let sorted: [Event]
    let reseller: String
    let program: String?
    var state = LedgerState()
    var entries: [AuditEntry] = []
    var programs: [String] = []
    var pendingFees: [(entry: Int, event: Event, payload: LateFeeAssessedPayload)] = []

    init(events: [Event], reseller: String, program: String?) {
        sorted = events.sorted(by: Projection.replayOrder)
        self.reseller = reseller
        self.program = program
    }

    mutating func run() {
        for (index, event) in sorted.enumerated() {
            if concerns(event) { record(event) } else { Projection.evolve(into: &state, event: event) }
            if index + 1 == sorted.count || sorted[index + 1].effective > event.effective { explainPendingFees() }
        }
    }

    func concerns(_ event: Event) -> Bool {
        guard event.payload.reseller == reseller else { return false }
        guard let program, let eventProgram = event.payload.program else { return true }
        return eventProgram == program
    }

    mutating func record(_ event: Event) {
        let key = event.payload.program.map { EnrolmentKey(reseller: reseller, program: $0) }
        let description = AuditExplainer.describe(event, state)
        var explanations = AuditExplainer.before(event, state)
        let opens = AuditExplainer.Opens(key, state)
        let movesMoney = !PostingRules.entries(for: event, in: state).isEmpty
        let receivableBefore = key.flatMap { state.enrolments[$0]?.receivable }
        Projection.evolve(into: &state, event: event)
        if case .resellerEnrolled(let p) = event.payload, !programs.contains(p.program) {
            programs.append(p.program)
            programs.sort()
        }
        explanations += AuditExplainer.after(event, state)
        explanations += AuditExplainer.applied(before: opens, key: key, state)
        var effect: Money?
        if movesMoney, let after = key.flatMap({ state.enrolments[$0]?.receivable }) {
            effect = after - (receivableBefore ?? .zero(after.currency))
        }
        if case .lateFeeAssessed(let p) = event.payload { pendingFees.append((entries.count, event, p)) }
        entries.append(AuditEntry(date: event.effective, seq: event.seq, eventId: event.id, type: event.type, program: event.payload.program,
                                  recorded: event.recorded, description: description, effect: effect, balances: balances(),
                                  explanations: explanations))
    }

    func balances() -> [AuditEntry.Balance] {
        programs.compactMap { program in
            state.enrolments[EnrolmentKey(reseller: reseller, program: program)].map { AuditEntry.Balance(program: program, balance: $0.receivable) }
        }
    }

    /// Explains the day's late fees from the state at the end of the day.
    /// When facts recorded after a fee changed its figure, the state the
    /// run saw (events before the fee's seq) is rebuilt for that fee alone.
    mutating func explainPendingFees() {
        for pending in pendingFees {
            let sorted = self.sorted
            let lines = AuditExplainer.lateFee(pending.payload, state) {
                Projection.replay(sorted.filter { $0.seq < pending.event.seq && $0.effective <= pending.payload.through })
            }
            entries[pending.entry].explanations = lines + entries[pending.entry].explanations
        }
        pendingFees = []
    }
}
