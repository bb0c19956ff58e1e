import LedgerCore
import LedgerEvents

/// Builders for orders, licences, deal registrations and subscription accounts.
///
/// Example (worked example 9): `.order("SS-1", by: "R-ALTAI", in: "smartsoft", on: "2026-05-12",
/// lines: [.line("TI-LIC", "software", unitPrice: "200000.00"), .line("TING-1", "ting", unitPrice: "100000.00")])`.
extension Event {
    /// `order.placed`. GroupDocs orders need an end customer: pass
    /// `endCustomer:`; `.defaultCustomer` names one in Germany.
    public static func order(_ order: String, by reseller: String, in program: String, on date: String,
                             lines: [OrderLine], endCustomer: EndCustomer? = nil, opportunity: String? = nil,
                             account: String? = nil, id: String? = nil) -> Event {
        Event(id: id ?? "order-\(program)-\(order)", effective: day(date),
              payload: .orderPlaced(OrderPlacedPayload(reseller: reseller, program: program, order: order, lines: lines,
                                                       endCustomer: endCustomer, opportunity: opportunity, account: account)))
    }

    /// `license.issued` for an order; `temporary` licences skip the prepayment check.
    public static func licence(for order: String, by reseller: String, in program: String, on date: String,
                               temporary: Bool = false, id: String? = nil) -> Event {
        Event(id: id ?? "licence-\(program)-\(order)-\(date)\(temporary ? "-temporary" : "")", effective: day(date),
              payload: .licenseIssued(LicenseIssuedPayload(reseller: reseller, program: program, order: order, temporary: temporary)))
    }

    /// `opportunity.registered`: a deal registered before its order (RSUPPORT rebates).
    public static func opportunity(_ opportunity: String, by reseller: String, in program: String, on date: String,
                                   customer: String = "End customer", id: String? = nil) -> Event {
        Event(id: id ?? "opportunity-\(program)-\(opportunity)", effective: day(date),
              payload: .opportunityRegistered(OpportunityRegisteredPayload(reseller: reseller, program: program,
                                                                           opportunity: opportunity, customer: customer)))
    }

    /// `account.setUp`: a ByteKast subscription account at a monthly retail fee.
    public static func setUp(_ account: String, by reseller: String, in program: String = "bytekast", on date: String,
                             fee: String, id: String? = nil) -> Event {
        Event(id: id ?? "setup-\(program)-\(account)", effective: day(date),
              payload: .accountSetUp(AccountSetUpPayload(reseller: reseller, program: program, account: account,
                                                         monthlyFee: decimal(fee))))
    }

    /// `account.cancelled`: not charged for months starting on or after `date`.
    public static func cancel(_ account: String, by reseller: String, in program: String = "bytekast", on date: String,
                              id: String? = nil) -> Event {
        Event(id: id ?? "cancel-\(program)-\(account)", effective: day(date),
              payload: .accountCancelled(AccountCancelledPayload(reseller: reseller, program: program, account: account)))
    }
}

extension OrderLine {
    /// One order line at a retail unit price.
    public static func line(_ sku: String, _ category: String, quantity: Int = 1, unitPrice: String,
                            users: Int? = nil) -> OrderLine {
        OrderLine(sku: sku, category: category, quantity: quantity, unitPrice: Event.decimal(unitPrice), users: users)
    }
}

extension EndCustomer {
    /// An end customer for GroupDocs orders, which must name one.
    public static let defaultCustomer = EndCustomer(name: "Nordwind GmbH", country: "DE")
}
