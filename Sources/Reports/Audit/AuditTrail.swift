import LedgerCore
import LedgerEvents
import Billing

/// `rledger audit RESELLER [--program P]`: the reseller's whole history in
/// business-date (replay) order, every event with its effect on the
/// receivable and the running balance per program, and for every amount
/// the ledger derived, how (`AuditExplainer`).
///
/// `events` are the events the question sees: pass them through
/// `Bitemporal.events(_:asOf:knownAt:)` for `--as-of` and `--known-at`.
/// The trail replays them once, explaining each of the reseller's events
/// from the state just before it.
///
/// Example: the public sample's R-HANSA trail starts with its enrolment
/// in groupdocs on 2026-01-01 (balance 0.00), then HA-01 and its invoice
/// GD-2026-000001 (+1,080.00), the payment BT-0034 (−1,080.00), … and on
/// 2026-03-31 the late fee of 2.96 on GD-2026-000004 with "interest 2.96 =
/// 2,250.00 × 12% × 4 days / 365 (2026-03-28 … 2026-03-31)".
public struct AuditTrail: Equatable, Sendable {
    public let reseller: String
    public let program: String?
    public let entries: [AuditEntry]

    public init(events: [Event], reseller: String, program: String? = nil) {
        var walk = AuditWalk(events: events, reseller: reseller, program: program)
        walk.run()
        self.reseller = reseller
        self.program = program
        entries = walk.entries
    }
}

/// The single replay behind a trail. A late fee is explained at the end of
/// its day, once every fact of that day is applied (a payment on the
/// period's last day, applied after the fee in replay order, still stops
/// that day's interest, as it did for the run).
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
        let movesMoney = !PostingRules.postings(for: event, in: state).isEmpty
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
