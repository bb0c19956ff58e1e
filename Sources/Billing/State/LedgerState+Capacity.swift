import LedgerEvents

/// Room for what a replay will add, reserved before it starts: the
/// state's largest dictionaries (invoices, orders, late fees, the
/// service-month index) otherwise grow by doubling, rehashing every entry
/// each time (about a tenth of a replay of 1M events).
///
/// Example: 123,000 invoices of which 60,000 bill subscriptions with 2
/// accounts each → `invoices` gets room for 123,000 entries and
/// `serviceMonthInvoices` for 120,000 before the first event is applied.
extension LedgerState {
    mutating func reserveCapacity(for events: some Sequence<Event>) {
        var invoiceCount = 0, orderCount = 0, feeCount = 0, monthCount = 0
        for event in events {
            switch event.type {
            case .invoiceIssued:
                invoiceCount += 1
                if case .invoiceIssued(let p) = event.payload, p.kind != "order" { monthCount += p.lines.count }
            case .orderPlaced: orderCount += 1
            case .lateFeeAssessed: feeCount += 1
            default: break
            }
        }
        reserveCapacity(invoices: invoiceCount, orders: orderCount, lateFees: feeCount, serviceMonths: monthCount)
    }

    /// The same from counts, for a replay that knows its events' types
    /// before it decodes them (`LineKey`).
    public mutating func reserveCapacity(invoices invoiceCount: Int, orders orderCount: Int, lateFees feeCount: Int,
                                         serviceMonths monthCount: Int) {
        invoices.reserveCapacity(invoiceCount)
        orders.reserveCapacity(orderCount)
        lateFees.reserveCapacity(feeCount)
        serviceMonthInvoices.reserveCapacity(monthCount)
    }
}
