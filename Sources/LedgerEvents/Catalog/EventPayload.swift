import LedgerCore

/// The typed payload of an event: one case per type of the catalog.
///
/// Example: an `order.placed` line decodes to `.orderPlaced(OrderPlacedPayload(...))`;
/// `payload.type` is `.orderPlaced` and `payload.reseller` its reseller.
///
/// `indirect`: every payload lives in its own heap box, so an `EventPayload`
/// is one pointer (8 bytes) instead of the largest case inline (320 bytes,
/// `program.terms`), and an `Event` is 56 bytes instead of 368. A ledger in
/// memory is mostly `[Event]`, and sorting, filtering and copying events
/// moves (and retains) one box instead of every string of the payload.
public indirect enum EventPayload: Equatable, Sendable {
    case programTerms(ProgramTermsPayload)
    case taxRate(TaxRatePayload)
    case resellerEnrolled(ResellerEnrolledPayload)
    case tierAssigned(TierAssignedPayload)
    case taxExemption(TaxExemptionPayload)
    case creditRestored(CreditRestoredPayload)
    case opportunityRegistered(OpportunityRegisteredPayload)
    case orderPlaced(OrderPlacedPayload)
    case licenseIssued(LicenseIssuedPayload)
    case accountSetUp(AccountSetUpPayload)
    case accountCancelled(AccountCancelledPayload)
    case invoiceIssued(InvoiceIssuedPayload)
    case creditNoteIssued(CreditNoteIssuedPayload)
    case statementIssued(StatementIssuedPayload)
    case paymentReceived(PaymentReceivedPayload)
    case paymentRefunded(PaymentRefundedPayload)
    case lateFeeAssessed(LateFeeAssessedPayload)
    case rebateCredited(RebateCreditedPayload)
    case spifAwarded(SpifAwardedPayload)
    case awardGranted(AwardGrantedPayload)
    case runCompleted(RunCompletedPayload)

    public var type: EventType {
        switch self {
        case .programTerms: .programTerms
        case .taxRate: .taxRate
        case .resellerEnrolled: .resellerEnrolled
        case .tierAssigned: .tierAssigned
        case .taxExemption: .taxExemption
        case .creditRestored: .creditRestored
        case .opportunityRegistered: .opportunityRegistered
        case .orderPlaced: .orderPlaced
        case .licenseIssued: .licenseIssued
        case .accountSetUp: .accountSetUp
        case .accountCancelled: .accountCancelled
        case .invoiceIssued: .invoiceIssued
        case .creditNoteIssued: .creditNoteIssued
        case .statementIssued: .statementIssued
        case .paymentReceived: .paymentReceived
        case .paymentRefunded: .paymentRefunded
        case .lateFeeAssessed: .lateFeeAssessed
        case .rebateCredited: .rebateCredited
        case .spifAwarded: .spifAwarded
        case .awardGranted: .awardGranted
        case .runCompleted: .runCompleted
        }
    }

    /// The reseller the event concerns, when it concerns one.
    public var reseller: String? {
        switch self {
        case .programTerms, .taxRate, .runCompleted: nil
        case .resellerEnrolled(let p): p.reseller
        case .tierAssigned(let p): p.reseller
        case .taxExemption(let p): p.reseller
        case .creditRestored(let p): p.reseller
        case .opportunityRegistered(let p): p.reseller
        case .orderPlaced(let p): p.reseller
        case .licenseIssued(let p): p.reseller
        case .accountSetUp(let p): p.reseller
        case .accountCancelled(let p): p.reseller
        case .invoiceIssued(let p): p.reseller
        case .creditNoteIssued(let p): p.reseller
        case .statementIssued(let p): p.reseller
        case .paymentReceived(let p): p.reseller
        case .paymentRefunded(let p): p.reseller
        case .lateFeeAssessed(let p): p.reseller
        case .rebateCredited(let p): p.reseller
        case .spifAwarded(let p): p.reseller
        case .awardGranted(let p): p.reseller
        }
    }

    /// The program the event concerns, when it concerns one (a tax
    /// exemption covers all of a reseller's programs: nil).
    public var program: String? {
        switch self {
        case .taxRate, .taxExemption, .runCompleted: nil
        case .programTerms(let p): p.program
        case .resellerEnrolled(let p): p.program
        case .tierAssigned(let p): p.program
        case .creditRestored(let p): p.program
        case .opportunityRegistered(let p): p.program
        case .orderPlaced(let p): p.program
        case .licenseIssued(let p): p.program
        case .accountSetUp(let p): p.program
        case .accountCancelled(let p): p.program
        case .invoiceIssued(let p): p.program
        case .creditNoteIssued(let p): p.program
        case .statementIssued(let p): p.program
        case .paymentReceived(let p): p.program
        case .paymentRefunded(let p): p.program
        case .lateFeeAssessed(let p): p.program
        case .rebateCredited(let p): p.program
        case .spifAwarded(let p): p.program
        case .awardGranted(let p): p.program
        }
    }
}
