import Testing
import LedgerCore
import LedgerEvents
import Billing
import Reports
import LedgerTestSupport

/// Invoices and credit notes as documents: the public sample's
/// GD-2026-000005 (Pacific, US-CA 7.25%) and a credit note for a
/// back-dated cancellation.
@Suite struct InvoiceDocumentTests {
    static func pacificInvoice() throws -> InvoiceDocument {
        let ledger = try PublicSampleLedger.through("2026-03")
        let (events, state) = PublicSampleLedger.asOf(ledger, Fixtures.date("2026-03-31"))
        return try #require(InvoiceDocument(number: "GD-2026-000005", events: events, state: state))
    }

    /// The sample through March, then OB-01 cancelled effective 2026-03-01
    /// (recorded in April) and April's month-end: BK-CN-2026-000001 credits
    /// OB-01's March line of BK-2026-000005.
    static func creditNoteLedger() throws -> InMemoryLedger {
        var ledger = try PublicSampleLedger.through("2026-03")
        try ledger.append(lines: [#"{"id":"cancel-OB-01","type":"account.cancelled","effective":"2026-03-01","reseller":"R-ORBIT","program":"bytekast","account":"OB-01"}"#])
        ledger.monthEnd(Month(parsing: "2026-04")!)
        return ledger
    }

    @Test func invoiceFieldsComeFromTheLedger() throws {
        let invoice = try Self.pacificInvoice()
        #expect(invoice.kind == .invoice)
        #expect(invoice.issuer == "GroupDocs Reseller Policy")
        #expect(invoice.billTo == BillTo(enrolment: ResellerEnrolledPayload(reseller: "R-PACIFIC", program: "groupdocs", name: "Pacific",
                                                                            country: "US", region: "CA", kind: "retail", tier: "reseller")))
        #expect(invoice.endCustomers == [EndCustomer(name: "Customer of PC-01", country: "DE")])
        #expect([invoice.date.description, invoice.due?.description] == ["2026-03-03", "2026-03-03"])
        #expect([invoice.subtotal, invoice.tax.amount, invoice.total].map(\.description) == ["900.00", "65.25", "965.25"])
        #expect(invoice.tax.jurisdiction == "US-CA" && invoice.tax.percent?.description == "7.25" && invoice.tax.exemption == nil)
        #expect(invoice.paymentReference == "GD-2026-000005")
        #expect(invoice.open?.description == "0.00" && invoice.status == "paid")
    }

    @Test func invoiceText() throws {
        let text = try Self.pacificInvoice().text()
        #expect(text == """
            GroupDocs Reseller Policy
            Invoice GD-2026-000005

            Invoice date       2026-03-03
            Due date           2026-03-03
            Bill to            Pacific (R-PACIFIC), CA, US
            End customer       Customer of PC-01 (DE)
            Currency           USD

            Ref    Description  Category  Qty  Unit price  Discount     Net
            -----  -----------  --------  ---  ----------  --------  ------
            PC-01  GR-LICENSE   license     2      500.00       10%  900.00

                                                           Subtotal  900.00 USD
                                              Sales tax US-CA 7.25%   65.25 USD
                                                              Total  965.25 USD

            Payment reference  GD-2026-000005
            Payment by         bank transfer
            Status             Paid

            """)
    }

    @Test func invoiceJSONIsCanonical() throws {
        #expect(try Self.pacificInvoice().json() == #"""
            {"document":"invoice","number":"GD-2026-000005","date":"2026-03-03","due":"2026-03-03",\#
            "issuer":{"program":"groupdocs","name":"GroupDocs Reseller Policy"},\#
            "billTo":{"name":"Pacific","reseller":"R-PACIFIC","country":"US","region":"CA"},"kind":"order",\#
            "endCustomers":[{"name":"Customer of PC-01","country":"DE"}],"currency":"USD",\#
            "lines":[{"ref":"PC-01","description":"GR-LICENSE","category":"license","quantity":2,"unitPrice":"500.00","discountPercent":"10","net":"900.00"}],\#
            "subtotal":"900.00","tax":{"jurisdiction":"US-CA","percent":"7.25","amount":"65.25"},"total":"965.25",\#
            "paymentReference":"GD-2026-000005","paymentMethods":["bankTransfer"],"open":"0.00","status":"paid"}

            """#)
    }

    @Test func invoiceHTML() throws {
        let html = try Self.pacificInvoice().html()
        for fragment in ["<title>Invoice GD-2026-000005 — GroupDocs Reseller Policy</title>",
                         "<div class=\"party-name\">Pacific</div>", "<div>CA, US</div>", "<div>Customer of PC-01 (DE)</div>",
                         "<td class=\"num\">2</td><td class=\"num\">500.00</td><td class=\"num\">10%</td><td class=\"num\">900.00</td>",
                         "<tr><td>Subtotal</td><td class=\"num\">900.00 USD</td></tr>",
                         "<tr><td>Sales tax US-CA 7.25%</td><td class=\"num\">65.25 USD</td></tr>",
                         "<tr class=\"grand\"><td>Total</td><td class=\"num\">965.25 USD</td></tr>",
                         "<tr><td>Status</td><td class=\"nowrap\">Paid</td></tr>", "<div class=\"box\">Paid in full. Thank you.</div>"] {
            #expect(html.contains(fragment), "missing \(fragment)")
        }
        #expect(!html.contains("<script") && !html.contains("http"), "self-contained: no scripts, no external resources")
    }

    @Test func openInvoiceShowsWhatIsLeftToPay() throws {
        let ledger = try PublicSampleLedger.through("2026-03")
        let (events, state) = PublicSampleLedger.asOf(ledger, Fixtures.date("2026-03-31"))
        let invoice = try #require(InvoiceDocument(number: "GD-2026-000004", events: events, state: state))
        #expect(invoice.status == "open" && invoice.open?.description == "2250.00")
        #expect(invoice.text().contains("Status             Open, 2,250.00 USD to pay\n"))
        #expect(invoice.tax.jurisdiction == nil && invoice.text().contains("Sales tax      0.00 USD\n"))
        #expect(invoice.html().contains("""
            Please pay <strong class="nowrap">2,250.00 USD</strong> by bank transfer no later than <strong class="nowrap">2026-03-27</strong>,
            quoting the reference <strong class="nowrap">GD-2026-000004</strong>.
            """))
        #expect(InvoiceDocument(number: "GD-2026-999999", events: events, state: state) == nil)
    }

    @Test func creditNoteRenders() throws {
        let ledger = try Self.creditNoteLedger()
        let (events, state) = PublicSampleLedger.asOf(ledger, Fixtures.date("2026-04-30"))
        let note = try #require(InvoiceDocument(number: "BK-CN-2026-000001", events: events, state: state))
        #expect(note.kind == .creditNote && note.originalInvoice == "BK-2026-000005" && note.due == nil && note.open == nil)
        #expect(note.date.description == "2026-04-30" && note.total.description == "72.00")
        #expect(note.reason == "account OB-01 cancelled effective 2026-03-01")
        let text = note.text()
        for fragment in ["ByteKast Reseller Program\nCredit note BK-CN-2026-000001\n", "Credits invoice  BK-2026-000005\n",
                         "Reason           account OB-01 cancelled effective 2026-03-01\n",
                         "OB-01:2026-03  Subscription OB-01, 2026-03  subscription    1       90.00       20%  72.00\n",
                         "Sales tax   0.00 USD\n", "Total  72.00 USD\n"] {
            #expect(text.contains(fragment), "missing \(fragment)")
        }
        #expect(!text.contains("Payment reference"))
        let json = note.json()
        #expect(json.hasPrefix(#"{"document":"creditNote","number":"BK-CN-2026-000001","date":"2026-04-30","issuer":"#))
        #expect(json.contains(#""invoice":"BK-2026-000005","reason":"account OB-01 cancelled effective 2026-03-01","currency":"USD""#))
        #expect(json.hasSuffix(#""subtotal":"72.00","tax":{"amount":"0.00"},"total":"72.00"}"# + "\n"))
        let html = note.html()
        #expect(html.contains("<title>Credit note BK-CN-2026-000001 — ByteKast Reseller Program</title>"))
        #expect(html.contains("credits invoice <strong>BK-2026-000005</strong>: account OB-01 cancelled effective 2026-03-01."))
        #expect(html.contains("<td>Total credited</td><td class=\"num\">72.00 USD</td>"))
    }

    /// A reseller, SKU and end customer whose names are full of markup.
    static func oddLedger() throws -> InMemoryLedger {
        var ledger = InMemoryLedger()
        try ledger.append(lines: Fixtures.lines("2026-01", "programs") + [
            #"{"id":"enrol-odd","type":"reseller.enrolled","effective":"2026-01-01","reseller":"R-ODD","program":"groupdocs","name":"Smith & <Sons>","country":"DE","kind":"retail","tier":"reseller"}"#,
            #"{"id":"ord-odd","type":"order.placed","effective":"2026-01-05","reseller":"R-ODD","program":"groupdocs","order":"ODD-1","lines":[{"sku":"<b>X</b>","category":"license","quantity":1,"unitPrice":"10.00"}],"endCustomer":{"name":"O'Hara \"Ltd\"","country":"IE"}}"#,
        ])
        ledger.monthEnd(Month(parsing: "2026-01")!)
        return ledger
    }

    @Test func ledgerTextIsEscapedInHTML() throws {
        let (events, state) = PublicSampleLedger.asOf(try Self.oddLedger(), Fixtures.date("2026-01-31"))
        let html = try #require(InvoiceDocument(number: "GD-2026-000001", events: events, state: state)).html()
        #expect(html.contains("Smith &amp; &lt;Sons&gt;") && html.contains("&lt;b&gt;X&lt;/b&gt;") && html.contains("O&#39;Hara &quot;Ltd&quot;"))
        #expect(!html.contains("<Sons>") && !html.contains("<b>X</b>"))
    }
}
