import LedgerCore
import LedgerEvents

/// The words every renderer of an invoice shares, so text and HTML say the
/// same thing.
///
/// Example: GD-2026-000005 → title "Invoice GD-2026-000005", tax label
/// "Sales tax US-CA 7.25%", status "Paid", payment methods "bank transfer";
/// an exempt invoice → "Sales tax exempt (certificate CA-RESALE-77)".
extension InvoiceDocument {
    public var title: String { "\(kindLabel) \(number)" }

    var kindLabel: String { kind == .invoice ? "Invoice" : "Credit note" }

    var taxLabel: String {
        if let exemption = tax.exemption { return "Sales tax exempt (certificate \(exemption))" }
        guard let jurisdiction = tax.jurisdiction else { return "Sales tax" }
        return "Sales tax \(jurisdiction)" + (tax.percent.map { " \($0)%" } ?? "")
    }

    var statusLabel: String? {
        guard let open, let status else { return nil }
        switch status {
        case "paid": return "Paid"
        case "partiallyPaid": return "Partially paid, \(open.withCode) open"
        default: return "Open, \(open.withCode) to pay"
        }
    }

    var paymentMethodsLabel: String? {
        paymentMethods.map { $0.map(Self.methodLabel).joined(separator: ", ") }
    }

    static func methodLabel(_ method: String) -> String {
        switch method {
        case "bankTransfer": "bank transfer"
        case "card": "card"
        default: method
        }
    }

    static func customerLabel(_ customer: EndCustomer) -> String { "\(customer.name) (\(customer.country))" }

    /// What a credit note credits, in one sentence.
    var creditLabel: String? {
        guard let originalInvoice else { return nil }
        return "Credits invoice \(originalInvoice)" + (reason.map { ": \($0)" } ?? "")
    }
}
