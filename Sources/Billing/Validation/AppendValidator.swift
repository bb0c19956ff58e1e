import LedgerCore
import LedgerEvents

/// The business checks `append` runs on a batch before anything is written
/// (RULES.md §0 Refusals, §0b.7, §0b.10, §0b.16, §0b.18, §0b.19, §2, §3).
///
/// Each event is checked against the ledger as it stands plus the batch's
/// earlier events. Example: a GroupDocs `payment.received` by card is
/// refused with `method: "card" is not accepted by groupdocs (accepted:
/// bankTransfer) [rule: payment methods]`.
public enum AppendValidator {
    public static func validate(existing: [Event], fresh: [Event]) throws(RuleViolation) {
        try validate(partition: existing, lastSeq: nil, elsewhere: TakenIds(), fresh: fresh)
    }

    /// The same checks from a part of the ledger: every event of the
    /// resellers the batch concerns and every event that concerns no
    /// reseller (program terms, tax rates, run records), in any order, and
    /// `elsewhere`, the order and account ids other resellers hold in their
    /// programs. Every rule reads only the event's own reseller, its
    /// program's terms and the tax rates, but for the two ids unique per
    /// program, so the outcome is the whole ledger's (a test checks every
    /// refusal both ways). `lastSeq` is the ledger's last seq.
    ///
    /// Example: a payment of R-HANSA in a ledger of 10 million events is
    /// checked from R-HANSA's few hundred events and the program terms.
    public static func validate(partition: [Event], lastSeq: Int?, elsewhere: TakenIds, fresh: [Event]) throws(RuleViolation) {
        var state = Projection.replay(partition)
        var seq = lastSeq ?? state.lastSeq
        for (index, event) in fresh.enumerated() {
            var check = EventCheck(index: index, event: event, state: state, elsewhere: elsewhere,
                                   history: { partition + fresh[..<index] })
            try check.run()
            seq += 1
            var stored = event
            stored.seq = seq
            Projection.evolve(into: &state, event: stored)
        }
    }
}

/// Order and account ids already held in their programs by resellers whose
/// events a partial validation does not replay.
public struct TakenIds: Sendable, Equatable {
    public var orders: Set<OrderKey>
    public var accounts: Set<AccountKey>

    public init(orders: Set<OrderKey> = [], accounts: Set<AccountKey> = []) {
        self.orders = orders
        self.accounts = accounts
    }

    /// The ids `fresh` would take (what a partial validation must look up).
    public static func wanted(by fresh: [Event]) -> TakenIds {
        var ids = TakenIds()
        for event in fresh {
            switch event.payload {
            case .orderPlaced(let p): ids.orders.insert(OrderKey(program: p.program, order: p.order))
            case .accountSetUp(let p): ids.accounts.insert(AccountKey(program: p.program, account: p.account))
            default: break
            }
        }
        return ids
    }
}

public struct AccountKey: Hashable, Sendable {
    public let program: String
    public let account: String
    public init(program: String, account: String) { self.program = program; self.account = account }
}

/// The checks of one event.
struct EventCheck {
    let index: Int
    let event: Event
    let state: LedgerState
    let elsewhere: TakenIds
    /// Everything before this event, for checks that need money as of a date.
    let history: () -> [Event]

    func fail(_ field: String, _ message: String, _ rule: String) -> RuleViolation {
        RuleViolation(index: index, field: field, message: message, rule: rule)
    }

