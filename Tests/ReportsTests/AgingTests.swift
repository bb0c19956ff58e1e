import Testing
import LedgerCore
import Reports

/// Aging buckets at every boundary (RULES.md §0): a document is overdue
/// from the day after its due date.
@Suite struct AgingTests {
    static let due = CivilDate(parsing: "2026-03-27")!

    @Test(arguments: [
        (-5, AgingBucket.current), (0, .current), (1, .days1to30), (30, .days1to30), (31, .days31to60),
        (60, .days31to60), (61, .days61to90), (90, .days61to90), (91, .over90), (400, .over90),
    ])
    func bucketByDaysAfterTheDueDate(days: Int, bucket: AgingBucket) {
        let asOf = Self.due.adding(days: days)
        #expect(Aging.bucket(due: Self.due, asOf: asOf) == bucket)
        #expect(Aging.daysPastDue(due: Self.due, asOf: asOf) == max(0, days))
        #expect(AgingBucket(daysPastDue: days) == bucket)
    }

    @Test func labelsAndKeys() {
        #expect(AgingBucket.allCases.map(\.label) == ["Current", "1–30 days", "31–60 days", "61–90 days", "Over 90 days"])
        #expect(AgingBucket.allCases.map(\.key) == ["current", "1-30", "31-60", "61-90", "over90"])
    }

    @Test func summaryKeepsEveryBucket() {
        var summary = AgingSummary(currency: .usd)
        summary.add(Money(minor: 225000, currency: .usd), to: .days1to30)
        summary.add(Money(minor: 296, currency: .usd), to: .current)
        #expect(AgingBucket.allCases.map { summary[$0].description } == ["2.96", "2250.00", "0.00", "0.00", "0.00"])
        #expect(summary.total.description == "2252.96")
    }
}
