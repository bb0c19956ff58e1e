import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// Worked example 5 (RULES.md §2, §0b.6): a GroupDocs invoice paid late
/// bears simple interest for each overdue day up to, not including, the
/// payment day, assessed at month-end; from the first overdue day the
/// reseller is on prepayment, so a new order is due on its order date.
@Suite struct WorkedExample05LateInterestTests {
    @Test("Worked example 5: 900.00 due 2026-04-01 paid 2026-04-15 → interest 3.85 at April month-end; order 2026-04-20 due 2026-04-20")
    func latePaymentBearsInterestAndStartsPrepayment() throws {
        var ledger = try GroupDocsScenario.pastFirstOrders("R-HANSA")
        for month in ["2026-01", "2026-02"] { try ledger.runMonthEnd(.of(month)) }

        try ledger.append(.order("GD-4", by: "R-HANSA", in: "groupdocs", on: "2026-03-02",
                                 lines: [.line("GD-TOTAL", "license", unitPrice: "1000.00")], endCustomer: .defaultCustomer))
        let march = try ledger.runMonthEnd(.of("2026-03"))
        let invoice = try #require(march.first { $0.invoice != nil })
        #expect(invoice.invoice?.number == "GD-2026-000004")
        #expect(invoice.effective.description == "2026-03-02")
        #expect(invoice.invoice?.due.description == "2026-04-01")
        #expect(invoice.invoice?.total.description == "900.00")
        #expect(march.compactMap(\.lateFee).isEmpty, "not overdue in March")

        try ledger.append(.pay("900.00", by: "R-HANSA", in: "groupdocs", on: "2026-04-15"),
                          .order("GD-5", by: "R-HANSA", in: "groupdocs", on: "2026-04-20",
                                 lines: [.line("GD-TOTAL", "license", unitPrice: "500.00")], endCustomer: .defaultCustomer),
                          .pay("450.00", by: "R-HANSA", in: "groupdocs", on: "2026-04-20"))
        let april = try ledger.runMonthEnd(.of("2026-04"))

        let prepaid = try #require(april.compactMap(\.invoice).first)
        #expect(prepaid.number == "GD-2026-000005")
        #expect(prepaid.due.description == "2026-04-20", "on prepayment since 2026-04-02")

        let fees = april.filter { $0.lateFee != nil }
        try #require(fees.count == 1)
        #expect(fees[0].id == "fee:GD-2026-000004:2026-04")
        #expect(fees[0].effective.description == "2026-04-30")
        #expect(fees[0].lateFee == LateFeeAssessedPayload(reseller: "R-HANSA", program: "groupdocs", invoice: "GD-2026-000004",
                                                          through: Event.day("2026-04-30"), amount: Event.decimal("3.85"),
                                                          cumulative: Event.decimal("3.85")))
    }

    @Test("Worked example 5: overdue days 2 to 14 April (13) × 900.00 × 12% / 365 = 3.8466 → 3.85; the hold starts 2026-04-02")
    func interestArithmeticAndHold() throws {
        var ledger = try GroupDocsScenario.pastFirstOrders("R-HANSA")
        try ledger.append(.order("GD-4", by: "R-HANSA", in: "groupdocs", on: "2026-03-02",
                                 lines: [.line("GD-TOTAL", "license", unitPrice: "1000.00")], endCustomer: .defaultCustomer),
                          .pay("900.00", by: "R-HANSA", in: "groupdocs", on: "2026-04-15"))
        ledger.bill(through: Event.day("2026-04-30"))
        let state = ledger.state
        let invoice = try #require(state.invoices["GD-2026-000004"])
        let accrual = Interest.cumulative(invoice: invoice, through: Event.day("2026-04-30"), state: state)
        #expect(accrual.amount.description == "3.85")
        let segments = accrual.segments.map { "\($0.from)…\($0.through) \($0.days) days on \($0.open) at \($0.annualPercent)%" }
        #expect(segments == ["2026-04-02…2026-04-14 13 days on 900.00 at 12%"])

        let enrolment = try #require(state.enrolments[EnrolmentKey(reseller: "R-HANSA", program: "groupdocs")])
        #expect(DueDates.holdStart(enrolment: enrolment, on: Event.day("2026-04-01"), state: state) == nil)
        #expect(DueDates.holdStart(enrolment: enrolment, on: Event.day("2026-04-20"), state: state) == Event.day("2026-04-02"))
    }
}
