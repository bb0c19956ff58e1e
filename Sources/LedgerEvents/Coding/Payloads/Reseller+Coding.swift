import LedgerCore

extension ResellerEnrolledPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller")
        program = try r.entityId("program")
        name = try r.string("name")
        country = try r.string("country")
        guard country.utf8.count == 2, country.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else {
            throw DecodeError(field: r.fieldPath("country"), message: "\(ObjectReader.quoted(country)) is not an ISO 3166-1 alpha-2 code (two capital letters)")
        }
        region = try r.optionalString("region")
        kind = try r.oneOf("kind", ResellerEnrolledPayload.kinds)
        tier = try r.string("tier")
        if country == "US" && region == nil {
            throw DecodeError(field: r.fieldPath("region"), message: "is required for a US reseller (the state code, e.g. \"NY\")")
        }
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("name", name)
        w.string("country", country); w.string("region", region); w.string("kind", kind); w.string("tier", tier)
    }
}

extension TierAssignedPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller")
        program = try r.entityId("program")
        tier = try r.string("tier")
        source = try r.oneOf("source", TierAssignedPayload.sources)
        basis = try r.optionalObject("basis") { r in
            TierBasis(activeAccounts: try r.optionalInt("activeAccounts", minimum: 0),
                      annualSales: try r.optionalDecimal("annualSales"), asOf: try r.date("asOf"))
        }
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("tier", tier); w.string("source", source)
        w.object("basis", basis) { w, b in
            w.int("activeAccounts", b.activeAccounts); w.decimal("annualSales", b.annualSales); w.date("asOf", b.asOf)
        }
    }
}

extension TaxExemptionPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller")
        certificate = try r.entityId("certificate")
        validFrom = try r.date("validFrom")
        validTo = try r.date("validTo")
        if validTo < validFrom {
            throw DecodeError(field: r.fieldPath("validTo"), message: "\(validTo) is before validFrom \(validFrom)")
        }
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("certificate", certificate)
        w.date("validFrom", validFrom); w.date("validTo", validTo)
    }
}

extension CreditRestoredPayload {
    init<R: EventFieldReader>(reading r: inout R) throws {
        reseller = try r.entityId("reseller")
        program = try r.entityId("program")
        note = try r.optionalString("note")
    }

    func write(to w: inout ObjectWriter) {
        w.string("reseller", reseller); w.string("program", program); w.string("note", note)
    }
}
