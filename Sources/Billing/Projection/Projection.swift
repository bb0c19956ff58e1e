import LedgerCore
import LedgerEvents

/// Replays events into `LedgerState`: one pure fold, no I/O, no clock.
///
/// Order (RULES.md §0b.1): by effective date; on one date, documents and
/// facts before money, so a prepayment made on the order's date pays that
/// order's invoice; then by seq. Example: an invoice dated 2026-01-12
/// (seq 40) and a payment of the same date recorded earlier (seq 20): the
/// invoice applies first and the payment pays it.
public enum Projection {
    public static func replayOrder(_ a: Event, _ b: Event) -> Bool {
        if a.effective != b.effective { return a.effective < b.effective }
        let phaseA = moneyPhase(a.type), phaseB = moneyPhase(b.type)
        if phaseA != phaseB { return phaseA < phaseB }
        return a.seq < b.seq
    }

    /// 1 for money (paid, refunded, credited), 0 for documents and facts:
    /// the second key of the replay order.
    public static func moneyPhase(_ type: EventType) -> Int {
        switch type {
        case .paymentReceived, .paymentRefunded, .creditNoteIssued, .rebateCredited, .spifAwarded, .awardGranted: 1
        default: 0
        }
    }

    /// Folds the events in replay order. The events are taken (`consuming`):
    /// the fold walks them through a sorted list of positions, and lets
    /// each one go once applied, so what the state does not keep of it (its
    /// payload box, the strings only it holds) is freed as the replay goes
    /// and reused by the growing state, instead of the whole ledger and its
    /// whole projection being in memory at once. A caller that keeps its
    /// events pays one copy of the array (not of the events' contents).
    public static func replay(_ events: consuming [Event]) -> LedgerState {
        var events = events
        var state = LedgerState()
        let order = replayIndices(events)
        state.reserveCapacity(for: events)
        for index in order {
            evolve(into: &state, event: events[index])
            events[index] = released
        }
        return state
    }

    /// What `replay` leaves in place of an applied event: one shared value.
    static let released = Event(id: "", effective: CivilDate(dayNumber: 0),
                                payload: .taxRate(TaxRatePayload(jurisdiction: "", percent: .zero)))

    /// Folds the events `isIncluded` accepts, in replay order, without
    /// copying them into a filtered array.
    static func replay(_ events: [Event], where isIncluded: (Event) -> Bool) -> LedgerState {
        var state = LedgerState()
        let order = replayIndices(events, where: isIncluded)
        state.reserveCapacity(for: order.lazy.map { events[$0] })
        for index in order { evolve(into: &state, event: events[index]) }
        return state
    }

    /// The positions of the events `isIncluded` accepts, in replay order
    /// (`replayOrder`; events equal in it keep their order, as a stable
    /// sort of the events would).
    ///
    /// Sorting small keys instead of the events themselves moves 16 bytes
    /// per element instead of an `Event`, decides each comparison on one
    /// integer (`replayRank`) instead of re-deriving the money phase from
    /// the payload, and lets callers filter and sort without copying the
    /// ledger.
    static func replayIndices(_ events: [Event], where isIncluded: (Event) -> Bool = { _ in true }) -> [Int] {
        var keys: [ReplayKey] = []
        keys.reserveCapacity(events.count)
        for index in events.indices {
            let event = events[index]
            guard isIncluded(event) else { continue }
            keys.append(ReplayKey(event, index: index))
        }
        keys.sort()
        return keys.map(\.index)
    }

    struct ReplayKey: Comparable {
        let rank: UInt64
        let index: Int

        init(_ event: Event, index: Int) {
            rank = replayRank(effective: event.effective, type: event.type, seq: event.seq)
            self.index = index
        }

        static func < (a: ReplayKey, b: ReplayKey) -> Bool {
            a.rank != b.rank ? a.rank < b.rank : a.index < b.index
        }
    }

    /// `replayOrder` as one integer, for sorting keys instead of events:
    /// (effective day, money phase) above the seq's 40 bits (a ledger of a
    /// trillion events); the day is offset so that any date of years
    /// 0…9999 gives a positive number.
    ///
    /// Example: a payment (phase 1) and an invoice (phase 0) effective the
    /// same day: the invoice's rank is lower whatever their seqs.
    @inline(__always)
    public static func replayRank(effective: CivilDate, type: EventType, seq: Int) -> UInt64 {
        let dayPhase = (effective.dayNumber + dayBias) * 2 + moneyPhase(type)
        return UInt64(truncatingIfNeeded: dayPhase) << 40 | UInt64(truncatingIfNeeded: seq)
    }

