import LedgerCore
import LedgerEvents

/// Builders for money the reseller pays, gets back or is granted.
///
/// Example (worked example 13): `.pay("600.00", by: "R-ANDES", in: "rsupport", on: "2026-04-10")`
/// is a bank transfer of 600.00 USD without allocations, payment id
/// `PAY-R-ANDES-2026-04-10-600.00`.
extension Event {
    /// `payment.received`, by bank transfer in the preset's currency unless told.
    /// `allocations` name documents first: `[("GD-2026-000002", "300.00")]`.
    public static func pay(_ amount: String, by reseller: String, in program: String, on date: String,
                           payment: String? = nil, method: String = "bankTransfer", currency: String? = nil,
                           allocations: [(document: String, amount: String)]? = nil, reference: String? = nil,
                           id: String? = nil) -> Event {
        let payment = payment ?? "PAY-\(reseller)-\(date)-\(amount)"
        let named = allocations?.map { PaymentReceivedPayload.Allocation(document: $0.document, amount: decimal($0.amount)) }
        return Event(id: id ?? "payment-\(program)-\(payment)", effective: day(date),
                     payload: .paymentReceived(PaymentReceivedPayload(
                        reseller: reseller, program: program, payment: payment, amount: decimal(amount),
                        currency: currencyOf(program, currency), method: method, reference: reference, allocations: named)))
    }

    /// `payment.refunded`: returns unapplied credit.
    public static func refund(_ amount: String, by reseller: String, in program: String, on date: String,
                              payment: String? = nil, currency: String? = nil, id: String? = nil) -> Event {
        let payment = payment ?? "REFUND-\(reseller)-\(date)-\(amount)"
        return Event(id: id ?? "refund-\(program)-\(payment)", effective: day(date),
                     payload: .paymentRefunded(PaymentRefundedPayload(reseller: reseller, program: program, payment: payment,
                                                                      amount: decimal(amount), currency: currencyOf(program, currency))))
    }

    /// `award.granted`: a best-partner award or marketing funds, a credit.
    public static func award(_ amount: String, to reseller: String, in program: String, on date: String,
                             kind: String = "bestPartner", note: String? = nil, id: String? = nil) -> Event {
        Event(id: id ?? "award-\(program)-\(reseller)-\(date)-\(kind)-\(amount)", effective: day(date),
              payload: .awardGranted(AwardGrantedPayload(reseller: reseller, program: program, kind: kind,
                                                         amount: decimal(amount), note: note)))
    }

    /// The code given, else the preset's currency, else USD.
    static func currencyOf(_ program: String, _ code: String?) -> Currency {
        let text = code ?? Preset(rawValue: program)?.currency ?? "USD"
        guard let currency = Currency(code: text) else { preconditionFailure("unknown currency \(text)") }
        return currency
    }
}
