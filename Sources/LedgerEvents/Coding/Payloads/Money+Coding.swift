import LedgerCore

extension PaymentReceivedPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program"); payment = try r.entityId("payment")
        amount = try r.positiveDecimal("amount"); currency = try r.currency("currency")
        method = try r.oneOf("method", PaymentReceivedPayload.methods); reference = try r.optionalString("reference")
        allocations = try r.optionalObjects("allocations") { r in
            Allocation(document: try r.documentId("document"), amount: try r.positiveDecimal("amount"))
        }
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("payment", payment)
        w.decimal("amount", amount); w.string("currency", currency.code); w.string("method", method)
        w.string("reference", reference)
        w.objects("allocations", allocations) { w, a in w.string("document", a.document); w.decimal("amount", a.amount) }
    }
}

extension PaymentRefundedPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program"); payment = try r.entityId("payment")
        amount = try r.positiveDecimal("amount"); currency = try r.currency("currency")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("payment", payment)
        w.decimal("amount", amount); w.string("currency", currency.code)
    }
}

extension LateFeeAssessedPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program"); invoice = try r.entityId("invoice")
        through = try r.date("through"); amount = try r.decimal("amount"); cumulative = try r.decimal("cumulative")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("invoice", invoice)
        w.date("through", through); w.decimal("amount", amount); w.decimal("cumulative", cumulative)
    }
}

extension RebateCreditedPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program"); period = try r.string("period")
        base = try r.decimal("base"); percent = try r.decimal("percent"); amount = try r.decimal("amount")
        cumulative = try r.decimal("cumulative"); orders = try r.entityIds("orders")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("period", period)
        w.decimal("base", base); w.decimal("percent", percent); w.decimal("amount", amount)
        w.decimal("cumulative", cumulative); w.strings("orders", orders)
    }
}

extension SpifAwardedPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program"); period = try r.string("period")
        base = try r.decimal("base"); amount = try r.decimal("amount"); cumulative = try r.decimal("cumulative")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("period", period)
        w.decimal("base", base); w.decimal("amount", amount); w.decimal("cumulative", cumulative)
    }
}

extension AwardGrantedPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program")
        kind = try r.oneOf("kind", AwardGrantedPayload.kinds); amount = try r.positiveDecimal("amount")
        note = try r.optionalString("note")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("kind", kind)
        w.decimal("amount", amount); w.string("note", note)
    }
}

extension RunCompletedPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        run = try r.oneOf("run", RunCompletedPayload.runs); period = try r.string("period")
        watermark = try r.int("watermark", minimum: 0); appended = try r.int("appended", minimum: 0)
        documents = try r.objects("documents") { r in
            Document(name: try r.string("name"), sha256: try r.string("sha256"))
        }
    }

    func write(to w: inout ObjectWriter) {
        w.string("run", run); w.string("period", period); w.int("watermark", watermark); w.int("appended", appended)
        w.objects("documents", documents) { w, d in w.string("name", d.name); w.string("sha256", d.sha256) }
    }
}
