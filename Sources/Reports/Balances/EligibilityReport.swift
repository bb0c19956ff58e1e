import LedgerCore
import LedgerEvents
import Billing

/// The year-close eligibility report for programs whose tiers are reviewed
/// by hand (Smart-Soft, RSUPPORT): each partner's annual net sales against
/// the thresholds, and the tier those sales would support. It appends nothing.
///
/// Example: R-URAL in smartsoft with 612,000.00 RUB of 2026 sales → eligible
/// for "certified" (threshold 500,000.00), current tier certified.
public struct EligibilityReport: Sendable {
    public struct Row: Sendable, Equatable {
        public let reseller: String
        public let program: String
        public let current: String
        public let sales: Money
        public let eligible: String
    }

    public let year: Year
    public let rows: [Row]

    /// `events` are those effective on or before the year's last day.
    public init(events: [Event], year: Year) {
        self.year = year
        let state = Projection.replay(events)
        rows = state.enrolments.keys.sorted().compactMap { key in
            guard let enrolment = state.enrolments[key], let terms = state.terms(key.program, on: year.lastDay),
                  let evaluation = terms.tierEvaluation, evaluation.kind == "annualSales", !evaluation.automatic else { return nil }
            let sales = Eligibility.annualSales(enrolment: enrolment, year: year, state: state)
            return Row(reseller: key.reseller, program: key.program, current: enrolment.tier(on: year.lastDay), sales: sales,
                       eligible: TierLevels.level(sales: sales, evaluation: evaluation, tiers: terms.tiers))
        }
    }

    public func table() -> String {
        if rows.isEmpty { return "" }
        var table = TextTable(columns: [.left("Reseller"), .left("Program"), .left("Current tier"), .right("Sales \(year)"),
                                        .left("Eligible for")])
        for row in rows {
            table.add([row.reseller, row.program, row.current, "\(row.sales.grouped) \(row.sales.currency)", row.eligible])
        }
        return "Annual-sales eligibility \(year) (tiers are reviewed by hand; nothing appended)\n" + table.render()
    }
}
