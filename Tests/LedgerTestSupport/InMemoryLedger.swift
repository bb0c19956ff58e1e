import LedgerCore
import LedgerEvents
import Billing

/// A ledger kept in memory for rule tests: it assigns `seq` and `recorded`
/// like the store and runs the same business checks as `append`, without
/// touching the file system. Like the store, it skips an input whose id
/// is already stored with the same content (an idempotent retry) and
/// refuses one with other content.
///
/// Example: `var ledger = InMemoryLedger(); try ledger.append(lines: [...]); ledger.bill(through: date)`.
public struct InMemoryLedger {
    /// Thrown when the whole-ledger and the partial validation disagree:
    /// a bug in the partition claim, never a business refusal.
    public struct PartialValidationDisagrees: Error, CustomStringConvertible {
        public let whole: String
        public let partial: String
        public var description: String { "whole-ledger validation: \(whole); partial: \(partial)" }
    }

    public private(set) var events: [Event] = []
    /// Position in `events` of every id, for the store's id rule.
    private var positions: [String: Int] = [:]
    public var now = Instant(parsing: "2026-11-01T00:00:00Z")!

    public init() {}

    /// A ledger that starts from stored events (seq and recorded already set).
    public init(events: [Event]) { self.events = events }

    /// Decodes input lines and appends them after the business checks.
    @discardableResult
    public mutating func append(lines: [String]) throws -> [Event] {
        let batch = try lines.map { line in try EventCodec.decode(line: Array(line.utf8), form: .input).event }
        return try append(batch)
    }

    /// Every append is checked twice: from the whole ledger, and as the
    /// store's indexed append checks it, from the events of the batch's
    /// resellers and of no reseller plus the order and account ids held
    /// elsewhere. The two must agree, refusal for refusal; every rule test
    /// that appends checks that claim of `AppendValidator`.
    @discardableResult
    public mutating func append(_ batch: [Event]) throws -> [Event] {
        let fresh = try withoutRetries(batch)
        let whole = Result { () throws(RuleViolation) in try AppendValidator.validate(existing: events, fresh: fresh) }
        let partial = Result { () throws(RuleViolation) in try AppendValidator.validate(
            partition: Self.partition(events, for: fresh), lastSeq: events.last?.seq ?? 0,
            elsewhere: Self.taken(in: events, wanted: TakenIds.wanted(by: fresh)), fresh: fresh) }
        guard Self.describe(whole) == Self.describe(partial) else {
            throw PartialValidationDisagrees(whole: Self.describe(whole), partial: Self.describe(partial))
        }
        try whole.get()
        return store(fresh)
    }

    /// The events a partial validation replays: those of `fresh`'s resellers and of no reseller.
    public static func partition(_ events: [Event], for fresh: [Event]) -> [Event] {
        let resellers = Set(fresh.compactMap(\.payload.reseller))
        return events.filter { event in event.payload.reseller.map(resellers.contains) ?? true }
    }

    /// The wanted ids that stored events hold (what the store's key index answers).
    public static func taken(in events: [Event], wanted: TakenIds) -> TakenIds {
        var taken = TakenIds()
        for event in events {
            switch event.payload {
            case .orderPlaced(let p) where wanted.orders.contains(OrderKey(program: p.program, order: p.order)):
                taken.orders.insert(OrderKey(program: p.program, order: p.order))
            case .accountSetUp(let p) where wanted.accounts.contains(AccountKey(program: p.program, account: p.account)):
                taken.accounts.insert(AccountKey(program: p.program, account: p.account))
            default: break
            }
        }
        return taken
    }

    static func describe(_ result: Result<Void, RuleViolation>) -> String {
        switch result {
        case .success: "accepted"
        case .failure(let violation): "\(violation.index) \(violation.field) \(violation.rule): \(violation.message)"
        }
    }

    /// The batch without events already stored with the same content; an id
    /// reused with other content is refused (DESIGN.md §2, Appends).
    func withoutRetries(_ batch: [Event]) throws(DuplicateEventId) -> [Event] {
        var fresh: [Event] = []
        var seen: [String: Event] = [:]
        for event in batch {
            let earlier = positions[event.id].map { events[$0] } ?? seen[event.id]
            if let earlier {
                if EventCodec.encodeInput(earlier) == EventCodec.encodeInput(event) { continue }
                throw DuplicateEventId(id: event.id)
            }
            seen[event.id] = event
            fresh.append(event)
        }
        return fresh
    }

    /// Appends run output (no business checks, like the store's run path).
    @discardableResult
    public mutating func store(_ batch: [Event]) -> [Event] {
        var stored: [Event] = []
        for var event in batch {
            event.seq = (events.last?.seq ?? 0) + 1
            event.recorded = now
            positions[event.id] = events.count
            events.append(event)
            stored.append(event)
        }
        return stored
    }

    @discardableResult
    public mutating func bill(through: CivilDate) -> [Event] {
        store(BillingRun.decide(events: events, through: through).invoices)
    }

    /// Month-end without statements (those are rendered by Reports).
    @discardableResult
    public mutating func monthEnd(_ month: Month) -> [Event] {
        store(PeriodRuns.monthEnd(events: events, month: month).decided.map { var e = $0; e.seq = 0; return e })
    }

    public var state: LedgerState { Projection.replay(events) }

    public func state(asOf date: CivilDate) -> LedgerState {
        Projection.replay(events.filter { $0.effective <= date })
    }
}

/// An input id already in the ledger with other content.
public struct DuplicateEventId: Error, Equatable, CustomStringConvertible {
    public let id: String
    public init(id: String) { self.id = id }
    public var description: String { "id \"\(id)\" is already in the ledger with other content" }
}
