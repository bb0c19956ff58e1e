import LedgerCore
import LedgerEvents
import Billing

/// A ledger kept in memory for rule tests: it assigns `seq` and `recorded`
/// like the store and runs the same business checks as `append`, without
/// touching the file system.
///
/// Example: `var ledger = InMemoryLedger(); try ledger.append(lines: [...]); ledger.bill(through: date)`.
public struct InMemoryLedger {
    public private(set) var events: [Event] = []
    public var now = Instant(parsing: "2026-11-01T00:00:00Z")!

    public init() {}

    /// Decodes input lines and appends them after the business checks.
    @discardableResult
    public mutating func append(lines: [String]) throws -> [Event] {
        let batch = try lines.map { line in try EventCodec.decode(line: Array(line.utf8), form: .input).event }
        return try append(batch)
    }

    @discardableResult
    public mutating func append(_ batch: [Event]) throws -> [Event] {
        try AppendValidator.validate(existing: events, fresh: batch)
        return store(batch)
    }

    /// Appends run output (no business checks, like the store's run path).
    @discardableResult
    public mutating func store(_ batch: [Event]) -> [Event] {
        var stored: [Event] = []
        for var event in batch {
            event.seq = events.count + 1
            event.recorded = now
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
