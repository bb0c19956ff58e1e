import LedgerCore
import LedgerEvents

/// Prices invoice lines and tax (RULES.md §0 Prices, §0b.16 Tax).
///
/// Example (worked example 7): GroupDocs reseller in US-NY, rate 8.875%,
/// order 2 × 450.00 at 10% → line net 810.00, tax 81000 × 8.875% = 7188.75
/// cents → 71.89, total 881.89. With an exemption covering the order
/// date: tax 0.00 and the certificate on the invoice.
public enum Pricing {
    public struct PricedLine: Sendable {
        public let line: InvoiceLine
        public let net: Money
    }

    public struct Tax: Sendable {
        public let jurisdiction: String?
        public let percent: Percent?
        public let exemption: String?
        public let amount: Money
    }

    /// The discount a line gets: none for kinds in `noDiscountFor`, else the
    /// tier's rate for the category (or `"*"`). Nil when the terms do not price it.
    public static func discount(terms: ProgramTermsPayload, enrolment: EnrolmentState, tier: String, category: String) -> Percent? {
        guard let percent = terms.discount(tier: tier, category: category) else { return nil }
        if terms.noDiscountFor?.contains(enrolment.enrolment.kind) == true { return .zero }
        return percent
    }

    public static func line(ref: String, description: String, category: String, quantity: Int,
                            unitPrice: Money, discount: Percent) -> PricedLine {
        let retail = Money(minor: unitPrice.minor * Int64(quantity), currency: unitPrice.currency)
        let net = discount.discounting(retail)
        return PricedLine(line: InvoiceLine(ref: ref, description: description, category: category, quantity: quantity,
                                            unitPrice: unitPrice.decimal, discountPercent: discount.value, net: net.decimal),
                          net: net)
    }

    /// Sales tax on a subtotal for an order dated `date`, or nil when the
    /// program charges tax here but no rate is published (the order is refused).
    public static func tax(subtotal: Money, terms: ProgramTermsPayload, enrolment: EnrolmentState,
                           on date: CivilDate, state: LedgerState) -> Tax? {
        let none = Tax(jurisdiction: nil, percent: nil, exemption: nil, amount: .zero(subtotal.currency))
        guard terms.salesTax?.kind == "usResellerState", enrolment.enrolment.country == "US",
              let region = enrolment.enrolment.region else { return none }
        let jurisdiction = "US-\(region)"
        if let certificate = state.exemption(reseller: enrolment.key.reseller, on: date) {
            return Tax(jurisdiction: jurisdiction, percent: nil, exemption: certificate, amount: .zero(subtotal.currency))
        }
        guard let rate = state.taxRate(jurisdiction, on: date) else { return nil }
        return Tax(jurisdiction: jurisdiction, percent: rate, exemption: nil, amount: rate.of(subtotal))
    }
}
