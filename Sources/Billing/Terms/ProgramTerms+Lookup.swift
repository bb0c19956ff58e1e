import LedgerCore
import LedgerEvents

/// Lookups into a program's terms: the discount for a tier and category,
/// the payment terms for an invoice kind and tier.
///
/// Example (Smart-Soft preset): `discount(tier: "privileged", category: "ting")`
/// is 25%; `discount(tier: "privileged", category: "hardware")` is nil (the
/// terms do not price it, so an order with it is refused). ByteKast has only
/// `"*"` entries, so every category of a tier gets the tier's rate.
extension ProgramTermsPayload {
    public func discount(tier: String, category: String) -> Percent? {
        guard let table = discounts[tier] else { return nil }
        if let exact = table[category] { return Percent(exact) }
        return table["*"].map(Percent.init)
    }

    /// Terms for `"order"` or `"subscription"` invoices: the tier's entry,
    /// else `"*"`.
    public func paymentTerms(kind: String, tier: String) -> PaymentTermsSpec? {
        guard let table = paymentTerms[kind] else { return nil }
        return table[tier] ?? table["*"]
    }

    public func allowsPaymentMethod(_ method: String) -> Bool {
        paymentMethods.map { $0.contains(method) } ?? true
    }

    public func internalUseCap(tier: String) -> Int? { internalUseCap?[tier] }
}

extension PaymentTermsSpec {
    /// The due date of an invoice under these terms (RULES.md §0, §0b.20).
    /// `start` is the order date for order invoices and the invoice date
    /// for others; onReceipt is due on the invoice date.
    public func dueDate(invoiceDate: CivilDate, start: CivilDate) -> CivilDate {
        switch kind {
        case "netDays": start.adding(days: days ?? 0)
        case "endOfFollowingMonth": start.adding(months: 1).lastDayOfMonth
        default: invoiceDate
        }
    }
}
