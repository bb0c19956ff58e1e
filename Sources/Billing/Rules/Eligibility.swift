import LedgerCore
import LedgerEvents

/// Eligible purchases for rebates and SPIF (RULES.md §0b.12, §3, §4):
/// order lines as invoiced (net, before tax), `internal` lines excluded,
/// orders dated in the period while the reseller's tier on the order date
/// is an eligible one; with `requiresOpportunity`, only orders naming an
/// opportunity registered on or before the order date.
///
/// Example (worked example 10): Smart-Soft privileged all of Q2 2026 with
/// 1,240,000.00 of eligible net purchases → base 1,240,000.00, 5% = 62,000.00.
public enum Eligibility {
    public struct Purchases: Sendable {
        public let base: Money
        public let orders: [String]
    }

    public static func purchases(enrolment: EnrolmentState, from: CivilDate, through: CivilDate, tiers: [String],
                                 requiresOpportunity: Bool, state: LedgerState) -> Purchases {
        var base = Money.zero(enrolment.currency)
        var orders: [String] = []
        for orderId in enrolment.orderIds {
            guard let order = state.orders[OrderKey(program: enrolment.key.program, order: orderId)],
                  order.date >= from, order.date <= through,
                  tiers.contains(enrolment.tier(on: order.date)) else { continue }
            if requiresOpportunity && !enrolment.opportunityCounts(order.payload.opportunity, on: order.date) { continue }
            let net = invoicedLines(order, state: state)
                .filter { $0.category != "internal" }
                .reduce(Money.zero(enrolment.currency)) { $0 + PostingRules.money($1.net, enrolment.currency) }
            if net.isZero { continue }
            base += net
            orders.append(orderId)
        }
        return Purchases(base: base, orders: orders)
    }

    /// The order's lines as invoiced, or as they would be invoiced when the
    /// billing run has not reached the order yet.
    static func invoicedLines(_ order: OrderRecord, state: LedgerState) -> [InvoiceLine] {
        if let number = order.invoiceNumber, let invoice = state.invoices[number] {
            return invoice.payload.lines.filter { $0.ref == order.payload.order }
        }
        return InvoiceDraft.forOrder(order, state: state)?.lines.map(\.line) ?? []
    }

    /// Annual sales for the year-close eligibility report (all lines, net).
    public static func annualSales(enrolment: EnrolmentState, year: Year, state: LedgerState) -> Money {
        var total = Money.zero(enrolment.currency)
        for orderId in enrolment.orderIds {
            guard let order = state.orders[OrderKey(program: enrolment.key.program, order: orderId)], year.contains(order.date) else { continue }
            total = invoicedLines(order, state: state).reduce(total) { $0 + PostingRules.money($1.net, enrolment.currency) }
        }
        return total
    }
}
