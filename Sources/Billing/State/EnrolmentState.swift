import LedgerCore
import LedgerEvents

/// Everything the ledger knows about one reseller in one program.
///
/// Example: R-HANSA in groupdocs, enrolled 2026-01-01 at tier "reseller",
/// four orders, invoices GD-2026-000001…4, unapplied credit 0.00.
public struct EnrolmentState: Sendable {
    public let key: EnrolmentKey
    public let enrolment: ResellerEnrolledPayload
    public let enrolled: CivilDate
    public let currency: Currency
    public var tiers: [Dated<TierRecord>] = []
    public var accounts: [String: AccountRecord] = [:]
    public var orderIds: [String] = []
    public var opportunities: [String: CivilDate] = [:]
    public var restores: [CivilDate] = []
    public var invoiceNumbers: [String] = []
    /// The invoices of `invoiceNumbers` still open, in the same order. An
    /// invoice's open amount only ever falls, so one that is paid leaves
    /// for good; money is applied against this short list instead of every
    /// invoice the reseller ever had.
    public internal(set) var openInvoiceNumbers: [String] = []
    /// The due dates of `openInvoiceNumbers`, position for position, so
    /// money is applied by (due date, number) without reading (and
    /// copying) the record of every open invoice.
    var openInvoiceDues: [CivilDate] = []
    public var lateFeeIds: [String] = []
    /// The late fees of `lateFeeIds` still open, in the same order (a fee's
    /// open amount only falls, as an invoice's does), so money is applied
    /// against the open ones instead of every fee the reseller was charged.
    public internal(set) var openLateFeeIds: [String] = []
    public var payments: [PaymentRecord] = []
    public var unapplied: Money
    public var internalUsers = 0
    public var assessedInterest: [String: Money] = [:]
    public var rebates: [String: Money] = [:]
    public var spifs: [String: Money] = [:]
    public var statements: Set<String> = []
    public var receivable: Money

    init(enrolment: ResellerEnrolledPayload, effective: CivilDate, seq: Int, eventId: String, currency: Currency) {
        key = EnrolmentKey(reseller: enrolment.reseller, program: enrolment.program)
        self.enrolment = enrolment
        enrolled = effective
        self.currency = currency
        unapplied = .zero(currency)
        receivable = .zero(currency)
        tiers = [Dated(effective: effective, seq: seq, value: TierRecord(tier: enrolment.tier, source: "enrolment", basis: nil, eventId: eventId))]
    }

    // Each change the projection makes to an enrolment for one event is one
    // method, called through the dictionary (`enrolments[key]?.note…`): one
    // lookup and no copy, where reading fields through the dictionary's
    // getter copies the whole enrolment each time.

    /// Takes an order; returns its rank among the enrolment's orders.
    mutating func noteOrder(_ p: OrderPlacedPayload) -> Int {
        orderIds.append(p.order)
        internalUsers += p.lines.filter { $0.category == "internal" }.reduce(0) { $0 + ($1.users ?? 0) }
        return orderIds.count
    }

    /// Takes an invoice (open when its total is positive); returns the
    /// unapplied credit, which may pay it.
    mutating func noteInvoice(number: String, due: CivilDate, total: Money) -> Money {
        invoiceNumbers.append(number)
        if total.isPositive {
            openInvoiceNumbers.append(number)
            openInvoiceDues.append(due)
        }
        return unapplied
    }

    /// Removes a paid invoice from the open ones.
    mutating func closeInvoice(_ number: String) {
        var index = openInvoiceNumbers.count
        while index > 0 {
            index -= 1
            if openInvoiceNumbers[index] == number {
                openInvoiceNumbers.remove(at: index)
                openInvoiceDues.remove(at: index)
            }
        }
    }

    /// The open invoices by due date, then number: the order money pays them.
    func openInvoicesByDue() -> [String] {
        if openInvoiceNumbers.count < 2 { return openInvoiceNumbers }
        return openInvoiceNumbers.indices
            .sorted { (openInvoiceDues[$0], openInvoiceNumbers[$0]) < (openInvoiceDues[$1], openInvoiceNumbers[$1]) }
            .map { openInvoiceNumbers[$0] }
    }

    /// Takes a late-fee assessment (its amount in the enrolment's
    /// currency); a positive one is a new open fee. Returns the amount and
    /// the unapplied credit.
    mutating func noteLateFee(id: String, invoice: String, amount decimal: DecimalNumber) -> (amount: Money, unapplied: Money) {
        let amount = Money(stored: decimal, currency)
        assessedInterest[invoice, default: .zero(currency)] += amount
        if amount.isPositive {
            lateFeeIds.append(id)
            openLateFeeIds.append(id)
        }
        return (amount, unapplied)
    }

    /// Adds to the unapplied credit; returns it.
    mutating func addUnapplied(_ amount: Money) -> Money {
        unapplied += amount
        return unapplied
    }

    /// The tier in force on a date (RULES.md §0, §0b.14): the last
    /// assignment on or before it; on one date a review wins over an
    /// evaluation, then the higher seq.
    public func tier(on date: CivilDate) -> String { tierRecord(on: date).tier }

    public func tierRecord(on date: CivilDate) -> TierRecord { tierAssignment(on: date).value }

    /// The assignment in force on a date with its effective date and seq
    /// (for explanations: "tier gold from 2026-04-01").
    public func tierAssignment(on date: CivilDate) -> Dated<TierRecord> {
        var best = tiers[0]
        for candidate in tiers.dropFirst() where candidate.effective <= date {
            if candidate.effective > best.effective || Self.wins(candidate, over: best) { best = candidate }
        }
        return best
    }

    static func wins(_ a: Dated<TierRecord>, over b: Dated<TierRecord>) -> Bool {
        guard a.effective == b.effective else { return false }
        let aReview = a.value.source == "review", bReview = b.value.source == "review"
        if aReview != bReview { return aReview }
        return a.seq > b.seq
    }

    public func activeAccounts(on date: CivilDate) -> Int {
        accounts.values.reduce(0) { $0 + ($1.isActive(on: date) ? 1 : 0) }
    }

    /// Whether a registered opportunity counts for an order on `date`.
    public func opportunityCounts(_ opportunity: String?, on date: CivilDate) -> Bool {
        guard let opportunity, let registered = opportunities[opportunity] else { return false }
        return registered <= date
    }
}
