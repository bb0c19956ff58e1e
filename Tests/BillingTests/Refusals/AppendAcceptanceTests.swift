import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// The other side of the refusals: inputs close to a refused one that
/// RULES.md allows — a temporary licence, a licence once paid, an exempt
/// US reseller without a rate, internal use up to the cap, a refund of
/// exactly the credit — and the dates that decide them.
@Suite struct AppendAcceptanceTests {
    @Test("a temporary licence for an unpaid prepaid order is accepted (§2)")
    func temporaryLicence() throws {
        var ledger = try RefusalScenario.ledger()
        let appended = try ledger.append(.licence(for: "GD-1", by: "R-HANSA", in: "groupdocs", on: "2026-02-10", temporary: true))
        #expect(appended.map(\.type) == [.licenseIssued])
    }

    @Test("a licence for a prepaid order paid on or before the licence's date is accepted; paid the day after, refused")
    func licenceAfterPayment() throws {
        var ledger = try RefusalScenario.ledger()
        try ledger.append(.pay("90.00", by: "R-HANSA", in: "groupdocs", on: "2026-02-11"))
        #expect(throws: RuleViolation.self) { try ledger.append(.licence(for: "GD-1", by: "R-HANSA", in: "groupdocs", on: "2026-02-10")) }
        try ledger.append(.licence(for: "GD-1", by: "R-HANSA", in: "groupdocs", on: "2026-02-11"))
    }

    @Test("a US reseller without a published rate may order while an exemption registered on or before the order date covers it (§0b.16)")
    func exemptionReplacesTheRate() throws {
        var ledger = try RefusalScenario.ledger()
        try ledger.append(.exemption("R-TEXAS", certificate: "TX-EXEMPT-9", validFrom: "2026-01-01", validTo: "2026-06-30",
                                     registered: "2026-02-01"))
        let order = { (id: String, date: String) in
            Event.order(id, by: "R-TEXAS", in: "groupdocs", on: date, lines: [.line("GD-TOTAL", "license", unitPrice: "100.00")],
                        endCustomer: .defaultCustomer)
        }
        try ledger.append(order("GD-TX-1", "2026-02-10"))
        let before = #expect(throws: RuleViolation.self) { try ledger.append(order("GD-TX-0", "2026-01-31")) }
        #expect(before?.message == "no sales-tax rate for US-TX is in force on 2026-01-31 and no exemption covers it", "not yet registered")
        let after = #expect(throws: RuleViolation.self) { try ledger.append(order("GD-TX-2", "2026-07-01")) }
        #expect(after?.message == "no sales-tax rate for US-TX is in force on 2026-07-01 and no exemption covers it", "no longer valid")
        let invoice = try #require(ledger.bill(through: Event.day("2026-02-28")).compactMap(\.invoice).first { $0.reseller == "R-TEXAS" })
        #expect([invoice.tax.description, invoice.taxExemption] == ["0.00", "TX-EXEMPT-9"])
    }

    @Test("internal use up to exactly the tier's cap is accepted (§0b.18)")
    func internalUseUpToTheCap() throws {
        var ledger = try RefusalScenario.ledger()
        try ledger.append(.order("SS-2", by: "R-ALTAI", in: "smartsoft", on: "2026-02-10",
                                 lines: [.line("TI-OWN-USE", "internal", unitPrice: "1000.00", users: 10)]))
        #expect(ledger.state.enrolments[EnrolmentKey(reseller: "R-ALTAI", program: "smartsoft")]?.internalUsers == 30)
    }

    @Test("a refund of exactly the unapplied credit is accepted and leaves none (§0b.10)")
    func refundOfTheWholeCredit() throws {
        var ledger = try RefusalScenario.ledger()
        try ledger.append(.refund("20.00", by: "R-ANDES", in: "rsupport", on: "2026-02-10"))
        let state = ledger.state
        #expect(state.enrolments[EnrolmentKey(reseller: "R-ANDES", program: "rsupport")]?.unapplied.description == "0.00")
        #expect(state.checkInvariants() == [])
    }

    @Test("an identical retry of a stored input is skipped; the same id with other content is refused")
    func idempotentRetry() throws {
        var ledger = try RefusalScenario.ledger()
        let payment = Event.pay("90.00", by: "R-HANSA", in: "groupdocs", on: "2026-02-10")
        #expect(try ledger.append(payment).count == 1)
        #expect(try ledger.append(payment).isEmpty)
        #expect(throws: DuplicateEventId(id: payment.id)) {
            try ledger.append(.pay("91.00", by: "R-HANSA", in: "groupdocs", on: "2026-02-10", id: payment.id))
        }
    }
}
