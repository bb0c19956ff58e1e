import LedgerCore

extension ProgramTermsPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        program = try r.entityId("program")
        name = try r.string("name")
        currency = try r.currency("currency")
        invoicePrefix = try r.entityId("invoicePrefix")
        tiers = try r.nonEmptyStrings("tiers")
        discounts = try r.decimalMaps("discounts")
        paymentTerms = try r.objectMaps("paymentTerms") { r in try PaymentTermsSpec(reading: &r) }
        noDiscountFor = try r.optionalStrings("noDiscountFor")
        prepayment = try r.optionalObject("prepayment") { r in
            PrepaymentSpec(firstOrders: try r.int("firstOrders", minimum: 0), afterLatePayment: try r.bool("afterLatePayment"))
        }
        interest = try r.optionalObject("interest") { r in
            InterestSpec(annualPercent: try r.decimal("annualPercent"), dayCount: try r.oneOf("dayCount", ["actual/365"]))
        }
        paymentMethods = try r.optionalStrings("paymentMethods")
        salesTax = try r.optionalObject("salesTax") { r in SalesTaxSpec(kind: try r.oneOf("kind", ["usResellerState"])) }
        requireEndCustomer = try r.optionalBool("requireEndCustomer")
        internalUseCap = try r.optionalIntMap("internalUseCap", minimum: 0)
        tierEvaluation = try r.optionalObject("tierEvaluation") { r in try TierEvaluationSpec(reading: &r) }
        rebate = try r.optionalObject("rebate") { r in
            RebateSpec(every: try r.oneOf("every", ["quarter"]), percent: try r.decimal("percent"),
                       tiers: try r.strings("tiers"), requiresOpportunity: try r.bool("requiresOpportunity"))
        }
        spif = try r.optionalObject("spif") { r in
            SpifSpec(every: try r.oneOf("every", ["year"]), tiers: try r.strings("tiers"),
                     steps: try r.objects("steps") { r in
                         SpifSpec.Step(minSales: try r.decimal("minSales"), amount: try r.decimal("amount"))
                     })
        }
    }

    func write(to w: inout ObjectWriter) {
        w.string("program", program)
        w.string("name", name)
        w.string("currency", currency.code)
        w.string("invoicePrefix", invoicePrefix)
        w.strings("tiers", tiers)
        w.map("discounts", discounts) { w, tier, table in w.map(tier, table) { w, category, percent in w.decimal(category, percent) } }
        w.map("paymentTerms", paymentTerms) { w, kind, table in
            w.map(kind, table) { w, tier, spec in w.object(tier, spec) { w, spec in spec.write(to: &w) } }
        }
        w.strings("noDiscountFor", noDiscountFor)
        w.object("prepayment", prepayment) { w, p in w.int("firstOrders", p.firstOrders); w.bool("afterLatePayment", p.afterLatePayment) }
        w.object("interest", interest) { w, i in w.decimal("annualPercent", i.annualPercent); w.string("dayCount", i.dayCount) }
        w.strings("paymentMethods", paymentMethods)
        w.object("salesTax", salesTax) { w, s in w.string("kind", s.kind) }
        w.bool("requireEndCustomer", requireEndCustomer)
        w.map("internalUseCap", internalUseCap) { w, tier, users in w.int(tier, users) }
        w.object("tierEvaluation", tierEvaluation) { w, t in t.write(to: &w) }
        w.object("rebate", rebate) { w, r in
            w.string("every", r.every); w.decimal("percent", r.percent); w.strings("tiers", r.tiers)
            w.bool("requiresOpportunity", r.requiresOpportunity)
        }
        w.object("spif", spif) { w, s in
            w.string("every", s.every); w.strings("tiers", s.tiers)
            w.objects("steps", s.steps) { w, step in w.decimal("minSales", step.minSales); w.decimal("amount", step.amount) }
        }
    }
}

extension PaymentTermsSpec {
    init<R: EventFieldReader>(reading r: inout R) throws {
        kind = try r.oneOf("kind", PaymentTermsSpec.kinds)
        days = try r.optionalInt("days", minimum: 0)
        if kind == "netDays" && days == nil {
            throw DecodeError(field: r.fieldPath("days"), message: "is required when kind is \"netDays\"")
        }
    }

    func write(to w: inout ObjectWriter) {
        w.string("kind", kind)
        w.int("days", days)
    }
}

extension TierEvaluationSpec {
    init<R: EventFieldReader>(reading r: inout R) throws {
        kind = try r.oneOf("kind", ["activeAccounts", "annualSales"])
        every = try r.oneOf("every", ["quarter", "year"])
        automatic = try r.bool("automatic")
        thresholds = try r.decimalMap("thresholds")
    }

    func write(to w: inout ObjectWriter) {
        w.string("kind", kind)
        w.string("every", every)
        w.bool("automatic", automatic)
        w.map("thresholds", thresholds) { w, tier, value in w.decimal(tier, value) }
    }
}

extension TaxRatePayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        jurisdiction = try r.entityId("jurisdiction")
        percent = try r.decimal("percent")
        if percent.isNegative { throw DecodeError(field: r.fieldPath("percent"), message: "must not be negative") }
    }

    func write(to w: inout ObjectWriter) {
        w.string("jurisdiction", jurisdiction)
        w.decimal("percent", percent)
    }
}
