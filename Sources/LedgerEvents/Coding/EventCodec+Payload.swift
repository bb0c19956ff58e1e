/// The per-type dispatch of `EventCodec`.
extension EventCodec {
    static func decodePayload<R: EventFieldReader>(_ type: EventType, _ r: inout R) throws -> EventPayload {
        switch type {
        case .programTerms: .programTerms(try ProgramTermsPayload(reading: &r))
        case .taxRate: .taxRate(try TaxRatePayload(reading: &r))
        case .resellerEnrolled: .resellerEnrolled(try ResellerEnrolledPayload(reading: &r))
        case .tierAssigned: .tierAssigned(try TierAssignedPayload(reading: &r))
        case .taxExemption: .taxExemption(try TaxExemptionPayload(reading: &r))
        case .creditRestored: .creditRestored(try CreditRestoredPayload(reading: &r))
        case .opportunityRegistered: .opportunityRegistered(try OpportunityRegisteredPayload(reading: &r))
        case .orderPlaced: .orderPlaced(try OrderPlacedPayload(reading: &r))
        case .licenseIssued: .licenseIssued(try LicenseIssuedPayload(reading: &r))
        case .accountSetUp: .accountSetUp(try AccountSetUpPayload(reading: &r))
        case .accountCancelled: .accountCancelled(try AccountCancelledPayload(reading: &r))
        case .invoiceIssued: .invoiceIssued(try InvoiceIssuedPayload(reading: &r))
        case .creditNoteIssued: .creditNoteIssued(try CreditNoteIssuedPayload(reading: &r))
        case .statementIssued: .statementIssued(try StatementIssuedPayload(reading: &r))
        case .paymentReceived: .paymentReceived(try PaymentReceivedPayload(reading: &r))
        case .paymentRefunded: .paymentRefunded(try PaymentRefundedPayload(reading: &r))
        case .lateFeeAssessed: .lateFeeAssessed(try LateFeeAssessedPayload(reading: &r))
        case .rebateCredited: .rebateCredited(try RebateCreditedPayload(reading: &r))
        case .spifAwarded: .spifAwarded(try SpifAwardedPayload(reading: &r))
        case .awardGranted: .awardGranted(try AwardGrantedPayload(reading: &r))
        case .runCompleted: .runCompleted(try RunCompletedPayload(reading: &r))
        }
    }

    static func writePayload(_ payload: EventPayload, _ w: inout ObjectWriter) {
        switch payload {
        case .programTerms(let p): p.write(to: &w)
        case .taxRate(let p): p.write(to: &w)
        case .resellerEnrolled(let p): p.write(to: &w)
        case .tierAssigned(let p): p.write(to: &w)
        case .taxExemption(let p): p.write(to: &w)
        case .creditRestored(let p): p.write(to: &w)
        case .opportunityRegistered(let p): p.write(to: &w)
        case .orderPlaced(let p): p.write(to: &w)
        case .licenseIssued(let p): p.write(to: &w)
        case .accountSetUp(let p): p.write(to: &w)
        case .accountCancelled(let p): p.write(to: &w)
        case .invoiceIssued(let p): p.write(to: &w)
        case .creditNoteIssued(let p): p.write(to: &w)
        case .statementIssued(let p): p.write(to: &w)
        case .paymentReceived(let p): p.write(to: &w)
        case .paymentRefunded(let p): p.write(to: &w)
        case .lateFeeAssessed(let p): p.write(to: &w)
        case .rebateCredited(let p): p.write(to: &w)
        case .spifAwarded(let p): p.write(to: &w)
        case .awardGranted(let p): p.write(to: &w)
        case .runCompleted(let p): p.write(to: &w)
        }
    }
}
