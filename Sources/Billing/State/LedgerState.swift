import LedgerCore
import LedgerEvents

/// The whole ledger replayed: terms, enrolments, documents, money, postings.
/// Built only by `Projection.evolve`; read by the runs and the reports.
///
/// Example: after the public sample's January facts and month-end, it holds
/// five enrolments, invoices BK-2026-000001…2 and GD-2026-000001…2, and a
/// trial balance of zero in USD and RUB.
public struct LedgerState: Sendable {
    public var terms: [String: [Dated<ProgramTermsPayload>]] = [:]
    public var taxRates: [String: [Dated<DecimalNumber>]] = [:]
    public var exemptions: [String: [Dated<TaxExemptionPayload>]] = [:]
    public var enrolments: [EnrolmentKey: EnrolmentState] = [:]
    public var orders: [OrderKey: OrderRecord] = [:]
    public var invoices: [String: InvoiceRecord] = [:]
    public var creditNotes: [String: CreditNoteIssuedPayload] = [:]
    public var lateFees: [String: LateFeeRecord] = [:]
    /// (program, account, service month) → the invoice that charged it.
    public var serviceMonthInvoices: [ServiceMonthKey: String] = [:]
    public var creditedServiceMonths: Set<ServiceMonthKey> = []
    public var book = AccountBook()
    public var lastSeq = 0

    public init() {}

    public func terms(_ program: String, on date: CivilDate) -> ProgramTermsPayload? {
        terms[program]?.inForce(on: date)
    }

    /// The `program.terms` in force on a date with its seq (for explanations).
    public func termsRecord(_ program: String, on date: CivilDate) -> Dated<ProgramTermsPayload>? {
        terms[program]?.last { $0.effective <= date }
    }

    public func firstTermsDate(_ program: String) -> CivilDate? { terms[program]?.first?.effective }

    public func taxRate(_ jurisdiction: String, on date: CivilDate) -> Percent? {
        taxRates[jurisdiction]?.inForce(on: date).map(Percent.init)
    }

    /// The certificate of an exemption registered on or before `date` whose
    /// validity covers it (RULES.md §0b.16).
    public func exemption(reseller: String, on date: CivilDate) -> String? {
        exemptions[reseller]?.last { $0.effective <= date && $0.value.validFrom <= date && date <= $0.value.validTo }?.value.certificate
    }

    public func isEnrolledAnywhere(_ reseller: String) -> Bool {
        enrolments.keys.contains { $0.reseller == reseller }
    }

    public func openInvoices(of key: EnrolmentKey) -> [InvoiceRecord] {
        enrolments[key]?.openInvoiceNumbers.compactMap { invoices[$0] } ?? []
    }

    public func openLateFees(of key: EnrolmentKey) -> [LateFeeRecord] {
        enrolments[key]?.openLateFeeIds.compactMap { lateFees[$0] }.filter { $0.open.isPositive } ?? []
    }
}

public struct OrderKey: Hashable, Sendable {
    public let program: String
    public let order: String
    public init(program: String, order: String) { self.program = program; self.order = order }
}

public struct ServiceMonthKey: Hashable, Sendable, Comparable {
    public let program: String
    public let account: String
    public let month: Month
    public init(program: String, account: String, month: Month) { self.program = program; self.account = account; self.month = month }

    /// The invoice line ref: `<account>:<YYYY-MM>`.
    public var ref: String { "\(account):\(month)" }

    public static func < (lhs: ServiceMonthKey, rhs: ServiceMonthKey) -> Bool {
        (lhs.program, lhs.month, lhs.account) < (rhs.program, rhs.month, rhs.account)
    }
}
