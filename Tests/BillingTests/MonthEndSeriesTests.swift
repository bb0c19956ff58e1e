import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport
import Testing

/// `MonthEndSeries` (month-end resumed from the billing checkpoint of the
/// run before) decides what `PeriodRuns.monthEnd` decides from the whole
/// ledger, and ends in the same state, month after month.
@Suite struct MonthEndSeriesTests {
    /// Generated months (back-dated payments and cancellations, credit
    /// notes, late interest, quarter and year closes): each month's run
    /// both ways, the full run's events appended.
    @Test(arguments: [(UInt64(5), 14), (UInt64(11), 7)])
    func resumedRunsDecideWhatFullRunsDecide(seed: UInt64, months: Int) throws {
        var generator = LedgerGenerator(seed: seed, resellersPerProgram: 5, months: months)
        var ledger = try Self.openedLedger(&generator)
        var series = MonthEndSeries()
        var month = LedgerGenerator.start
        for _ in 0..<months {
            let batch = generator.facts(in: month, state: ledger.state)
            ledger.now = Instant.endOfDay(month.lastDay.adding(days: 1))
            try ledger.append(batch)
            try Self.expectSameRun(ledger: &ledger, series: &series, month: month)
            month = month.next
        }
        // Every run after the first resumed: the test compared the resumed path.
        #expect(series.resumedRuns == months - 1)
        if months >= 12 {
            // The year's runs compared credit notes, interest and the closes.
            for type in [EventType.creditNoteIssued, .lateFeeAssessed, .rebateCredited, .tierAssigned] {
                #expect(ledger.events.contains { $0.type == type }, "\(type.rawValue)")
            }
        }
    }

    /// A fact dated before the checkpoint (a tax rate recorded months late)
    /// makes that month's run start from the beginning; the next resumes again.
    @Test func aFactBeforeTheCheckpointRunsFromTheStart() throws {
        var generator = LedgerGenerator(seed: 3, resellersPerProgram: 4, months: 6)
        var ledger = try Self.openedLedger(&generator)
        var series = MonthEndSeries()
        var month = LedgerGenerator.start
        var resumed: [Int] = []
        for index in 0..<6 {
            var batch = generator.facts(in: month, state: ledger.state)
            if index == 3 {
                batch.append(Event(id: "late-rate", effective: CivilDate(year: 2026, month: 1, day: 20)!,
                                   payload: .taxRate(TaxRatePayload(jurisdiction: "US-NY", percent: try DecimalNumber(parsing: "9.5")))))
            }
            ledger.now = Instant.endOfDay(month.lastDay.adding(days: 1))
            try ledger.append(batch)
            let before = series.resumedRuns
            try Self.expectSameRun(ledger: &ledger, series: &series, month: month)
            resumed.append(series.resumedRuns - before)
            month = month.next
        }
        #expect(resumed == [0, 1, 1, 0, 1, 1])
    }

    /// The programs and the opening tax rate, the clock at the first month's start.
    static func openedLedger(_ generator: inout LedgerGenerator) throws -> InMemoryLedger {
        var ledger = InMemoryLedger()
        ledger.now = Instant.endOfDay(LedgerGenerator.start.firstDay)
        try ledger.append(LedgerGenerator.programFacts())
        try ledger.append([generator.openingTaxRate()])
        return ledger
    }

    static func expectSameRun(ledger: inout InMemoryLedger, series: inout MonthEndSeries, month: Month) throws {
        let full = PeriodRuns.monthEnd(events: ledger.events, month: month)
        let resumed = series.monthEnd(events: ledger.events, month: month)
        #expect(resumed.decided == full.decided, "\(month)")
        #expect(resumed.watermark == full.watermark)
        #expect(StateFingerprint.of(resumed.state) == StateFingerprint.of(full.state), "\(month)")
        #expect(StateFingerprint.of(resumed.numbers) == StateFingerprint.of(full.numbers))
        ledger.store(full.decided.map { var event = $0; event.seq = 0; return event })
    }
}
