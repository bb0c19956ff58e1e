import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// Worked example 3 (RULES.md §1, §0b.14): the ByteKast quarter close
/// counts active accounts on the quarter's last day and assigns the level
/// the count reaches from the next quarter's first day; the next month's
/// fees are invoiced at the new discount.
@Suite struct WorkedExample03TierEvaluationTests {
    @Test("Worked example 3: 18 active accounts on 2026-06-30 → gold from 2026-07-01 (basis 18); July fee 100.00 invoiced at 67.00")
    func eighteenAccountsReachGold() throws {
        var ledger = InMemoryLedger()
        try ledger.append(.terms(.byteKast), .enrol("R-ORBIT", in: "bytekast", tier: "silver"))
        let accounts = (1...18).map { "OB-\($0 < 10 ? "0" : "")\($0)" }
        try ledger.append(inputs: accounts.map { Event.setUp($0, by: "R-ORBIT", on: "2026-06-01", fee: "100.00") })
        #expect(ledger.state.enrolments[EnrolmentKey(reseller: "R-ORBIT", program: "bytekast")]?
            .activeAccounts(on: Event.day("2026-06-30")) == 18)

        let june = try ledger.runMonthEnd(.of("2026-06"))
        let tier = try #require(june.compactMap(\.tierAssignment).first)
        let tierEvent = try #require(june.first { $0.tierAssignment != nil })
        #expect(tierEvent.id == "tier:bytekast:R-ORBIT:2026-Q2")
        #expect(tierEvent.effective.description == "2026-07-01")
        #expect(tier == TierAssignedPayload(reseller: "R-ORBIT", program: "bytekast", tier: "gold", source: "evaluation",
                                            basis: TierBasis(activeAccounts: 18, asOf: Event.day("2026-06-30"))))
        let juneInvoice = try #require(june.compactMap(\.invoice).first)
        #expect(juneInvoice.lines.map(\.net.description) == Array(repeating: "80.00", count: 18), "June is still silver")

        let july = try ledger.runMonthEnd(.of("2026-07"))
        let invoices = july.compactMap(\.invoice)
        try #require(invoices.count == 1)
        #expect(invoices[0].number == "BK-2026-000002")
        #expect(invoices[0].due.description == "2026-08-31")
        #expect(invoices[0].lines.map(\.ref) == accounts.map { "\($0):2026-07" })
        #expect(invoices[0].lines.allSatisfy { $0.unitPrice.description == "100.00" && $0.discountPercent.description == "33" && $0.net.description == "67.00" })
        #expect(invoices[0].total.description == "1206.00")
        #expect(july.compactMap(\.tierAssignment).isEmpty, "July closes no quarter")
    }
}
