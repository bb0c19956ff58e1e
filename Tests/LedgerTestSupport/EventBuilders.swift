import LedgerCore
import LedgerEvents

/// Builders for input events, so a test reads like the worked example it
/// encodes. Dates and amounts are written as in RULES.md ("2026-03-02",
/// "1000.00"); ids are derived from the content (`order-groupdocs-GD-5`),
/// so they are unique as long as the facts are, and `InMemoryLedger`
/// refuses a reused id with other content just as the store does. Every
/// builder takes an `id:` to override it.
///
/// Example (worked example 7):
/// ```
/// try ledger.append(.terms(.groupDocs), .taxRate("US-NY", "8.875", from: "2026-01-01"),
///                   .enrol("R-EMPIRE", in: "groupdocs", tier: "reseller", country: "US", region: "NY"),
///                   .order("GD-1", by: "R-EMPIRE", in: "groupdocs", on: "2026-03-02",
///                          lines: [.line("GD-TOTAL", "license", quantity: 2, unitPrice: "450.00")]))
/// ```
extension Event {
    /// `reseller.enrolled`, by default a retail reseller in Germany on 2026-01-01.
    public static func enrol(_ reseller: String, in program: String, tier: String, on date: String = "2026-01-01",
                             country: String = "DE", region: String? = nil, kind: String = "retail",
                             name: String? = nil, id: String? = nil) -> Event {
        Event(id: id ?? "enrol-\(program)-\(reseller)", effective: day(date),
              payload: .resellerEnrolled(ResellerEnrolledPayload(reseller: reseller, program: program, name: name ?? reseller,
                                                                 country: country, region: region, kind: kind, tier: tier)))
    }

    /// A manual `tier.assigned` from a review, effective `date`.
    public static func review(_ reseller: String, in program: String, tier: String, on date: String, id: String? = nil) -> Event {
        Event(id: id ?? "review-\(program)-\(reseller)-\(date)-\(tier)", effective: day(date),
              payload: .tierAssigned(TierAssignedPayload(reseller: reseller, program: program, tier: tier, source: "review")))
    }

    /// `tax.rate` for a jurisdiction ("US-NY"), in force from `date`.
    public static func taxRate(_ jurisdiction: String, _ percent: String, from date: String, id: String? = nil) -> Event {
        Event(id: id ?? "rate-\(jurisdiction)-\(date)", effective: day(date),
              payload: .taxRate(TaxRatePayload(jurisdiction: jurisdiction, percent: decimal(percent))))
    }

    /// `tax.exemption`: registered on `registered` (default `validFrom`), valid `validFrom`…`validTo`.
    public static func exemption(_ reseller: String, certificate: String, validFrom: String, validTo: String,
                                 registered: String? = nil, id: String? = nil) -> Event {
        Event(id: id ?? "exemption-\(reseller)-\(certificate)", effective: day(registered ?? validFrom),
              payload: .taxExemption(TaxExemptionPayload(reseller: reseller, certificate: certificate,
                                                         validFrom: day(validFrom), validTo: day(validTo))))
    }

    /// `credit.restored`: ends a GroupDocs prepayment hold from `date`.
    public static func creditRestored(_ reseller: String, in program: String, on date: String, note: String? = nil,
                                      id: String? = nil) -> Event {
        Event(id: id ?? "restore-\(program)-\(reseller)-\(date)", effective: day(date),
              payload: .creditRestored(CreditRestoredPayload(reseller: reseller, program: program, note: note)))
    }

    // MARK: Values written as in the rules

    /// "2026-03-02" as a date; a malformed literal is a bug in the test.
    public static func day(_ text: String) -> CivilDate {
        guard let date = CivilDate(parsing: text) else { preconditionFailure("not a date: \(text)") }
        return date
    }

    /// "1000.00" as a decimal; a malformed literal is a bug in the test.
    public static func decimal(_ text: String) -> DecimalNumber {
        do { return try DecimalNumber(parsing: text) } catch { preconditionFailure("not a decimal: \(text)") }
    }

    /// The input line `append` reads for this event (canonical key order).
    public var inputLine: String { String(decoding: EventCodec.encodeInput(self), as: UTF8.self) }
}
