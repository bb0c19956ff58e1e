import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// RULES.md §0b.8 and §0b.21: a negative late fee whose fees are already
/// paid leaves a credit on the month's last day, which lowers another
/// invoice's open amount at the end of that day and so its interest. The
/// month-end used to assess every invoice on the state before its own
/// decisions, so a repeated month-end found a cent more to true up; found
/// by the property test (seed 25).
@Suite struct LateInterestFixedPointTests {
    @Test("a true-up's credit on the period end is in the other invoices' interest at once; the repeat appends nothing")
    func trueUpCreditIsSettledInTheSameRun() throws {
        var ledger = try GroupDocsScenario.pastFirstOrders("R-BRAINS", kind: "consulting")
        // X: 1,000.00 due 2026-04-01. Y: ordered on hold, due on its date 2026-04-10.
        try ledger.append(.order("GD-X", by: "R-BRAINS", in: "groupdocs", on: "2026-03-02",
                                 lines: [.line("GD-TOTAL", "license", unitPrice: "1000.00")], endCustomer: .defaultCustomer),
                          .order("GD-Y", by: "R-BRAINS", in: "groupdocs", on: "2026-04-10",
                                 lines: [.line("GD-TOTAL", "license", unitPrice: "1000.00")], endCustomer: .defaultCustomer))
        for month in ["2026-03", "2026-04"] { try ledger.runMonthEnd(.of(month)) }
        #expect(ledger.events.compactMap(\.lateFee).map { "\($0.invoice) \($0.amount)" }
                == ["GD-2026-000004 9.53", "GD-2026-000005 6.58"])

        // X's April fee is paid; then X's own payment arrives, effective its due date.
        try ledger.append(.pay("9.53", by: "R-BRAINS", in: "groupdocs", on: "2026-05-05",
                               allocations: [("fee:GD-2026-000004:2026-04", "9.53")]))
        try ledger.append(.pay("1000.00", by: "R-BRAINS", in: "groupdocs", on: "2026-04-01",
                               allocations: [("GD-2026-000004", "1000.00")]))
        let may = try ledger.runMonthEnd(.of("2026-05"))
        // X: −9.53 with nothing open to reduce → 9.53 credit on 2026-05-31, applied to Y.
        // Y through 31 May: 50 days on 1,000.00 and 1 day on 990.47 at 12% / 365 = 16.76; 6.58 assessed → 10.18.
        #expect(may.compactMap(\.lateFee).map { "\($0.invoice) \($0.amount) \($0.cumulative)" }
                == ["GD-2026-000004 -9.53 0.00", "GD-2026-000005 10.18 16.76"])
        #expect(ledger.state.invoices["GD-2026-000005"]?.open.description == "990.47")
        #expect(try ledger.runMonthEnd(.of("2026-05")).isEmpty, "month-end 2026-05 repeated")
        #expect(ledger.state.checkInvariants() == [])
    }
}
