import LedgerCore
import LedgerEvents
import Billing

/// The month-end reconciliation a finance team signs off: aging per
/// reseller and program, unapplied credit, tie-outs (each "ok" or the
/// difference), and optionally the bank statement matched to payments.
///
/// Example (public sample as of 2026-06-30): R-HANSA groupdocs has 9.62 in
/// 1–30 days (two unpaid late fees), R-ALTAI holds 35,875.00 RUB unapplied
/// credit, and every tie-out is ok.
public struct ReconcileReport: Sendable {
    public struct AgingRow: Sendable, Equatable {
        public let reseller: String
        public let program: String
        public let summary: AgingSummary
    }

    public struct CreditRow: Sendable, Equatable {
        public let reseller: String
        public let program: String
        public let unapplied: Money
    }

    public struct TieOut: Sendable, Equatable {
        public let name: String
        /// Empty when it ties; otherwise each difference on its own line.
        public let differences: [String]
        public var isOK: Bool { differences.isEmpty }
    }

    public let asOf: CivilDate
    public let aging: [AgingRow]
    public let credits: [CreditRow]
    public let tieOuts: [TieOut]
    public let bank: BankMatching?

    public var isReconciled: Bool { tieOuts.allSatisfy(\.isOK) && (bank?.isReconciled ?? true) }

    /// `events` are those effective on or before `asOf`; `chainProblems`
    /// come from the store's verification.
    public init(events: [Event], asOf: CivilDate, chainProblems: [String], bank: BankMatching?) {
        self.asOf = asOf
        self.bank = bank
        let state = Projection.replay(events)
        var aging: [AgingRow] = []
        var credits: [CreditRow] = []
        for key in state.enrolments.keys.sorted() {
            guard let enrolment = state.enrolments[key] else { continue }
            var summary = AgingSummary(currency: enrolment.currency)
            for invoice in state.openInvoices(of: key) { summary.add(invoice.open, to: Aging.bucket(due: invoice.due, asOf: asOf)) }
            for fee in state.openLateFees(of: key) { summary.add(fee.open, to: Aging.bucket(due: fee.date, asOf: asOf)) }
            if !summary.total.isZero { aging.append(AgingRow(reseller: key.reseller, program: key.program, summary: summary)) }
            if enrolment.unapplied.isPositive {
                credits.append(CreditRow(reseller: key.reseller, program: key.program, unapplied: enrolment.unapplied))
            }
        }
        self.aging = aging
        self.credits = credits
        tieOuts = [
            TieOuts.trialBalance(state),
            TieOuts.receivableControl(state),
            TieOuts.invoiceArithmetic(state),
            TieOuts.ledgerInvariants(state),
            TieOuts.incentives(events: events, asOf: asOf),
            TieOut(name: "hash chain verifies", differences: chainProblems),
        ]
    }
}
