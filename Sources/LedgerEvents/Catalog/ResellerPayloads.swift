import LedgerCore

/// `reseller.enrolled`: a reseller joins a program at a tier.
/// Example: `{"reseller":"R-HANSA","program":"groupdocs","name":"Hansa","country":"DE","kind":"retail","tier":"reseller"}`.
public struct ResellerEnrolledPayload: Equatable, Sendable {
    public static let kinds = ["retail", "consulting"]
    public var reseller: String
    public var program: String
    public var name: String
    public var country: String
    public var region: String?
    public var kind: String
    public var tier: String
    public init(reseller: String, program: String, name: String, country: String, region: String? = nil, kind: String, tier: String) {
        self.reseller = reseller; self.program = program; self.name = name; self.country = country
        self.region = region; self.kind = kind; self.tier = tier
    }
}

/// `tier.assigned`: a tier from a review (manual) or an evaluation (a run).
public struct TierAssignedPayload: Equatable, Sendable {
    public static let sources = ["review", "evaluation"]
    public var reseller: String
    public var program: String
    public var tier: String
    public var source: String
    public var basis: TierBasis?
    public init(reseller: String, program: String, tier: String, source: String, basis: TierBasis? = nil) {
        self.reseller = reseller; self.program = program; self.tier = tier; self.source = source; self.basis = basis
    }
}

public struct TierBasis: Equatable, Sendable {
    public var activeAccounts: Int?
    public var annualSales: DecimalNumber?
    public var asOf: CivilDate
    public init(activeAccounts: Int? = nil, annualSales: DecimalNumber? = nil, asOf: CivilDate) {
        self.activeAccounts = activeAccounts; self.annualSales = annualSales; self.asOf = asOf
    }
}

/// `tax.exemption`: a certificate exempting the reseller from sales tax
/// between two dates, for all its programs.
public struct TaxExemptionPayload: Equatable, Sendable {
    public var reseller: String
    public var certificate: String
    public var validFrom: CivilDate
    public var validTo: CivilDate
    public init(reseller: String, certificate: String, validFrom: CivilDate, validTo: CivilDate) {
        self.reseller = reseller; self.certificate = certificate; self.validFrom = validFrom; self.validTo = validTo
    }
}

/// `credit.restored`: ends a prepayment hold started by late payment.
public struct CreditRestoredPayload: Equatable, Sendable {
    public var reseller: String
    public var program: String
    public var note: String?
    public init(reseller: String, program: String, note: String? = nil) {
        self.reseller = reseller; self.program = program; self.note = note
    }
}
