import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// Worked example 12 (RULES.md §2, §0b.8): interest is recomputed from all
/// facts known at each month-end, so a payment recorded late but effective
/// earlier gives a negative `lateFee.assessed` — a true-up, never an edit.
@Suite struct WorkedExample12InterestTrueUpTests {
    @Test("Worked example 12: 1,000.00 due 2026-03-31 → April assesses 9.86 (30 days); payment effective 2026-04-20 → May appends −3.61")
    func backDatedPaymentTruesUpInterest() throws {
        var ledger = try GroupDocsScenario.pastFirstOrders("R-BRAINS", kind: "consulting")
        try ledger.append(.order("GD-4", by: "R-BRAINS", in: "groupdocs", on: "2026-03-01",
                                 lines: [.line("GD-TOTAL", "license", unitPrice: "1000.00")], endCustomer: .defaultCustomer))
        for month in ["2026-01", "2026-02", "2026-03"] { try ledger.runMonthEnd(.of(month)) }
        let invoice = try #require(ledger.state.invoices["GD-2026-000004"])
        #expect(invoice.total.description == "1000.00")
        #expect(invoice.due.description == "2026-03-31")

        let april = try ledger.runMonthEnd(.of("2026-04"))
        #expect(april.compactMap(\.lateFee) == [LateFeeAssessedPayload(
            reseller: "R-BRAINS", program: "groupdocs", invoice: "GD-2026-000004", through: Event.day("2026-04-30"),
            amount: Event.decimal("9.86"), cumulative: Event.decimal("9.86"))])

        ledger.now = Instant(parsing: "2026-05-12T09:00:00Z")!
        try ledger.append(.pay("1000.00", by: "R-BRAINS", in: "groupdocs", on: "2026-04-20"))
        let may = try ledger.runMonthEnd(.of("2026-05"))
        let trueUp = try #require(may.first { $0.lateFee != nil })
        #expect(trueUp.id == "fee:GD-2026-000004:2026-05")
        #expect(trueUp.effective.description == "2026-05-31")
        #expect(trueUp.lateFee == LateFeeAssessedPayload(
            reseller: "R-BRAINS", program: "groupdocs", invoice: "GD-2026-000004", through: Event.day("2026-05-31"),
            amount: Event.decimal("-3.61"), cumulative: Event.decimal("6.25")))

        // The true-up reduces the open April fee: 9.86 − 3.61 = 6.25 still owed, the invoice is paid.
        let state = ledger.state
        #expect(state.invoices["GD-2026-000004"]?.open.description == "0.00")
        #expect(state.openLateFees(of: EnrolmentKey(reseller: "R-BRAINS", program: "groupdocs")).map(\.open.description) == ["6.25"])
        #expect(state.enrolments[EnrolmentKey(reseller: "R-BRAINS", program: "groupdocs")]?.receivable.description == "6.25")
        #expect(state.checkInvariants() == [])
        #expect(try ledger.runMonthEnd(.of("2026-05")).isEmpty)
    }
}
