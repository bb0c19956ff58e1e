import LedgerCore
import LedgerEvents

/// A `payment.received` as reconciliation sees it.
///
/// Example: seq 51, `payment-0040`, 2026-04-10, R-HANSA in groupdocs,
/// payment `BT-0040`, 2,250.00 USD, no reference.
public struct LedgerPayment: Equatable, Sendable {
    public let eventId: String
    public let seq: Int
    public let date: CivilDate
    public let reseller: String
    public let program: String
    public let payment: String
    public let reference: String?
    public let amount: Money

    public init(eventId: String, seq: Int, date: CivilDate, reseller: String, program: String, payment: String,
                reference: String?, amount: Money) {
        self.eventId = eventId
        self.seq = seq
        self.date = date
        self.reseller = reseller
        self.program = program
        self.payment = payment
        self.reference = reference
        self.amount = amount
    }

    /// Every `payment.received` of `events`, by date then seq. The caller
    /// chooses the events (as of a date, known at an instant).
    public static func all(in events: [Event]) -> [LedgerPayment] {
        events.compactMap { event -> LedgerPayment? in
            guard case .paymentReceived(let p) = event.payload, let amount = try? Money(p.amount, currency: p.currency) else { return nil }
            return LedgerPayment(eventId: event.id, seq: event.seq, date: event.effective, reseller: p.reseller, program: p.program,
                                 payment: p.payment, reference: p.reference, amount: amount)
        }.sorted { ($0.date, $0.seq) < ($1.date, $1.seq) }
    }

    /// Whether a bank reference names this payment: its `reference` or its payment id.
    public func isNamed(by reference: String) -> Bool {
        !reference.isEmpty && (reference == self.reference || reference == payment)
    }
}
