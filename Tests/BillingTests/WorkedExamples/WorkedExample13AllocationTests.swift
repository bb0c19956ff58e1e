import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// Worked example 13 (RULES.md §0 Allocation, §0b.7): a payment without
/// allocations pays open invoices by due date; one that names a document
/// pays it first and the rest follows the default order.
@Suite struct WorkedExample13AllocationTests {
    /// RSUPPORT silver (20% off, net 30): A = 625.00 retail → 500.00 due
    /// 2026-03-31 (RS-2026-000001); B = 375.00 → 300.00 due 2026-04-30 (RS-2026-000002).
    static func twoInvoices(payment: Event) throws -> LedgerState {
        var ledger = InMemoryLedger()
        try ledger.append(.terms(.rSupport), .enrol("R-ANDES", in: "rsupport", tier: "silver", country: "CL"),
                          .order("RS-A", by: "R-ANDES", in: "rsupport", on: "2026-03-01",
                                 lines: [.line("RS-REMOTE", "license", unitPrice: "625.00")]),
                          .order("RS-B", by: "R-ANDES", in: "rsupport", on: "2026-03-31",
                                 lines: [.line("RS-REMOTE", "license", unitPrice: "375.00")]))
        ledger.bill(through: Event.day("2026-03-31"))
        try ledger.append(payment)
        return ledger.state
    }

    @Test("Worked example 13: A (due 2026-03-31, 500.00) and B (due 2026-04-30, 300.00), 600.00 on 2026-04-10 → A paid, B open 200.00")
    func oldestDueFirst() throws {
        let state = try Self.twoInvoices(payment: .pay("600.00", by: "R-ANDES", in: "rsupport", on: "2026-04-10", payment: "BT-600"))
        let a = try #require(state.invoices["RS-2026-000001"]), b = try #require(state.invoices["RS-2026-000002"])
        #expect([a.total, a.open, b.total, b.open].map(\.description) == ["500.00", "0.00", "300.00", "200.00"])
        #expect([a.due, b.due].map(\.description) == ["2026-03-31", "2026-04-30"])
        #expect(a.allocations.map { "\($0.date) \($0.source) \($0.amount)" } == ["2026-04-10 BT-600 500.00"])
        #expect(b.allocations.map { "\($0.date) \($0.source) \($0.amount)" } == ["2026-04-10 BT-600 100.00"])
        #expect(state.enrolments[EnrolmentKey(reseller: "R-ANDES", program: "rsupport")]?.unapplied.description == "0.00")
        #expect(state.checkInvariants() == [])
    }

    @Test("Worked example 13, named: 600.00 naming B pays B 300.00 first, then A 300.00 → A open 200.00")
    func namedDocumentFirst() throws {
        let state = try Self.twoInvoices(payment: .pay("600.00", by: "R-ANDES", in: "rsupport", on: "2026-04-10", payment: "BT-600",
                                                       allocations: [("RS-2026-000002", "300.00")]))
        #expect(state.invoices["RS-2026-000001"]?.open.description == "200.00")
        #expect(state.invoices["RS-2026-000002"]?.open.description == "0.00")
        #expect(state.checkInvariants() == [])
    }
}