    mutating func run() throws(RuleViolation) {
        if event.type.isRunWritten {
            throw fail("type", "\"\(event.type.rawValue)\" is written by the runs, not by append", "run-written types")
        }
        switch event.payload {
        case .programTerms(let p): try checkTerms(p)
        case .taxRate, .runCompleted: break
        case .resellerEnrolled(let p): try checkEnrolment(p)
        case .tierAssigned(let p):
            let (terms, _) = try enrolled(p.reseller, p.program)
            if !terms.tiers.contains(p.tier) { throw unknownTier(p.tier, terms) }
        case .taxExemption(let p):
            if !state.isEnrolledAnywhere(p.reseller) { throw unknownReseller(p.reseller) }
        case .creditRestored(let p): _ = try enrolled(p.reseller, p.program)
        case .opportunityRegistered(let p): _ = try enrolled(p.reseller, p.program)
        case .orderPlaced(let p): try checkOrder(p)
        case .licenseIssued(let p): try checkLicence(p)
        case .accountSetUp(let p): try checkAccountSetUp(p)
        case .accountCancelled(let p): try checkCancellation(p)
        case .paymentReceived(let p): try checkPayment(p)
        case .paymentRefunded(let p): try checkRefund(p)
        case .awardGranted(let p):
            let (terms, _) = try enrolled(p.reseller, p.program)
            try amount(p.amount, "amount", terms.currency)
        case .invoiceIssued, .creditNoteIssued, .statementIssued, .lateFeeAssessed, .rebateCredited, .spifAwarded:
            break
        }
    }

    // MARK: Shared checks

    /// The program's terms in force on the event date and the enrolment;
    /// refuses unknown programs and resellers, events before the first
    /// terms and before the enrolment.
    func enrolled(_ reseller: String, _ program: String) throws(RuleViolation) -> (ProgramTermsPayload, EnrolmentState) {
        let terms = try termsInForce(program)
        guard let enrolment = state.enrolments[EnrolmentKey(reseller: reseller, program: program)] else {
            if !state.isEnrolledAnywhere(reseller) { throw unknownReseller(reseller) }
            throw fail("program", "reseller \"\(reseller)\" is not enrolled in program \"\(program)\"", "enrolment required")
        }
        guard event.effective >= enrolment.enrolled else {
            throw fail("effective", "\(event.effective) is before \(reseller)'s enrolment in \(program) on \(enrolment.enrolled)",
                       "no event before the enrolment")
        }
        return (terms, enrolment)
    }

    func termsInForce(_ program: String) throws(RuleViolation) -> ProgramTermsPayload {
        guard let first = state.firstTermsDate(program) else {
            throw fail("program", "unknown program \"\(program)\" (no program.terms for it)", "unknown program")
        }
        guard let terms = state.terms(program, on: event.effective) else {
            throw fail("effective", "\(event.effective) is before the first terms of \(program) (\(first))",
                       "no event before its program's first terms")
        }
        return terms
    }

    func unknownReseller(_ reseller: String) -> RuleViolation {
        fail("reseller", "unknown reseller \"\(reseller)\" (not enrolled in any program)", "unknown reseller")
    }

    func unknownTier(_ tier: String, _ terms: ProgramTermsPayload) -> RuleViolation {
        fail("tier", "\"\(tier)\" is not a tier of \(terms.program) (tiers: \(terms.tiers.joined(separator: ", ")))", "known tiers")
    }

    /// An amount must fit the currency's minor digits exactly.
    @discardableResult
    func amount(_ value: DecimalNumber, _ field: String, _ currency: Currency) throws(RuleViolation) -> Money {
        do { return try Money(value, currency: currency) } catch {
            throw fail(field, "\"\(value)\" has \(Self.places(value.scale)); \(Self.allowedPlaces(currency))",
                       "amounts are exact in the currency's minor unit, never rounded")
        }
    }

    /// "1 decimal place", "3 decimal places".
    static func places(_ count: Int) -> String { count == 1 ? "1 decimal place" : "\(count) decimal places" }

    /// "USD amounts have at most 2", or for a currency without minor units "JPY amounts are whole numbers".
    static func allowedPlaces(_ currency: Currency) -> String {
        currency.minorDigits == 0 ? "\(currency.code) amounts are whole numbers" : "\(currency.code) amounts have at most \(currency.minorDigits)"
    }
}
