import LedgerCore

/// `payment.received`: money in. Example: 900.00 USD by bank transfer,
/// optionally naming the documents it pays (`allocations`).
public struct PaymentReceivedPayload: Equatable, Sendable {
    public static let methods = ["bankTransfer", "card", "other"]
    public struct Allocation: Equatable, Sendable {
        public var document: String
        public var amount: DecimalNumber
        public init(document: String, amount: DecimalNumber) { self.document = document; self.amount = amount }
    }
    public var reseller: String
    public var program: String
    public var payment: String
    public var amount: DecimalNumber
    public var currency: Currency
    public var method: String
    public var reference: String?
    public var allocations: [Allocation]?
    public init(reseller: String, program: String, payment: String, amount: DecimalNumber, currency: Currency,
                method: String, reference: String? = nil, allocations: [Allocation]? = nil) {
        self.reseller = reseller; self.program = program; self.payment = payment; self.amount = amount
        self.currency = currency; self.method = method; self.reference = reference; self.allocations = allocations
    }
}

/// `payment.refunded`: returns unapplied credit to the reseller.
public struct PaymentRefundedPayload: Equatable, Sendable {
    public var reseller: String
    public var program: String
    public var payment: String
    public var amount: DecimalNumber
    public var currency: Currency
    public init(reseller: String, program: String, payment: String, amount: DecimalNumber, currency: Currency) {
        self.reseller = reseller; self.program = program; self.payment = payment; self.amount = amount; self.currency = currency
    }
}

/// `lateFee.assessed` (written by runs): interest through a date, as the
/// difference to what was assessed before (negative for a true-up).
public struct LateFeeAssessedPayload: Equatable, Sendable {
    public var reseller: String
    public var program: String
    public var invoice: String
    public var through: CivilDate
    public var amount: DecimalNumber
    public var cumulative: DecimalNumber
    public init(reseller: String, program: String, invoice: String, through: CivilDate, amount: DecimalNumber, cumulative: DecimalNumber) {
        self.reseller = reseller; self.program = program; self.invoice = invoice; self.through = through
        self.amount = amount; self.cumulative = cumulative
    }
}

/// `rebate.credited` (written by runs): a quarter's rebate difference.
public struct RebateCreditedPayload: Equatable, Sendable {
    public var reseller: String
    public var program: String
    public var period: String
    public var base: DecimalNumber
    public var percent: DecimalNumber
    public var amount: DecimalNumber
    public var cumulative: DecimalNumber
    public var orders: [String]
    public init(reseller: String, program: String, period: String, base: DecimalNumber, percent: DecimalNumber,
                amount: DecimalNumber, cumulative: DecimalNumber, orders: [String]) {
        self.reseller = reseller; self.program = program; self.period = period; self.base = base; self.percent = percent
        self.amount = amount; self.cumulative = cumulative; self.orders = orders
    }
}

/// `spif.awarded` (written by runs): a year's SPIF difference.
public struct SpifAwardedPayload: Equatable, Sendable {
    public var reseller: String
    public var program: String
    public var period: String
    public var base: DecimalNumber
    public var amount: DecimalNumber
    public var cumulative: DecimalNumber
    public init(reseller: String, program: String, period: String, base: DecimalNumber, amount: DecimalNumber, cumulative: DecimalNumber) {
        self.reseller = reseller; self.program = program; self.period = period; self.base = base
        self.amount = amount; self.cumulative = cumulative
    }
}

/// `award.granted` (manual): a best-partner award or marketing funds, a credit.
public struct AwardGrantedPayload: Equatable, Sendable {
    public static let kinds = ["bestPartner", "marketing", "other"]
    public var reseller: String
    public var program: String
    public var kind: String
    public var amount: DecimalNumber
    public var note: String?
    public init(reseller: String, program: String, kind: String, amount: DecimalNumber, note: String? = nil) {
        self.reseller = reseller; self.program = program; self.kind = kind; self.amount = amount; self.note = note
    }
}

/// `run.completed` (written by runs): the record of one run.
public struct RunCompletedPayload: Equatable, Sendable {
    public static let runs = ["bill", "month-end", "quarter-close", "year-close"]
    public struct Document: Equatable, Sendable {
        public var name: String
        public var sha256: String
        public init(name: String, sha256: String) { self.name = name; self.sha256 = sha256 }
    }
    public var run: String
    public var period: String
    public var watermark: Int
    public var appended: Int
    public var documents: [Document]
    public init(run: String, period: String, watermark: Int, appended: Int, documents: [Document]) {
        self.run = run; self.period = period; self.watermark = watermark; self.appended = appended; self.documents = documents
    }
}
