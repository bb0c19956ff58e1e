import LedgerCore

extension InvoiceIssuedPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program"); number = try r.entityId("number")
        kind = try r.oneOf("kind", InvoiceIssuedPayload.kinds); due = try r.date("due"); currency = try r.currency("currency")
        lines = try r.nonEmptyObjects("lines") { r in try InvoiceLine(reading: &r) }
        subtotal = try r.decimal("subtotal"); taxJurisdiction = try r.optionalString("taxJurisdiction")
        taxPercent = try r.optionalDecimal("taxPercent"); taxExemption = try r.optionalString("taxExemption")
        tax = try r.decimal("tax"); total = try r.decimal("total")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("number", number); w.string("kind", kind)
        w.date("due", due); w.string("currency", currency.code)
        w.objects("lines", lines) { w, line in line.write(to: &w) }
        w.decimal("subtotal", subtotal); w.string("taxJurisdiction", taxJurisdiction); w.decimal("taxPercent", taxPercent)
        w.string("taxExemption", taxExemption); w.decimal("tax", tax); w.decimal("total", total)
    }
}

extension InvoiceLine {
    init<R: EventFieldReader>(reading r: inout R) throws {
        ref = try r.string("ref"); description = try r.string("description"); category = try r.string("category")
        quantity = try r.int("quantity", minimum: 1); unitPrice = try r.decimal("unitPrice")
        discountPercent = try r.decimal("discountPercent"); net = try r.decimal("net")
    }

    func write(to w: inout ObjectWriter) {
        w.string("ref", ref); w.string("description", description); w.string("category", category)
        w.int("quantity", quantity); w.decimal("unitPrice", unitPrice); w.decimal("discountPercent", discountPercent)
        w.decimal("net", net)
    }
}

extension CreditNoteIssuedPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program"); number = try r.entityId("number")
        invoice = try r.entityId("invoice"); reason = try r.string("reason")
        lines = try r.nonEmptyObjects("lines") { r in try InvoiceLine(reading: &r) }
        subtotal = try r.decimal("subtotal"); tax = try r.decimal("tax"); total = try r.decimal("total")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("number", number)
        w.string("invoice", invoice); w.string("reason", reason)
        w.objects("lines", lines) { w, line in line.write(to: &w) }
        w.decimal("subtotal", subtotal); w.decimal("tax", tax); w.decimal("total", total)
    }
}

extension StatementIssuedPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program"); period = try r.string("period")
        opening = try r.decimal("opening"); closing = try r.decimal("closing")
        openItems = try r.objects("openItems") { r in
            OpenItem(document: try r.documentId("document"), due: try r.date("due"), open: try r.decimal("open"))
        }
        sha256 = try r.string("sha256")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("period", period)
        w.decimal("opening", opening); w.decimal("closing", closing)
        w.objects("openItems", openItems) { w, item in w.string("document", item.document); w.date("due", item.due); w.decimal("open", item.open) }
        w.string("sha256", sha256)
    }
}
