import LedgerCore
import LedgerEvents

/// The billing run (`rledger bill`, first step of month-end): invoices for
/// orders not yet invoiced and for chargeable service months not yet
/// invoiced, through a date.
///
/// It replays the facts day by day and issues each day's invoices after
/// that day's facts and before its money (RULES.md §0b.1), so an invoice
/// issued earlier in the same run can start a credit hold that a later
/// order of the same run sees. Example: the public sample's January run
/// issues BK-2026-000001 (setup, 1,920.00, 12 Jan), GD-2026-000001 and
/// GD-2026-000002 (prepaid first orders) and BK-2026-000002 (12 accounts ×
/// 72.00 for January, dated 31 Jan, due 28 Feb).
public enum BillingRun {
    public struct Outcome: Sendable {
        /// The new invoices, in the order they are appended.
        public let invoices: [Event]
        /// The state replayed with the new invoices applied.
        public let state: LedgerState
        /// The simulation at the end of the day asked for, when it could be kept.
        public let checkpoint: BillingCheckpoint?
    }

    /// `events` are all stored events; only those effective ≤ `through` count
    /// (RULES.md §0b.2), and every tier assignment, which changes nothing
    /// before its own date but lets a run see a review already recorded
    /// for the next quarter.
    /// `keepingCheckpointAt`: a day before `through` at whose end to keep
    /// the simulation for a later run (`BillingCheckpoint`).
    public static func decide(events: [Event], through: CivilDate, keepingCheckpointAt day: CivilDate? = nil) -> Outcome {
        var simulation = Simulation(events: events, through: through, checkpointDay: day)
        simulation.run()
        return Outcome(invoices: simulation.issued, state: simulation.state, checkpoint: simulation.checkpoint)
    }

    public static func isVisible(_ event: Event, through: CivilDate) -> Bool {
        event.effective <= through || event.type == .tierAssigned
    }
}

/// The day-by-day replay behind `BillingRun`.
struct Simulation {
    /// All stored events, shared with the caller (never copied); only the
    /// visible ones are replayed, through `order`.
    let events: [Event]
    /// Positions of the visible events (`BillingRun.isVisible`) in replay order.
    let order: [Int]
    let through: CivilDate
    var state = LedgerState()
    var issued: [Event] = []
    var numbers: NumberSeries
    var nextSeq: Int
    var lastClosedMonthEnd: CivilDate?
    /// Where to keep a checkpoint, until the run passes it.
    var checkpointDay: CivilDate?
    var checkpoint: BillingCheckpoint?

    init(events: [Event], through: CivilDate, checkpointDay: CivilDate? = nil) {
        self.events = events
        self.through = through
        self.checkpointDay = checkpointDay.flatMap { $0 < through ? $0 : nil }
        // Numbers and seqs continue from the visible events only, as the
        // replay sees them.
        var numbers = NumberSeries()
        var maximumSeq: Int?
        for event in events where BillingRun.isVisible(event, through: through) {
            numbers.note(event)
            maximumSeq = max(maximumSeq ?? event.seq, event.seq)
        }
        self.numbers = numbers
        nextSeq = (maximumSeq ?? 0) + 1
        order = Projection.replayIndices(events) { BillingRun.isVisible($0, through: through) }
    }

    mutating func run() {
        var position = 0
        while position < order.count {
            let day = events[order[position]].effective
            if let keep = checkpointDay, day > keep { keepCheckpoint(at: keep, next: day) }
            if day > through {
                // Only tier assignments are visible past `through`; they bill nothing.
                Projection.evolve(into: &state, event: events[order[position]])
                position += 1
                continue
            }
            closeMonthEnds(before: day)
            // The day's orders, noted as they apply, so that finding what to
            // invoice costs the day's orders, not every order of the ledger.
            var placed: [OrderKey] = []
            while position < order.count {
                let event = events[order[position]]
                guard event.effective == day, Projection.moneyPhase(event.type) == 0 else { break }
                if case .orderPlaced(let p) = event.payload { placed.append(OrderKey(program: p.program, order: p.order)) }
                Projection.evolve(into: &state, event: event)
                position += 1
            }
            issueInvoices(on: day, placed: placed)
            while position < order.count {
                let event = events[order[position]]
                guard event.effective == day else { break }
                Projection.evolve(into: &state, event: event)
                position += 1
            }
        }
        if let keep = checkpointDay { keepCheckpoint(at: keep, next: nil) }
        closeMonthEnds(before: through.adding(days: 1))
    }

    /// Issues service-month invoices on every month's last day in
    /// (last closed, `day`) that had no events of its own.
    mutating func closeMonthEnds(before day: CivilDate) {
        guard let from = lastClosedMonthEnd?.adding(days: 1) ?? state.enrolments.values.map(\.enrolled).min() else { return }
        var monthEnd = from.lastDayOfMonth
        while monthEnd < day {
            issueInvoices(on: monthEnd, placed: [])
            monthEnd = monthEnd.adding(days: 1).lastDayOfMonth
        }
    }

    /// `placed` are the orders that applied on `day`: the only ones an
    /// invoice for `day` can be for.
    mutating func issueInvoices(on day: CivilDate, placed: [OrderKey]) {
        var drafts = orderDrafts(on: day, placed: placed)
        if day == day.lastDayOfMonth {
            drafts += subscriptionDrafts(for: day.monthPeriod)
            lastClosedMonthEnd = day
        }
        for draft in drafts.sorted(by: { $0.sourceSeq < $1.sourceSeq }) {
            guard let event = draft.makeEvent(numbers: &numbers, seq: nextSeq) else { continue }
            nextSeq += 1
            issued.append(event)
            Projection.evolve(into: &state, event: event)
        }
    }

    func orderDrafts(on day: CivilDate, placed: [OrderKey]) -> [InvoiceDraft] {
        var seen = Set<OrderKey>()
        return placed.compactMap { key in
            guard seen.insert(key).inserted, let order = state.orders[key], order.date == day, order.invoiceNumber == nil else { return nil }
            return InvoiceDraft.forOrder(order, state: state)
        }
    }

    func subscriptionDrafts(for month: Month) -> [InvoiceDraft] {
        var drafts: [InvoiceDraft] = []
        for enrolment in state.enrolments.values {
            let accounts = enrolment.accounts.values.filter { account in
                account.isCharged(for: month)
                    && state.serviceMonthInvoices[ServiceMonthKey(program: enrolment.key.program, account: account.account, month: month)] == nil
            }
            if accounts.isEmpty { continue }
            if let draft = InvoiceDraft.forServiceMonth(month, accounts: accounts, enrolment: enrolment, state: state) {
                drafts.append(draft)
            }
        }
        return drafts
    }
}
