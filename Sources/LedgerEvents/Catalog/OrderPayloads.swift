import LedgerCore

/// `opportunity.registered`: a deal registered before the order (RSUPPORT).
public struct OpportunityRegisteredPayload: Equatable, Sendable {
    public var reseller: String
    public var program: String
    public var opportunity: String
    public var customer: String
    public init(reseller: String, program: String, opportunity: String, customer: String) {
        self.reseller = reseller; self.program = program; self.opportunity = opportunity; self.customer = customer
    }
}

/// `order.placed`: an order at retail prices; the billing run invoices the net.
/// Example: one line `{"sku":"GD-TOTAL","category":"license","quantity":1,"unitPrice":"1000.00"}`.
public struct OrderPlacedPayload: Equatable, Sendable {
    public var reseller: String
    public var program: String
    public var order: String
    public var lines: [OrderLine]
    public var endCustomer: EndCustomer?
    public var opportunity: String?
    public var account: String?
    public init(reseller: String, program: String, order: String, lines: [OrderLine], endCustomer: EndCustomer? = nil,
                opportunity: String? = nil, account: String? = nil) {
        self.reseller = reseller; self.program = program; self.order = order; self.lines = lines
        self.endCustomer = endCustomer; self.opportunity = opportunity; self.account = account
    }
}

public struct OrderLine: Equatable, Sendable {
    public var sku: String
    public var category: String
    public var quantity: Int
    public var unitPrice: DecimalNumber
    public var users: Int?
    public init(sku: String, category: String, quantity: Int, unitPrice: DecimalNumber, users: Int? = nil) {
        self.sku = sku; self.category = category; self.quantity = quantity; self.unitPrice = unitPrice; self.users = users
    }
}

public struct EndCustomer: Equatable, Sendable {
    public var name: String
    public var country: String
    public var email: String?
    public init(name: String, country: String, email: String? = nil) { self.name = name; self.country = country; self.email = email }
}

/// `license.issued`: a licence delivered for an order (GroupDocs checks prepayment).
public struct LicenseIssuedPayload: Equatable, Sendable {
    public var reseller: String
    public var program: String
    public var order: String
    public var temporary: Bool
    public init(reseller: String, program: String, order: String, temporary: Bool) {
        self.reseller = reseller; self.program = program; self.order = order; self.temporary = temporary
    }
}

/// `account.setUp`: a subscription account, billed monthly in arrears (ByteKast).
public struct AccountSetUpPayload: Equatable, Sendable {
    public var reseller: String
    public var program: String
    public var account: String
    public var monthlyFee: DecimalNumber
    public var customer: String?
    public init(reseller: String, program: String, account: String, monthlyFee: DecimalNumber, customer: String? = nil) {
        self.reseller = reseller; self.program = program; self.account = account; self.monthlyFee = monthlyFee; self.customer = customer
    }
}

/// `account.cancelled`: the account stops being charged from its effective date.
public struct AccountCancelledPayload: Equatable, Sendable {
    public var reseller: String
    public var program: String
    public var account: String
    public init(reseller: String, program: String, account: String) {
        self.reseller = reseller; self.program = program; self.account = account
    }
}
