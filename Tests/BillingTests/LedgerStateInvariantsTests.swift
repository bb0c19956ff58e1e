import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// `LedgerState.checkInvariants()`: empty for consistent states, including
/// the documented exception of negative unapplied credit, and naming each
/// invariant a damaged state breaks.
@Suite struct LedgerStateInvariantsTests {
    /// Smart-Soft privileged: Q2 order 1,400,000.00 software → 910,000.00,
    /// paid; the Q2 rebate 45,500.00 is credited and refunded.
    static func rebatedAndRefunded() throws -> InMemoryLedger {
        var ledger = InMemoryLedger()
        try ledger.append(.terms(.smartSoft), .enrol("R-ALTAI", in: "smartsoft", tier: "privileged", country: "RU"),
                          .order("SS-1", by: "R-ALTAI", in: "smartsoft", on: "2026-04-15",
                                 lines: [.line("TI-LICENCE", "software", unitPrice: "1400000.00")]),
                          .pay("910000.00", by: "R-ALTAI", in: "smartsoft", on: "2026-05-10"))
        try ledger.runMonthEnd(.of("2026-06"))
        try ledger.append(.refund("45500.00", by: "R-ALTAI", in: "smartsoft", on: "2026-07-01"))
        return ledger
    }

    static let key = EnrolmentKey(reseller: "R-ALTAI", program: "smartsoft")

    @Test("a downward rebate adjustment larger than the credit left makes unapplied credit negative; the reconciliation still holds")
    func negativeCreditAdjustment() throws {
        var ledger = try Self.rebatedAndRefunded()
        #expect(ledger.state.enrolments[Self.key]?.rebates["2026-Q2"]?.description == "45500.00")
        // A review recorded in July puts the partner at certified from 1 April: Q2 earns no rebate.
        try ledger.append(.review("R-ALTAI", in: "smartsoft", tier: "certified", on: "2026-04-01"))
        let september = try ledger.runMonthEnd(.of("2026-09"))
        #expect(september.compactMap(\.rebate).map { "\($0.period) \($0.amount) \($0.cumulative)" } == ["2026-Q2 -45500.00 0.00"])
        let state = ledger.state
        let enrolment = try #require(state.enrolments[Self.key])
        #expect([enrolment.unapplied, enrolment.receivable].map(\.description) == ["-45500.00", "45500.00"],
                "owed without a document")
        #expect(state.openInvoices(of: Self.key).isEmpty)
        #expect(state.checkInvariants() == [])
    }

    @Test("every event of a consistent ledger keeps the invariants, step by step")
    func stepByStep() throws {
        let ledger = try Self.rebatedAndRefunded()
        var state = LedgerState()
        for event in ledger.events.sorted(by: Projection.replayOrder) {
            Projection.evolve(into: &state, event: event)
            #expect(state.checkInvariants() == [], "after \(event.id)")
        }
    }

    @Test("a damaged state names each broken invariant")
    func damagedStateIsReported() throws {
        var state = try Self.rebatedAndRefunded().state
        state.enrolments[Self.key]?.receivable += Money(minor: 1, currency: .rub)
        var invoice = try #require(state.invoices["SS-2026-000001"])
        invoice.open = Money(minor: -100, currency: .rub)
        state.invoices["SS-2026-000001"] = invoice
        #expect(state.checkInvariants() == [
            "invoice SS-2026-000001: open -1.00 is not within 0…910000.00",
            "invoice SS-2026-000001: allocations 910000.00 ≠ total 910000.00 − open -1.00",
            "invoice SS-2026-000001: open history ends at 0.00, open is -1.00",
            "R-ALTAI/smartsoft: receivable 0.01 ≠ book balance 0.00 of Assets:Receivable:Smartsoft:R-ALTAI",
            "R-ALTAI/smartsoft: receivable 0.01 ≠ open invoices 0.00 + open late fees 0.00 − unapplied 0.00",
        ])
    }

    @Test("positive credit beside an open document is reported")
    func creditBesideOpenDocument() throws {
        var state = try Self.rebatedAndRefunded().state
        var invoice = try #require(state.invoices["SS-2026-000001"])
        invoice.open = Money(minor: 100, currency: .rub)
        state.invoices["SS-2026-000001"] = invoice
        state.enrolments[Self.key]?.unapplied = Money(minor: 100, currency: .rub)
        #expect(state.checkInvariants().contains("R-ALTAI/smartsoft: unapplied credit 1.00 beside open documents 1.00"))
    }
}
