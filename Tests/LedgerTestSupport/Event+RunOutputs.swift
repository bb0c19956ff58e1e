import LedgerCore
import LedgerEvents

/// Typed views of the events runs append, so a test can say
/// `appended.compactMap(\.invoice)` instead of matching payload cases.
///
/// Example: after month-end 2026-04 of worked example 5,
/// `appended.compactMap(\.lateFee).map(\.amount.description)` is `["3.85"]`.
extension Event {
    public var invoice: InvoiceIssuedPayload? { if case .invoiceIssued(let p) = payload { p } else { nil } }
    public var creditNote: CreditNoteIssuedPayload? { if case .creditNoteIssued(let p) = payload { p } else { nil } }
    public var lateFee: LateFeeAssessedPayload? { if case .lateFeeAssessed(let p) = payload { p } else { nil } }
    public var tierAssignment: TierAssignedPayload? { if case .tierAssigned(let p) = payload { p } else { nil } }
    public var rebate: RebateCreditedPayload? { if case .rebateCredited(let p) = payload { p } else { nil } }
    public var spif: SpifAwardedPayload? { if case .spifAwarded(let p) = payload { p } else { nil } }
    public var runCompleted: RunCompletedPayload? { if case .runCompleted(let p) = payload { p } else { nil } }
}

extension Month {
    /// "2026-04" as a month; a malformed literal is a bug in the test.
    public static func of(_ text: String) -> Month {
        guard let month = Month(parsing: text) else { preconditionFailure("not a month: \(text)") }
        return month
    }
}

extension Quarter {
    /// "2026-Q2" as a quarter; a malformed literal is a bug in the test.
    public static func of(_ text: String) -> Quarter {
        guard let quarter = Quarter(parsing: text) else { preconditionFailure("not a quarter: \(text)") }
        return quarter
    }
}
