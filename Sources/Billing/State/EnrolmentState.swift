import LedgerCore
import LedgerEvents

/// Everything the ledger knows about one reseller in one program.
///
/// Example: R-HANSA in groupdocs, enrolled 2026-01-01 at tier "reseller",
/// four orders, invoices GD-2026-000001…4, unapplied credit 0.00.
public struct EnrolmentState: Sendable {
    // The fields live in one reference-counted box, copied on write: an
    // enrolment is read out of the state's dictionary all the time (runs,
    // reports, the projection itself), and copying a struct of twenty
    // arrays, dictionaries and strings retained and released each of them.
    // Reading a field is now one pointer; changing one through the
    // dictionary (`enrolments[key]?.…`) changes the box in place when it is
    // the only copy, and clones it first otherwise, so the value semantics
    // are those of the struct it replaces.
    private var storage: Storage

    public var key: EnrolmentKey { storage.key }
    public var enrolment: ResellerEnrolledPayload { storage.enrolment }
    public var enrolled: CivilDate { storage.enrolled }
    public var currency: Currency { storage.currency }
    public var tiers: [Dated<TierRecord>] {
        get { storage.tiers }
        set { makeUnique(); storage.tiers = newValue }
        _modify { makeUnique(); yield &storage.tiers }
    }
    public var accounts: [String: AccountRecord] {
        get { storage.accounts }
        set { makeUnique(); storage.accounts = newValue }
        _modify { makeUnique(); yield &storage.accounts }
    }
    public var orderIds: [String] {
        get { storage.orderIds }
        set { makeUnique(); storage.orderIds = newValue }
        _modify { makeUnique(); yield &storage.orderIds }
    }
    public var opportunities: [String: CivilDate] {
        get { storage.opportunities }
        set { makeUnique(); storage.opportunities = newValue }
        _modify { makeUnique(); yield &storage.opportunities }
    }
    public var restores: [CivilDate] {
        get { storage.restores }
        set { makeUnique(); storage.restores = newValue }
        _modify { makeUnique(); yield &storage.restores }
    }
    public var invoiceNumbers: [String] {
        get { storage.invoiceNumbers }
        set { makeUnique(); storage.invoiceNumbers = newValue }
        _modify { makeUnique(); yield &storage.invoiceNumbers }
    }
    /// The invoices of `invoiceNumbers` still open, in the same order. An
    /// invoice's open amount only ever falls, so one that is paid leaves
    /// for good; money is applied against this short list instead of every
    /// invoice the reseller ever had.
    public internal(set) var openInvoiceNumbers: [String] {
        get { storage.openInvoiceNumbers }
        set { makeUnique(); storage.openInvoiceNumbers = newValue }
        _modify { makeUnique(); yield &storage.openInvoiceNumbers }
    }
    /// The due dates of `openInvoiceNumbers`, position for position, so
    /// money is applied by (due date, number) without reading (and
    /// copying) the record of every open invoice.
    var openInvoiceDues: [CivilDate] {
        get { storage.openInvoiceDues }
        set { makeUnique(); storage.openInvoiceDues = newValue }
        _modify { makeUnique(); yield &storage.openInvoiceDues }
    }
    public var lateFeeIds: [String] {
        get { storage.lateFeeIds }
        set { makeUnique(); storage.lateFeeIds = newValue }
        _modify { makeUnique(); yield &storage.lateFeeIds }
    }
    /// The late fees of `lateFeeIds` still open, in the same order (a fee's
    /// open amount only falls, as an invoice's does), so money is applied
    /// against the open ones instead of every fee the reseller was charged.
    public internal(set) var openLateFeeIds: [String] {
        get { storage.openLateFeeIds }
        set { makeUnique(); storage.openLateFeeIds = newValue }
        _modify { makeUnique(); yield &storage.openLateFeeIds }
    }
    public var payments: [PaymentRecord] {
        get { storage.payments }
        set { makeUnique(); storage.payments = newValue }
        _modify { makeUnique(); yield &storage.payments }
    }
    public var unapplied: Money {
        get { storage.unapplied }
        set { makeUnique(); storage.unapplied = newValue }
        _modify { makeUnique(); yield &storage.unapplied }
    }
    public var internalUsers: Int {
        get { storage.internalUsers }
        set { makeUnique(); storage.internalUsers = newValue }
        _modify { makeUnique(); yield &storage.internalUsers }
    }
    public var assessedInterest: [String: Money] {
        get { storage.assessedInterest }
        set { makeUnique(); storage.assessedInterest = newValue }
        _modify { makeUnique(); yield &storage.assessedInterest }
    }
    public var rebates: [String: Money] {
        get { storage.rebates }
        set { makeUnique(); storage.rebates = newValue }
        _modify { makeUnique(); yield &storage.rebates }
    }
    public var spifs: [String: Money] {
        get { storage.spifs }
        set { makeUnique(); storage.spifs = newValue }
        _modify { makeUnique(); yield &storage.spifs }
    }
    public var statements: Set<String> {
        get { storage.statements }
        set { makeUnique(); storage.statements = newValue }
        _modify { makeUnique(); yield &storage.statements }
    }
    public var receivable: Money {
        get { storage.receivable }
        set { makeUnique(); storage.receivable = newValue }
        _modify { makeUnique(); yield &storage.receivable }
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
    }

