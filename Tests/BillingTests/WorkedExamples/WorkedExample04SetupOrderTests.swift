import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// Worked example 4 (RULES.md §1): a ByteKast setup order is invoiced on
/// the order date at the tier's discount and due on receipt.
@Suite struct WorkedExample04SetupOrderTests {
    @Test("Worked example 4: gold, setup order 2026-03-10 for 1,500.00 → invoice 1,005.00 dated and due 2026-03-10")
    func goldSetupOrder() throws {
        var ledger = InMemoryLedger()
        try ledger.append(.terms(.byteKast), .enrol("R-ORBIT", in: "bytekast", tier: "gold"),
                          .order("OB-SETUP-1", by: "R-ORBIT", in: "bytekast", on: "2026-03-10",
                                 lines: [.line("BY-SETUP", "setup", unitPrice: "1500.00")]))
        let issued = ledger.bill(through: Event.day("2026-03-31"))
        try #require(issued.count == 1)
        let invoice = try #require(issued[0].invoice)
        #expect(issued[0].effective.description == "2026-03-10")
        #expect(invoice.number == "BK-2026-000001")
        #expect(invoice.kind == "order")
        #expect(invoice.due.description == "2026-03-10")
        #expect(invoice.lines == [InvoiceLine(ref: "OB-SETUP-1", description: "BY-SETUP", category: "setup", quantity: 1,
                                              unitPrice: Event.decimal("1500.00"), discountPercent: Event.decimal("33"),
                                              net: Event.decimal("1005.00"))])
        #expect(invoice.total.description == "1005.00")
    }
}
