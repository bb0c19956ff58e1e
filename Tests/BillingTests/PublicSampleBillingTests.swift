import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// The public acceptance scenario billed month by month with the billing
/// run alone: every invoice must match expected.json exactly.
@Suite struct PublicSampleBillingTests {
    static let months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]

    /// Month by month with month-end: every invoice of expected.json.
    @Test func monthEndInvoicesMatchExpected() throws {
        let (ledger, _) = try PublicSampleRunTests.replay()
        try Self.assertInvoices(ledger.events, expected: try Fixtures.expected()["invoices"] as! [[String: Any]])
    }

    /// Billing alone (`bill --through` each month's end), January to March:
    /// the invoices up to the Q1 evaluation, which only month-end performs
    /// (April's ByteKast invoice is priced at the gold rate it assigns).
    @Test func billingAloneMatchesThroughMarch() throws {
        var ledger = InMemoryLedger()
        for month in Self.months.prefix(3) {
            for family in Fixtures.appendOrder {
                let lines = Fixtures.lines(month, family)
                if !lines.isEmpty { try ledger.append(lines: lines) }
            }
            ledger.bill(through: Month(parsing: month)!.lastDay)
            #expect(ledger.bill(through: Month(parsing: month)!.lastDay).isEmpty, "billing twice appends nothing")
        }
        let expected = (try Fixtures.expected()["invoices"] as! [[String: Any]]).filter { ($0["effective"] as! String) <= "2026-03-31" }
        try Self.assertInvoices(ledger.events, expected: expected)
    }

    static func assertInvoices(_ events: [Event], expected: [[String: Any]]) throws {
        let issued = events.compactMap { event -> (Event, InvoiceIssuedPayload)? in
            if case .invoiceIssued(let p) = event.payload { return (event, p) } else { return nil }
        }
        #expect(issued.count == expected.count)
        for want in expected {
            let number = want["number"] as! String
            guard let (event, got) = issued.first(where: { $0.1.number == number }) else {
                Issue.record("missing invoice \(number)")
                continue
            }
            #expect(got.reseller == want["reseller"] as! String, "\(number)")
            #expect(got.program == want["program"] as! String, "\(number)")
            #expect(got.kind == want["kind"] as! String, "\(number)")
            #expect(event.effective.description == want["effective"] as! String, "\(number)")
            #expect(got.due.description == want["due"] as! String, "\(number)")
            #expect(got.currency.code == want["currency"] as! String, "\(number)")
            #expect(got.subtotal.description == want["subtotal"] as! String, "\(number)")
            #expect(got.tax.description == want["tax"] as! String, "\(number)")
            #expect(got.total.description == want["total"] as! String, "\(number)")
            let lines = want["lines"] as! [[String: Any]]
            #expect(got.lines.count == lines.count, "\(number)")
            for (line, wantLine) in zip(got.lines, lines) {
                #expect(line.ref == wantLine["ref"] as! String, "\(number)")
                #expect(line.category == wantLine["category"] as! String, "\(number)")
                #expect(line.quantity == wantLine["quantity"] as! Int, "\(number)")
                #expect(line.unitPrice.description == wantLine["unitPrice"] as! String, "\(number)")
                #expect(line.discountPercent.description == wantLine["discountPercent"] as! String, "\(number)")
                #expect(line.net.description == wantLine["net"] as! String, "\(number)")
            }
        }
    }
}
