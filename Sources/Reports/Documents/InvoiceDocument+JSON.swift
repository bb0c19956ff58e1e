import LedgerCore
import LedgerEvents

/// An invoice or credit note as canonical JSON (keys in a fixed order,
/// amounts as decimal strings, absent facts left out), one line.
///
/// Example (GD-2026-000005, abbreviated):
/// `{"document":"invoice","number":"GD-2026-000005","date":"2026-03-03","due":"2026-03-03",
/// "issuer":{"program":"groupdocs","name":"GroupDocs Reseller Policy"},…,
/// "subtotal":"900.00","tax":{"jurisdiction":"US-CA","percent":"7.25","amount":"65.25"},
/// "total":"965.25","paymentReference":"GD-2026-000005","open":"0.00","status":"paid"}`
extension InvoiceDocument {
    public func json() -> String {
        var w = ObjectWriter()
        w.open()
        w.string("document", kind.rawValue)
        w.string("number", number)
        w.date("date", date)
        w.date("due", due)
        w.object("issuer", self) { w, d in w.string("program", d.program); w.string("name", d.issuer) }
        w.object("billTo", billTo) { w, b in b.write(to: &w) }
        w.string("kind", invoiceKind)
        w.objects("endCustomers", endCustomers) { w, c in w.string("name", c.name); w.string("country", c.country) }
        w.string("invoice", originalInvoice)
        w.string("reason", reason)
        w.string("currency", currency.code)
        w.objects("lines", lines) { w, line in
            w.string("ref", line.ref); w.string("description", line.description); w.string("category", line.category)
            w.int("quantity", line.quantity); w.string("unitPrice", line.unitPrice.description)
            w.decimal("discountPercent", line.discountPercent); w.string("net", line.net.description)
        }
        w.string("subtotal", subtotal.description)
        w.object("tax", tax) { w, t in
            w.string("jurisdiction", t.jurisdiction); w.decimal("percent", t.percent)
            w.string("exemption", t.exemption); w.string("amount", t.amount.description)
        }
        w.string("total", total.description)
        if kind == .invoice { w.string("paymentReference", paymentReference) }
        w.strings("paymentMethods", paymentMethods)
        w.string("open", open?.description)
        w.string("status", status)
        w.close()
        return String(decoding: w.json.bytes, as: UTF8.self) + "\n"
    }
}
