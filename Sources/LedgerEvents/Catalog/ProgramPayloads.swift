import LedgerCore

/// `program.terms`: a program's rates and rules, in force from its
/// `effective` date until the next terms of the same program.
///
/// Example (GroupDocs preset): `discounts {"reseller":{"*":"10"}}`,
/// `paymentTerms {"order":{"*":{"kind":"netDays","days":30}}}`,
/// `interest {"annualPercent":"12","dayCount":"actual/365"}`.
public struct ProgramTermsPayload: Equatable, Sendable {
    public var program: String
    public var name: String
    public var currency: Currency
    public var invoicePrefix: String
    public var tiers: [String]
    public var discounts: OrderedMap<OrderedMap<DecimalNumber>>
    public var paymentTerms: OrderedMap<OrderedMap<PaymentTermsSpec>>
    public var noDiscountFor: [String]?
    public var prepayment: PrepaymentSpec?
    public var interest: InterestSpec?
    public var paymentMethods: [String]?
    public var salesTax: SalesTaxSpec?
    public var requireEndCustomer: Bool?
    public var internalUseCap: OrderedMap<Int>?
    public var tierEvaluation: TierEvaluationSpec?
    public var rebate: RebateSpec?
    public var spif: SpifSpec?

    public init(program: String, name: String, currency: Currency, invoicePrefix: String, tiers: [String],
                discounts: OrderedMap<OrderedMap<DecimalNumber>>, paymentTerms: OrderedMap<OrderedMap<PaymentTermsSpec>>,
                noDiscountFor: [String]? = nil, prepayment: PrepaymentSpec? = nil, interest: InterestSpec? = nil,
                paymentMethods: [String]? = nil, salesTax: SalesTaxSpec? = nil, requireEndCustomer: Bool? = nil,
                internalUseCap: OrderedMap<Int>? = nil, tierEvaluation: TierEvaluationSpec? = nil,
                rebate: RebateSpec? = nil, spif: SpifSpec? = nil) {
        self.program = program; self.name = name; self.currency = currency; self.invoicePrefix = invoicePrefix
        self.tiers = tiers; self.discounts = discounts; self.paymentTerms = paymentTerms
        self.noDiscountFor = noDiscountFor; self.prepayment = prepayment; self.interest = interest
        self.paymentMethods = paymentMethods; self.salesTax = salesTax; self.requireEndCustomer = requireEndCustomer
        self.internalUseCap = internalUseCap; self.tierEvaluation = tierEvaluation; self.rebate = rebate; self.spif = spif
    }
}

public struct PaymentTermsSpec: Equatable, Sendable {
    public static let kinds = ["onReceipt", "netDays", "endOfFollowingMonth"]
    public var kind: String
    public var days: Int?
    public init(kind: String, days: Int? = nil) { self.kind = kind; self.days = days }
}

public struct PrepaymentSpec: Equatable, Sendable {
    public var firstOrders: Int
    public var afterLatePayment: Bool
    public init(firstOrders: Int, afterLatePayment: Bool) { self.firstOrders = firstOrders; self.afterLatePayment = afterLatePayment }
}

public struct InterestSpec: Equatable, Sendable {
    public var annualPercent: DecimalNumber
    public var dayCount: String
    public init(annualPercent: DecimalNumber, dayCount: String) { self.annualPercent = annualPercent; self.dayCount = dayCount }
}

public struct SalesTaxSpec: Equatable, Sendable {
    public var kind: String
    public init(kind: String) { self.kind = kind }
}

public struct TierEvaluationSpec: Equatable, Sendable {
    public var kind: String
    public var every: String
    public var automatic: Bool
    public var thresholds: OrderedMap<DecimalNumber>
    public init(kind: String, every: String, automatic: Bool, thresholds: OrderedMap<DecimalNumber>) {
        self.kind = kind; self.every = every; self.automatic = automatic; self.thresholds = thresholds
    }
}

public struct RebateSpec: Equatable, Sendable {
    public var every: String
    public var percent: DecimalNumber
    public var tiers: [String]
    public var requiresOpportunity: Bool
    public init(every: String, percent: DecimalNumber, tiers: [String], requiresOpportunity: Bool) {
        self.every = every; self.percent = percent; self.tiers = tiers; self.requiresOpportunity = requiresOpportunity
    }
}

public struct SpifSpec: Equatable, Sendable {
    public struct Step: Equatable, Sendable {
        public var minSales: DecimalNumber
        public var amount: DecimalNumber
        public init(minSales: DecimalNumber, amount: DecimalNumber) { self.minSales = minSales; self.amount = amount }
    }
    public var every: String
    public var tiers: [String]
    public var steps: [Step]
    public init(every: String, tiers: [String], steps: [Step]) { self.every = every; self.tiers = tiers; self.steps = steps }
}

/// `tax.rate`: a sales-tax rate for a jurisdiction ("US-NY"), in force from its date.
public struct TaxRatePayload: Equatable, Sendable {
    public var jurisdiction: String
    public var percent: DecimalNumber
    public init(jurisdiction: String, percent: DecimalNumber) { self.jurisdiction = jurisdiction; self.percent = percent }
}
