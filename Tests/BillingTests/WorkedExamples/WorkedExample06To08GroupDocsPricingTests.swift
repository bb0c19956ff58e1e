import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// Worked examples 6, 7 and 8 (RULES.md §2): GroupDocs prepayment of a new
/// reseller's first three orders, US sales tax by the reseller's state,
/// and no discount for consulting firms. Billing only.
@Suite struct WorkedExample06To08GroupDocsPricingTests {
    @Test("Worked example 6: a new reseller's orders 1, 2 and 3 are due on their order dates; order 4 net 30")
    func firstThreeOrdersArePrepaid() throws {
        var ledger = InMemoryLedger()
        try ledger.append(.terms(.groupDocs), .enrol("R-NEW", in: "groupdocs", tier: "reseller"))
        for (number, date) in ["2026-01-05", "2026-01-12", "2026-01-19", "2026-02-02"].enumerated() {
            try ledger.append(.order("GD-\(number + 1)", by: "R-NEW", in: "groupdocs", on: date,
                                     lines: [.line("GD-TOTAL", "license", unitPrice: "100.00")], endCustomer: .defaultCustomer))
            if number < 3 { try ledger.append(.pay("90.00", by: "R-NEW", in: "groupdocs", on: date)) }
        }
        let issued = ledger.bill(through: Event.day("2026-02-28")).compactMap { event in
            event.invoice.map { "\($0.number) \(event.effective) due \($0.due)" }
        }
        #expect(issued == ["GD-2026-000001 2026-01-05 due 2026-01-05", "GD-2026-000002 2026-01-12 due 2026-01-12",
                           "GD-2026-000003 2026-01-19 due 2026-01-19", "GD-2026-000004 2026-02-02 due 2026-03-04"])
    }

    @Test("Worked example 7: US-NY sales tax 71.89, exempt 0.00")
    func usSalesTaxByResellerState() throws {
        var ledger = InMemoryLedger()
        try ledger.append(.terms(.groupDocs), .taxRate("US-NY", "8.875", from: "2026-01-01"),
                          .enrol("R-EMPIRE", in: "groupdocs", tier: "reseller", country: "US", region: "NY"),
                          .enrol("R-LIBERTY", in: "groupdocs", tier: "reseller", country: "US", region: "NY"),
                          .exemption("R-LIBERTY", certificate: "NY-EXEMPT-77", validFrom: "2026-01-01", validTo: "2026-12-31"))
        for reseller in ["R-EMPIRE", "R-LIBERTY"] {
            try ledger.append(.order("\(reseller)-1", by: reseller, in: "groupdocs", on: "2026-03-02",
                                     lines: [.line("GD-TOTAL", "license", quantity: 2, unitPrice: "450.00")],
                                     endCustomer: EndCustomer(name: "Hudson Printing", country: "US")))
        }
        let invoices = ledger.bill(through: Event.day("2026-03-31")).compactMap(\.invoice)
        try #require(invoices.count == 2)
        let taxed = invoices[0], exempt = invoices[1]
        #expect(taxed.number == "GD-2026-000001")
        #expect(taxed.lines.map(\.net.description) == ["810.00"])
        #expect([taxed.subtotal, taxed.tax, taxed.total].map(\.description) == ["810.00", "71.89", "881.89"])
        #expect(taxed.taxJurisdiction == "US-NY")
        #expect(taxed.taxPercent?.description == "8.875")
        #expect(taxed.taxExemption == nil)
        #expect(exempt.number == "GD-2026-000002")
        #expect([exempt.subtotal, exempt.tax, exempt.total].map(\.description) == ["810.00", "0.00", "810.00"])
        #expect(exempt.taxExemption == "NY-EXEMPT-77")
        #expect(exempt.taxPercent == nil)
    }

    @Test("Worked example 8: GroupDocs consulting firm, 1 × 1,000.00 → 1,000.00 (no discount)")
    func consultingFirmGetsNoDiscount() throws {
        var ledger = InMemoryLedger()
        try ledger.append(.terms(.groupDocs), .enrol("R-SOLVE", in: "groupdocs", tier: "reseller", kind: "consulting"),
                          .order("GD-1", by: "R-SOLVE", in: "groupdocs", on: "2026-03-02",
                                 lines: [.line("GD-TOTAL", "license", unitPrice: "1000.00")], endCustomer: .defaultCustomer))
        let invoice = try #require(ledger.bill(through: Event.day("2026-03-31")).compactMap(\.invoice).first)
        #expect(invoice.lines.map(\.discountPercent.description) == ["0"])
        #expect(invoice.lines.map(\.net.description) == ["1000.00"])
        #expect(invoice.total.description == "1000.00")
    }
}
