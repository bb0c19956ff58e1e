import LedgerCore
import LedgerEvents
import Billing

/// An invoice or a credit note as the reseller receives it: issuer, bill-to,
/// end customers, lines at retail with the discount and the net, tax,
/// total, due date, payment reference and the open amount the ledger holds.
///
/// Example (public sample): GD-2026-000005, issued by "GroupDocs Reseller
/// Policy" to Pacific (R-PACIFIC, CA, US) on 2026-03-03, due 2026-03-03,
/// one line PC-01 2 × 500.00 at 10% → net 900.00; sales tax US-CA 7.25%
/// 65.25; total 965.25 USD; paid (open 0.00). Built from the replayed
/// state; the events are needed only for a credit note's date, which the
/// state does not keep.
public struct InvoiceDocument: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case invoice
        case creditNote
    }

    public struct Line: Sendable, Equatable {
        public let ref: String
        public let description: String
        public let category: String
        public let quantity: Int
        public let unitPrice: Money
        public let discountPercent: DecimalNumber
        public let net: Money
    }

    /// How tax was decided: a rate of a jurisdiction, an exemption
    /// certificate, or neither (the program charges no sales tax).
    public struct Tax: Sendable, Equatable {
        public let jurisdiction: String?
        public let percent: DecimalNumber?
        public let exemption: String?
        public let amount: Money
    }

    public let kind: Kind
    public let number: String
    public let date: CivilDate
    /// Invoices only: a credit note is not paid, it pays.
    public let due: CivilDate?
    public let program: String
    /// The program's name in the terms in force on the document date.
    public let issuer: String
    public let billTo: BillTo
    /// "order" or "subscription"; nil for a credit note.
    public let invoiceKind: String?
    public let endCustomers: [EndCustomer]
    /// Credit notes: the invoice credited and why.
    public let originalInvoice: String?
    public let reason: String?
    public let currency: Currency
    public let lines: [Line]
    public let subtotal: Money
    public let tax: Tax
    public let total: Money
    /// Invoices only: what is still to be paid as the ledger stands.
    public let open: Money?
    /// Methods the terms accept ("bankTransfer"); nil when any is accepted.
    public let paymentMethods: [String]?

    /// The reference a payment should quote: the document number itself.
    public var paymentReference: String { number }

    /// "paid", "partiallyPaid" or "open" for invoices; nil for credit notes.
    public var status: String? {
        guard let open else { return nil }
        if open.isZero { return "paid" }
        return open == total ? "open" : "partiallyPaid"
    }
}
