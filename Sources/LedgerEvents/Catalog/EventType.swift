/// Every event type of the catalog (EVENTS.md), the file it lives in, and
/// who may write it.
///
/// Example: `EventType(rawValue: "order.placed")?.family` is `.orders`
/// (`orders.jsonl`); `.invoiceIssued.isRunWritten` is true, so `append`
/// refuses it as input.
public enum EventType: String, CaseIterable, Sendable, Hashable {
    case programTerms = "program.terms"
    case taxRate = "tax.rate"
    case resellerEnrolled = "reseller.enrolled"
    case tierAssigned = "tier.assigned"
    case taxExemption = "tax.exemption"
    case creditRestored = "credit.restored"
    case opportunityRegistered = "opportunity.registered"
    case orderPlaced = "order.placed"
    case licenseIssued = "license.issued"
    case accountSetUp = "account.setUp"
    case accountCancelled = "account.cancelled"
    case invoiceIssued = "invoice.issued"
    case creditNoteIssued = "creditNote.issued"
    case statementIssued = "statement.issued"
    case paymentReceived = "payment.received"
    case paymentRefunded = "payment.refunded"
    case lateFeeAssessed = "lateFee.assessed"
    case rebateCredited = "rebate.credited"
    case spifAwarded = "spif.awarded"
    case awardGranted = "award.granted"
    case runCompleted = "run.completed"

    public var family: EventFamily {
        switch self {
        case .programTerms, .taxRate: .programs
        case .resellerEnrolled, .tierAssigned, .taxExemption, .creditRestored: .resellers
        case .opportunityRegistered, .orderPlaced, .licenseIssued: .orders
        case .accountSetUp, .accountCancelled: .subscriptions
        case .invoiceIssued, .creditNoteIssued, .statementIssued: .invoices
        case .paymentReceived, .paymentRefunded: .payments
        case .lateFeeAssessed: .fees
        case .rebateCredited, .spifAwarded, .awardGranted: .incentives
        case .runCompleted: .runs
        }
    }

    /// Types that only the runs write; `append` refuses them as input
    /// (RULES.md §0b.19).
    public var isRunWritten: Bool {
        switch self {
        case .invoiceIssued, .creditNoteIssued, .statementIssued, .lateFeeAssessed,
             .rebateCredited, .spifAwarded, .runCompleted: true
        default: false
        }
    }
}

/// One JSON-lines file of a ledger per family of events (DESIGN.md §2).
public enum EventFamily: String, CaseIterable, Sendable, Hashable, Comparable {
    case programs, resellers, orders, subscriptions, invoices, payments, fees, incentives, runs

    public var fileName: String { rawValue + ".jsonl" }

    public static func < (lhs: EventFamily, rhs: EventFamily) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