    init(enrolment: ResellerEnrolledPayload, effective: CivilDate, seq: Int, eventId: String, currency: Currency) {
        storage = Storage(enrolment: enrolment, effective: effective, seq: seq, eventId: eventId, currency: currency)
    }

    /// The box of `EnrolmentState`; changed only through `makeUnique`, so
    /// never while another value shares it.
    private final class Storage: @unchecked Sendable {
        let key: EnrolmentKey
        let enrolment: ResellerEnrolledPayload
        let enrolled: CivilDate
        let currency: Currency
        var tiers: [Dated<TierRecord>] = []
        var accounts: [String: AccountRecord] = [:]
        var orderIds: [String] = []
        var opportunities: [String: CivilDate] = [:]
        var restores: [CivilDate] = []
        var invoiceNumbers: [String] = []
        var openInvoiceNumbers: [String] = []
        var openInvoiceDues: [CivilDate] = []
        var lateFeeIds: [String] = []
        var openLateFeeIds: [String] = []
        var payments: [PaymentRecord] = []
        var unapplied: Money
        var internalUsers: Int = 0
        var assessedInterest: [String: Money] = [:]
        var rebates: [String: Money] = [:]
        var spifs: [String: Money] = [:]
        var statements: Set<String> = []
        var receivable: Money

        init(enrolment: ResellerEnrolledPayload, effective: CivilDate, seq: Int, eventId: String, currency: Currency) {
            key = EnrolmentKey(reseller: enrolment.reseller, program: enrolment.program)
            self.enrolment = enrolment
            enrolled = effective
            self.currency = currency
            unapplied = .zero(currency)
            receivable = .zero(currency)
            tiers = [Dated(effective: effective, seq: seq, value: TierRecord(tier: enrolment.tier, source: "enrolment", basis: nil, eventId: eventId))]
        }

        init(copying other: Storage) {
            key = other.key
            enrolment = other.enrolment
            enrolled = other.enrolled
            currency = other.currency
            tiers = other.tiers
            accounts = other.accounts
            orderIds = other.orderIds
            opportunities = other.opportunities
            restores = other.restores
            invoiceNumbers = other.invoiceNumbers
            openInvoiceNumbers = other.openInvoiceNumbers
            openInvoiceDues = other.openInvoiceDues
            lateFeeIds = other.lateFeeIds
            openLateFeeIds = other.openLateFeeIds
            payments = other.payments
            unapplied = other.unapplied
            internalUsers = other.internalUsers
            assessedInterest = other.assessedInterest
            rebates = other.rebates
            spifs = other.spifs
            statements = other.statements
            receivable = other.receivable
        }
    }

    // Each change the projection makes to an enrolment for one event is one
    // method, called through the dictionary (`enrolments[key]?.note…`): one
    // lookup and no copy, where reading fields through the dictionary's
    // getter copies the whole enrolment each time.

    /// Takes an order; returns its rank among the enrolment's orders.
    mutating func noteOrder(_ p: OrderPlacedPayload) -> Int {
        orderIds.append(p.order)
        // A loop, not `filter` and `reduce`: no array made for every order.
        var users = 0
        for line in p.lines where line.category == "internal" { users += line.users ?? 0 }
        if users != 0 { internalUsers += users }
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
        // From the end, so the positions not yet looked at stay valid; no
        // array of positions made for every paid invoice.
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
        let numbers = openInvoiceNumbers, dues = openInvoiceDues
        if numbers.count < 2 { return numbers }
        return numbers.indices
            .sorted { (dues[$0], numbers[$0]) < (dues[$1], numbers[$1]) }
            .map { numbers[$0] }
    }

    /// Takes a late-fee assessment (its amount in the enrolment's
    /// currency); a positive one is a new open fee. Returns the amount and
    /// the unapplied credit.
    mutating func noteLateFee(id: String, invoice: String, amount decimal: DecimalNumber) -> (amount: Money, unapplied: Money) {
        let currency = currency
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
