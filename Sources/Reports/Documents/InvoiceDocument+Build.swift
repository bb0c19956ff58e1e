import LedgerCore
import LedgerEvents
import Billing

/// Filling an `InvoiceDocument` from the replayed state.
///
/// Example: invoice GD-2026-000004 (R-HANSA, order HA-04) takes its lines
/// and totals from the `invoice.issued` payload, the bill-to from Hansa's
/// enrolment, the end customer "Customer of HA-04" (DE) from order HA-04
/// and the open amount 2250.00 from the allocations replayed so far.
extension InvoiceDocument {
    /// The invoice or credit note with this number, or nil when the ledger has none.
    public init?(number: String, events: [Event], state: LedgerState) {
        if let record = state.invoices[number] {
            self.init(invoice: record, state: state)
        } else if let payload = state.creditNotes[number], let date = Self.creditNoteDate(number, events) {
            self.init(creditNote: payload, date: date, state: state)
        } else {
            return nil
        }
    }

    static func creditNoteDate(_ number: String, _ events: [Event]) -> CivilDate? {
        for event in events {
            if case .creditNoteIssued(let p) = event.payload, p.number == number { return event.effective }
        }
        return nil
    }

    init?(invoice record: InvoiceRecord, state: LedgerState) {
        let p = record.payload
        guard let enrolment = state.enrolments[EnrolmentKey(reseller: p.reseller, program: p.program)] else { return nil }
        let terms = state.terms(p.program, on: record.date)
        self.init(kind: .invoice, number: p.number, date: record.date, due: p.due, program: p.program,
                  issuer: terms?.name ?? p.program, billTo: BillTo(enrolment: enrolment.enrolment), invoiceKind: p.kind,
                  endCustomers: p.kind == "order" ? Self.endCustomers(p.program, p.lines, state) : [],
                  originalInvoice: nil, reason: nil, currency: p.currency, lines: Self.lines(p.lines, p.currency),
                  subtotal: Self.money(p.subtotal, p.currency),
                  tax: Tax(jurisdiction: p.taxJurisdiction, percent: p.taxPercent, exemption: p.taxExemption,
                           amount: Self.money(p.tax, p.currency)),
                  total: record.total, open: record.open, paymentMethods: terms?.paymentMethods)
    }

    /// A credit note repeats the tax basis of the invoice it credits, so the
    /// reader sees at which rate the credited tax was charged.
    init?(creditNote p: CreditNoteIssuedPayload, date: CivilDate, state: LedgerState) {
        guard let enrolment = state.enrolments[EnrolmentKey(reseller: p.reseller, program: p.program)] else { return nil }
        let currency = enrolment.currency
        let original = state.invoices[p.invoice]?.payload
        self.init(kind: .creditNote, number: p.number, date: date, due: nil, program: p.program,
                  issuer: state.terms(p.program, on: date)?.name ?? p.program, billTo: BillTo(enrolment: enrolment.enrolment),
                  invoiceKind: nil, endCustomers: original?.kind == "order" ? Self.endCustomers(p.program, p.lines, state) : [],
                  originalInvoice: p.invoice, reason: p.reason, currency: currency, lines: Self.lines(p.lines, currency),
                  subtotal: Self.money(p.subtotal, currency),
                  tax: Tax(jurisdiction: original?.taxJurisdiction, percent: original?.taxPercent,
                           exemption: original?.taxExemption, amount: Self.money(p.tax, currency)),
                  total: Self.money(p.total, currency), open: nil, paymentMethods: nil)
    }

    static func lines(_ lines: [InvoiceLine], _ currency: Currency) -> [Line] {
        lines.map { line in
            Line(ref: line.ref, description: line.description, category: line.category, quantity: line.quantity,
                 unitPrice: money(line.unitPrice, currency), discountPercent: line.discountPercent, net: money(line.net, currency))
        }
    }

    /// The end customers of the orders the lines refer to, once each, in line order.
    static func endCustomers(_ program: String, _ lines: [InvoiceLine], _ state: LedgerState) -> [EndCustomer] {
        var result: [EndCustomer] = []
        for line in lines {
            guard let customer = state.orders[OrderKey(program: program, order: line.ref)]?.payload.endCustomer,
                  !result.contains(customer) else { continue }
            result.append(customer)
        }
        return result
    }

    static func money(_ decimal: DecimalNumber, _ currency: Currency) -> Money {
        Money(stored: decimal, currency)
    }
}
