import Testing
import LedgerCore
import Billing
import Reports
import LedgerTestSupport

/// Which resellers get a statement: those with a movement in the month, open
/// items at its end, or a balance — a reseller holding credit is told so
/// every month, and one with nothing at all is not sent an empty page.
@Suite struct StatementSelectionTests {
    @Test func aResellerHoldingCreditGetsAStatementInAQuietMonth() throws {
        var ledger = InMemoryLedger(events: try PublicSampleLedger.through("2026-06").events)
        let july = Month(year: 2026, month: 7)!
        ledger.monthEnd(july)
        let events = ledger.events.filter { $0.effective <= july.lastDay }
        let statements = Statement.statements(events: events, state: Projection.replay(events), month: july)
        let andes = try #require(statements.first { $0.reseller == "R-ANDES" })
        #expect(andes.movements.isEmpty)
        #expect(andes.closing.description == "-725.00")
        #expect(!statements.contains { $0.reseller == "R-PACIFIC" }, "no movement, no open item, zero balance: no statement")
    }
}
