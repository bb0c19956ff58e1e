import Foundation
import LedgerCore
import LedgerEvents
import EventStore

/// The demo ledger shipped in `EventLogs/`, read through the store, and the
/// same ledger after the month-end a newcomer runs first (October 2026).
///
/// Example: `try DemoLedger.afterOctoberMonthEnd()` holds the shipped events
/// plus October's invoices, late fees and run record.
public enum DemoLedger {
    public static var directory: String { Fixtures.repositoryRoot.appendingPathComponent("EventLogs").path }

    public static func events() throws -> [Event] { try LedgerStore(opening: directory).readAll() }

    public static func afterOctoberMonthEnd() throws -> [Event] {
        var ledger = InMemoryLedger(events: try events())
        ledger.monthEnd(Month(year: 2026, month: 10)!)
        return ledger.events
    }
}
