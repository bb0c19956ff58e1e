import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// Worked example 14 (RULES.md §0b.21, DESIGN.md §5): every run issues
/// only the difference to what was issued, so a repeat with no new facts
/// appends nothing; a month-end for a period earlier than one already run
/// is refused with a message that says where late facts go instead.
@Suite struct WorkedExample14RunsTests {
    /// ByteKast subscriptions, a late GroupDocs invoice and a Smart-Soft
    /// order: every step of month-end and the quarter close has work.
    static func busyLedger() throws -> InMemoryLedger {
        var ledger = try GroupDocsScenario.pastFirstOrders("R-HANSA")
        try ledger.append(.terms(.byteKast), .terms(.smartSoft),
                          .enrol("R-ORBIT", in: "bytekast", tier: "silver"),
                          .enrol("R-ALTAI", in: "smartsoft", tier: "privileged", country: "RU"),
                          .setUp("OB-1", by: "R-ORBIT", on: "2026-04-01", fee: "100.00"),
                          .order("GD-4", by: "R-HANSA", in: "groupdocs", on: "2026-04-02",
                                 lines: [.line("GD-TOTAL", "license", unitPrice: "1000.00")], endCustomer: .defaultCustomer),
                          .order("SS-1", by: "R-ALTAI", in: "smartsoft", on: "2026-05-12",
                                 lines: [.line("TI-LICENCE", "software", unitPrice: "200000.00")]))
        return ledger
    }

    @Test("Worked example 14: month-end, bill, quarter close and year close repeated with no new facts append nothing")
    func repeatedRunsAppendNothing() throws {
        var ledger = try Self.busyLedger()
        for month in ["2026-04", "2026-05", "2026-06"] {
            let first = try ledger.runMonthEnd(.of(month))
            #expect(first.last?.runCompleted?.period == month, "the first run of \(month) is recorded")
            #expect(try ledger.runMonthEnd(.of(month)).isEmpty, "month-end \(month) again")
        }
        #expect(ledger.events.contains { $0.lateFee != nil } && ledger.events.contains { $0.rebate != nil }
                && ledger.events.contains { $0.tierAssignment != nil }, "the runs had work to do")
        #expect(ledger.bill(through: Event.day("2026-06-30")).isEmpty, "bill after month-end")
        try ledger.quarterClose(.of("2026-Q2"))
        #expect(try ledger.quarterClose(.of("2026-Q2")).isEmpty, "quarter close again")
        try ledger.yearClose(Year(year: 2026)!)
        #expect(try ledger.yearClose(Year(year: 2026)!).isEmpty, "year close again")
    }

    @Test("Worked example 14: month-end 2026-05 after month-end 2026-06 is refused")
    func earlierMonthEndIsRefused() throws {
        var ledger = try Self.busyLedger()
        for month in ["2026-04", "2026-05", "2026-06"] { try ledger.runMonthEnd(.of(month)) }
        let before = ledger.events.count
        let refusal = #expect(throws: RunGuard.Refusal.self) { try RunGuard.checkMonthEnd(.of("2026-05"), events: ledger.events) }
        #expect(refusal?.message == "month-end 2026-05 is earlier than the latest month-end 2026-06; runs only move forward. "
                + "Facts recorded late for an earlier period are picked up by the next month-end, which issues the adjustments "
                + "(credit notes, interest true-ups, rebate differences).")
        #expect(throws: RunGuard.Refusal.self) { try ledger.runMonthEnd(.of("2026-05")) }
        #expect(ledger.events.count == before, "a refused run appends nothing")
        #expect(throws: Never.self) { try RunGuard.checkMonthEnd(.of("2026-06"), events: ledger.events) }
    }

    @Test("Worked example 14: a quarter close or year close earlier than the latest is refused too")
    func earlierClosesAreRefused() throws {
        var ledger = try Self.busyLedger()
        try ledger.runMonthEnd(.of("2026-06"))
        let quarter = #expect(throws: RunGuard.Refusal.self) { try ledger.quarterClose(.of("2026-Q1")) }
        #expect(quarter?.message == "quarter-close 2026-Q1 is earlier than the latest quarter close 2026-Q2; runs only move forward. "
                + "Facts recorded late for an earlier period are picked up by the next quarter close, which issues the adjustments "
                + "(credit notes, interest true-ups, rebate differences).")
        try ledger.yearClose(Year(year: 2026)!)
        let year = #expect(throws: RunGuard.Refusal.self) { try ledger.yearClose(Year(year: 2025)!) }
        #expect(year?.message == "year-close 2025 is earlier than the latest year close 2026; runs only move forward. "
                + "Facts recorded late for an earlier period are picked up by the next year close, which issues the adjustments "
                + "(credit notes, interest true-ups, rebate differences).")
    }
}
