import LedgerCore

/// `invoice.issued` (written by runs): the document a reseller receives.
/// Example: GD-2026-000001, one line 1 × 1200.00 at 10% → net 1080.00,
/// subtotal 1080.00, tax 0.00, total 1080.00, due 2026-01-14.
public struct InvoiceIssuedPayload: Equatable, Sendable {
    public static let kinds = ["order", "subscription"]
    public var reseller: String
    public var program: String
    public var number: String
    public var kind: String
    public var due: CivilDate
    public var currency: Currency
    public var lines: [InvoiceLine]
    public var subtotal: DecimalNumber
    public var taxJurisdiction: String?
    public var taxPercent: DecimalNumber?
    public var taxExemption: String?
    public var tax: DecimalNumber
    public var total: DecimalNumber
    public init(reseller: String, program: String, number: String, kind: String, due: CivilDate, currency: Currency,
                lines: [InvoiceLine], subtotal: DecimalNumber, taxJurisdiction: String? = nil, taxPercent: DecimalNumber? = nil,
                taxExemption: String? = nil, tax: DecimalNumber, total: DecimalNumber) {
        self.reseller = reseller; self.program = program; self.number = number; self.kind = kind; self.due = due
        self.currency = currency; self.lines = lines; self.subtotal = subtotal; self.taxJurisdiction = taxJurisdiction
        self.taxPercent = taxPercent; self.taxExemption = taxExemption; self.tax = tax; self.total = total
    }
}

public struct InvoiceLine: Equatable, Sendable {
    public var ref: String
    public var description: String
    public var category: String
    public var quantity: Int
    public var unitPrice: DecimalNumber
    public var discountPercent: DecimalNumber
    public var net: DecimalNumber
    public init(ref: String, description: String, category: String, quantity: Int, unitPrice: DecimalNumber,
                discountPercent: DecimalNumber, net: DecimalNumber) {
        self.ref = ref; self.description = description; self.category = category; self.quantity = quantity
        self.unitPrice = unitPrice; self.discountPercent = discountPercent; self.net = net
    }
}

/// `creditNote.issued` (written by runs): credits lines of one invoice.
public struct CreditNoteIssuedPayload: Equatable, Sendable {
    public var reseller: String
    public var program: String
    public var number: String
    public var invoice: String
    public var reason: String
    public var lines: [InvoiceLine]
    public var subtotal: DecimalNumber
    public var tax: DecimalNumber
    public var total: DecimalNumber
    public init(reseller: String, program: String, number: String, invoice: String, reason: String, lines: [InvoiceLine],
                subtotal: DecimalNumber, tax: DecimalNumber, total: DecimalNumber) {
        self.reseller = reseller; self.program = program; self.number = number; self.invoice = invoice; self.reason = reason
        self.lines = lines; self.subtotal = subtotal; self.tax = tax; self.total = total
    }
}

/// `statement.issued` (written by runs): a month's statement and the
/// SHA-256 of the rendered document.
public struct StatementIssuedPayload: Equatable, Sendable {
    public struct OpenItem: Equatable, Sendable {
        public var document: String
        public var due: CivilDate
        public var open: DecimalNumber
        public init(document: String, due: CivilDate, open: DecimalNumber) { self.document = document; self.due = due; self.open = open }
    }
    public var reseller: String
    public var program: String
    public var period: String
    public var opening: DecimalNumber
    public var closing: DecimalNumber
    public var openItems: [OpenItem]
    public var sha256: String
    public init(reseller: String, program: String, period: String, opening: DecimalNumber, closing: DecimalNumber,
                openItems: [OpenItem], sha256: String) {
        self.reseller = reseller; self.program = program; self.period = period; self.opening = opening
        self.closing = closing; self.openItems = openItems; self.sha256 = sha256
    }
}
