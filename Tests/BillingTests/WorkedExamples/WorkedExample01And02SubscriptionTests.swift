import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// Worked examples 1 and 2 (RULES.md §1, §0b.3): ByteKast bills each
/// service month in arrears on its last day, due at the end of the
/// following month, for every account active on at least one day of it.
/// Billing only (`bill --through`), so no quarter evaluation moves the tier.
@Suite struct WorkedExample01And02SubscriptionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let setUp: String, dated: String, due: String, number: String
        var testDescription: String { "set up \(setUp) → \(number) dated \(dated), due \(due)" }
    }

    static let example1Cases: [Case] = [
        Case(setUp: "2026-02-01", dated: "2026-02-28", due: "2026-03-31", number: "BK-2026-000001"),
        Case(setUp: "2026-02-15", dated: "2026-02-28", due: "2026-03-31", number: "BK-2026-000001"),
        Case(setUp: "2026-01-31", dated: "2026-01-31", due: "2026-02-28", number: "BK-2026-000001"),
        Case(setUp: "2028-01-31", dated: "2028-01-31", due: "2028-02-29", number: "BK-2028-000001"),
    ]

    @Test("Worked example 1: silver, 100.00 fee → line net 80.00, dated the service month's last day, due end of next month",
          arguments: example1Cases)
    func example1(_ c: Case) throws {
        var ledger = InMemoryLedger()
        try ledger.append(.terms(.byteKast), .enrol("R-ORBIT", in: "bytekast", tier: "silver"),
                          .setUp("OB-1", by: "R-ORBIT", on: c.setUp, fee: "100.00"))
        let issued = ledger.bill(through: Event.day(c.dated))
        try #require(issued.count == 1)
        let invoice = try #require(issued[0].invoice)
        #expect(issued[0].effective.description == c.dated)
        #expect(invoice.number == c.number)
        #expect(invoice.kind == "subscription")
        #expect(invoice.due.description == c.due)
        #expect(invoice.lines == [InvoiceLine(ref: "OB-1:\(c.dated.prefix(7))", description: "Subscription OB-1, \(c.dated.prefix(7))",
                                              category: "subscription", quantity: 1, unitPrice: Event.decimal("100.00"),
                                              discountPercent: Event.decimal("20"), net: Event.decimal("80.00"))])
        #expect([invoice.subtotal, invoice.tax, invoice.total].map(\.description) == ["80.00", "0.00", "80.00"])
        #expect(ledger.bill(through: Event.day(c.dated)).isEmpty, "billing again appends nothing")
    }

    @Test("Worked example 2: cancelled effective 2026-04-01 → February and March charged, April not")
    func example2CancelledOnTheFirst() throws {
        let refs = try chargedMonths(cancelledOn: "2026-04-01")
        #expect(refs == ["BK-2026-000001 2026-02-28 OB-1:2026-02 80.00", "BK-2026-000002 2026-03-31 OB-1:2026-03 80.00"])
    }

    @Test("Worked example 2: cancelled effective 2026-04-02 → April charged in full, May not")
    func example2CancelledOnTheSecond() throws {
        let refs = try chargedMonths(cancelledOn: "2026-04-02")
        #expect(refs == ["BK-2026-000001 2026-02-28 OB-1:2026-02 80.00", "BK-2026-000002 2026-03-31 OB-1:2026-03 80.00",
                         "BK-2026-000003 2026-04-30 OB-1:2026-04 80.00"])
    }

    /// Set up 2026-02-01, cancelled on `date`, billed through May: "number date ref net" per invoice line.
    func chargedMonths(cancelledOn date: String) throws -> [String] {
        var ledger = InMemoryLedger()
        try ledger.append(.terms(.byteKast), .enrol("R-ORBIT", in: "bytekast", tier: "silver"),
                          .setUp("OB-1", by: "R-ORBIT", on: "2026-02-01", fee: "100.00"),
                          .cancel("OB-1", by: "R-ORBIT", on: date))
        return ledger.bill(through: Event.day("2026-05-31")).flatMap { event in
            (event.invoice?.lines ?? []).map { "\(event.invoice!.number) \(event.effective) \($0.ref) \($0.net)" }
        }
    }
}