    static let dayBias = 4_000_000

    /// Applies one stored event. Total: events were validated when appended,
    /// so a reference that does not resolve is skipped, never a crash.
    public static func evolve(into state: inout LedgerState, event: Event) {
        state.lastSeq = max(state.lastSeq, event.seq)
        let postings = PostingRules.entries(for: event, in: state)
        if !postings.isEmpty {
            state.book.post(postings)
            // A transaction posts to one receivable, its event's enrolment's.
            if let posting = postings.first(where: { $0.account.enrolment != nil }), let key = posting.account.enrolment {
                state.enrolments.modifyValue(forKey: key) { $0.receivable += posting.amount }
            }
        }
        switch event.payload {
        case .programTerms(let p):
            state.terms[p.program, default: []].insertDated(Dated(effective: event.effective, seq: event.seq, value: p))
        case .taxRate(let p):
            state.taxRates[p.jurisdiction, default: []].insertDated(Dated(effective: event.effective, seq: event.seq, value: p.percent))
        case .taxExemption(let p):
            state.exemptions[p.reseller, default: []].insertDated(Dated(effective: event.effective, seq: event.seq, value: p))
        case .resellerEnrolled(let p):
            applyEnrolment(p, event, &state)
        case .tierAssigned(let p):
            let record = TierRecord(tier: p.tier, source: p.source, basis: p.basis, eventId: event.id)
            state.enrolments[EnrolmentKey(reseller: p.reseller, program: p.program)]?.tiers
                .insertDated(Dated(effective: event.effective, seq: event.seq, value: record))
        case .creditRestored(let p):
            state.enrolments[EnrolmentKey(reseller: p.reseller, program: p.program)]?.restores.append(event.effective)
        case .opportunityRegistered(let p):
            let key = EnrolmentKey(reseller: p.reseller, program: p.program)
            if state.enrolments[key]?.opportunities[p.opportunity] == nil {
                state.enrolments[key]?.opportunities[p.opportunity] = event.effective
            }
        case .orderPlaced(let p):
            applyOrder(p, event, &state)
        case .licenseIssued, .statementIssued:
            if case .statementIssued(let p) = event.payload {
                state.enrolments[EnrolmentKey(reseller: p.reseller, program: p.program)]?.statements.insert(p.period)
            }
        case .accountSetUp(let p):
            let record = AccountRecord(account: p.account, setUp: event.effective, setUpSeq: event.seq, monthlyFee: p.monthlyFee)
            state.enrolments[EnrolmentKey(reseller: p.reseller, program: p.program)]?.accounts[p.account] = record
        case .accountCancelled(let p):
            let key = EnrolmentKey(reseller: p.reseller, program: p.program)
            state.enrolments[key]?.accounts[p.account]?.cancelled = event.effective
            state.enrolments[key]?.accounts[p.account]?.cancelledEventId = event.id
        case .invoiceIssued(let p):
            applyInvoice(p, event, &state)
        case .creditNoteIssued(let p):
            applyCreditNote(p, event, &state)
        case .lateFeeAssessed(let p):
            applyLateFee(p, event, &state)
        case .paymentReceived(let p):
            applyPayment(p, event, &state)
        case .paymentRefunded(let p):
            let key = EnrolmentKey(reseller: p.reseller, program: p.program)
            if let currency = state.enrolments[key]?.currency {
                state.enrolments[key]?.unapplied -= PostingRules.money(p.amount, currency)
            }
        case .rebateCredited(let p):
            applyCredit(key: EnrolmentKey(reseller: p.reseller, program: p.program), amount: p.amount, event, &state)
            updateCumulative(\.rebates, p.period, p.amount, EnrolmentKey(reseller: p.reseller, program: p.program), &state)
        case .spifAwarded(let p):
            applyCredit(key: EnrolmentKey(reseller: p.reseller, program: p.program), amount: p.amount, event, &state)
            updateCumulative(\.spifs, p.period, p.amount, EnrolmentKey(reseller: p.reseller, program: p.program), &state)
        case .awardGranted(let p):
            applyCredit(key: EnrolmentKey(reseller: p.reseller, program: p.program), amount: p.amount, event, &state)
        case .runCompleted:
            // Runs are recorded for the audit trail; what they issued is in
            // their own events, and `RunGuard` reads the records directly.
            break
        }
    }
}
