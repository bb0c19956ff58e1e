import Testing
import LedgerCore
import Billing
import Reports
import LedgerTestSupport

/// The public sample's balances as of 2026-06-30 print exactly the JSON of expected.json.
@Suite struct PublicSampleBalancesTests {
    @Test func balancesMatchExpected() throws {
        var ledger = InMemoryLedger()
        for month in ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"] {
            for family in Fixtures.appendOrder {
                let lines = Fixtures.lines(month, family)
                if !lines.isEmpty { try ledger.append(lines: lines) }
            }
            ledger.monthEnd(Month(parsing: month)!)
        }
        let asOf = Fixtures.date("2026-06-30")
        let report = BalanceReport(state: ledger.state(asOf: asOf), asOf: asOf)
        let want = try Fixtures.expected()["balances"] as! [String: Any]
        let rows = want["balances"] as! [[String: String]]
        #expect(report.asOf.description == want["asOf"] as! String)
        #expect(report.rows.count == rows.count)
        for (row, wanted) in zip(report.rows, rows) {
            #expect([row.reseller, row.program, row.currency.code, row.balance.description, row.open.description, row.overdue.description]
                    == [wanted["reseller"]!, wanted["program"]!, wanted["currency"]!, wanted["balance"]!, wanted["open"]!, wanted["overdue"]!])
        }
        #expect(ledger.state.book.trial.values.allSatisfy { $0 == 0 }, "the ledger sums to zero per currency")
    }
}
