import LedgerCore
import LedgerEvents
import Billing

/// One money event as a balanced journal transaction: the postings of
/// `PostingRules` (the same the projection books), dated the event's
/// effective date, with its id and seq for tracing back to the log.
///
/// Example: seq 27, `payment.received` BT-0034 of R-HANSA on 2026-01-14 →
/// date 2026-01-14, payee `R-HANSA`, narration `payment.received BT-0034`,
/// postings `Assets:Bank:USD` 1080.00 and
/// `Assets:Receivable:Groupdocs:R-HANSA` −1080.00.
public struct JournalTransaction: Sendable, Equatable {
    public let date: CivilDate
    public let eventId: String
    public let seq: Int
    public let payee: String
    public let narration: String
    public let postings: [Posting]

    public init(date: CivilDate, eventId: String, seq: Int, payee: String, narration: String, postings: [Posting]) {
        self.date = date
        self.eventId = eventId
        self.seq = seq
        self.payee = payee
        self.narration = narration
        self.postings = postings
    }

    /// The transaction of `event` given the state before it, or nil for an
    /// event that moves no money.
    public init?(event: Event, before state: LedgerState) {
        let postings = PostingRules.postings(for: event, in: state)
        guard !postings.isEmpty else { return nil }
        self.init(date: event.effective, eventId: event.id, seq: event.seq, payee: event.payload.reseller ?? "",
                  narration: "\(event.type.rawValue) \(Self.document(of: event.payload))", postings: postings)
    }

    /// The document a money event is about, for the narration.
    static func document(of payload: EventPayload) -> String {
        switch payload {
        case .invoiceIssued(let p): p.number
        case .creditNoteIssued(let p): "\(p.number) for \(p.invoice)"
        case .lateFeeAssessed(let p): "\(p.invoice) through \(p.through)"
        case .paymentReceived(let p): p.payment
        case .paymentRefunded(let p): p.payment
        case .rebateCredited(let p): p.period
        case .spifAwarded(let p): p.period
        case .awardGranted(let p): p.kind
        default: ""
        }
    }
}
