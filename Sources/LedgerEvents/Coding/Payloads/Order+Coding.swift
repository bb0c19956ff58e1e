import LedgerCore

extension OpportunityRegisteredPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program")
        opportunity = try r.entityId("opportunity"); customer = try r.string("customer")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program)
        w.string("opportunity", opportunity); w.string("customer", customer)
    }
}

extension OrderPlacedPayload {
    /// The limit is `LedgerLimits.maximumInvoiceLines`: each order line
    /// becomes one line of the order's invoice.
    static let maximumLines = LedgerLimits.maximumInvoiceLines

    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller")
        program = try r.entityId("program")
        order = try r.entityId("order")
        lines = try r.nonEmptyObjects("lines") { r in try OrderLine(reading: &r) }
        if lines.count > Self.maximumLines {
            throw DecodeError(field: r.fieldPath("lines"), message: "has \(lines.count) lines; an order may have at most \(Self.maximumLines)")
        }
        endCustomer = try r.optionalObject("endCustomer") { r in
            EndCustomer(name: try r.string("name"), country: try r.string("country"), email: try r.optionalString("email"))
        }
        opportunity = try r.optionalEntityId("opportunity")
        account = try r.optionalEntityId("account")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("order", order)
        w.objects("lines", lines) { w, line in line.write(to: &w) }
        w.object("endCustomer", endCustomer) { w, c in w.string("name", c.name); w.string("country", c.country); w.string("email", c.email) }
        w.string("opportunity", opportunity); w.string("account", account)
    }
}

extension OrderLine {
    init<R: EventFieldReader>(reading r: inout R) throws {
        sku = try r.string("sku")
        category = try r.string("category")
        quantity = try r.int("quantity", minimum: 1)
        unitPrice = try r.positiveDecimal("unitPrice")
        users = try r.optionalInt("users", minimum: 1)
    }

    func write(to w: inout ObjectWriter) {
        w.string("sku", sku); w.string("category", category); w.int("quantity", quantity)
        w.decimal("unitPrice", unitPrice); w.int("users", users)
    }
}

extension LicenseIssuedPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program")
        order = try r.entityId("order"); temporary = try r.bool("temporary")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("order", order); w.bool("temporary", temporary)
    }
}

extension AccountSetUpPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program")
        account = try r.entityId("account"); monthlyFee = try r.positiveDecimal("monthlyFee")
        customer = try r.optionalString("customer")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("account", account)
        w.decimal("monthlyFee", monthlyFee); w.string("customer", customer)
    }
}

extension AccountCancelledPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller"); program = try r.entityId("program"); account = try r.entityId("account")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("account", account)
    }
}
