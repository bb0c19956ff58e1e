import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// Worked examples 9, 10 and 11 (RULES.md §3, §0b.12–13): Smart-Soft
/// rewards by category, the quarterly rebate of privileged partners and
/// the annual SPIF step, each settled as a difference to what was credited.
@Suite struct WorkedExample09To11SmartSoftTests {
    static func privileged() throws -> InMemoryLedger {
        var ledger = InMemoryLedger()
        try ledger.append(.terms(.smartSoft), .enrol("R-ALTAI", in: "smartsoft", tier: "privileged", country: "RU"))
        return ledger
    }

    @Test("Worked example 9: privileged, software 200,000.00 + ting 100,000.00 → 130,000.00 + 75,000.00 = 205,000.00 RUB due 2026-06-11")
    func rewardsByCategory() throws {
        var ledger = try Self.privileged()
        try ledger.append(.order("SS-1", by: "R-ALTAI", in: "smartsoft", on: "2026-05-12",
                                 lines: [.line("TI-LICENCE", "software", unitPrice: "200000.00"),
                                         .line("TING-APPLIANCE", "ting", unitPrice: "100000.00")]))
        let issued = ledger.bill(through: Event.day("2026-05-31"))
        let invoice = try #require(issued.first?.invoice)
        #expect(issued.first?.effective.description == "2026-05-12")
        #expect(invoice.number == "SS-2026-000001")
        #expect(invoice.currency.code == "RUB")
        #expect(invoice.lines.map { "\($0.category) \($0.discountPercent)% \($0.net)" } == ["software 35% 130000.00", "ting 25% 75000.00"])
        #expect(invoice.total.description == "205000.00")
        #expect(invoice.due.description == "2026-06-11")
    }

    /// Q2 2026: software 1,400,000.00 → 910,000.00 and ting 440,000.00 →
    /// 330,000.00 are eligible; the internal line (5,000.00 net) is not.
    static func secondQuarterOrders(_ ledger: inout InMemoryLedger) throws {
        try ledger.append(.order("SS-Q2-1", by: "R-ALTAI", in: "smartsoft", on: "2026-04-15",
                                 lines: [.line("TI-LICENCE", "software", unitPrice: "1400000.00"),
                                         .line("TI-OWN-USE", "internal", unitPrice: "10000.00", users: 5)]),
                          .order("SS-Q2-2", by: "R-ALTAI", in: "smartsoft", on: "2026-05-20",
                                 lines: [.line("TING-APPLIANCE", "ting", quantity: 4, unitPrice: "110000.00")]))
    }

    static let q2Rebate = RebateCreditedPayload(reseller: "R-ALTAI", program: "smartsoft", period: "2026-Q2",
                                                base: Event.decimal("1240000.00"), percent: Event.decimal("5"),
                                                amount: Event.decimal("62000.00"), cumulative: Event.decimal("62000.00"),
                                                orders: ["SS-Q2-1", "SS-Q2-2"])

    @Test("Worked example 10: eligible Q2 purchases 1,240,000.00 → quarter close credits 62,000.00 effective 2026-06-30; again: nothing")
    func quarterlyRebate() throws {
        var ledger = try Self.privileged()
        try Self.secondQuarterOrders(&ledger)
        let close = try ledger.quarterClose(.of("2026-Q2"))
        let rebates = close.filter { $0.rebate != nil }
        try #require(rebates.count == 1)
        #expect(rebates[0].id == "rebate:smartsoft:R-ALTAI:2026-Q2")
        #expect(rebates[0].effective.description == "2026-06-30")
        #expect(rebates[0].rebate == Self.q2Rebate)
        #expect(close.map(\.type) == [.rebateCredited, .runCompleted])
        #expect(try ledger.quarterClose(.of("2026-Q2")).isEmpty, "a second quarter close appends nothing")
    }

    @Test("Worked example 10: the June month-end closes Q2 with the same 62,000.00; repeated, it appends nothing")
    func quarterlyRebateAtMonthEnd() throws {
        var ledger = try Self.privileged()
        try Self.secondQuarterOrders(&ledger)
        let june = try ledger.runMonthEnd(.of("2026-06"))
        #expect(june.compactMap(\.rebate) == [Self.q2Rebate])
        #expect(try ledger.runMonthEnd(.of("2026-06")).isEmpty)
        let credit = ledger.state.enrolments[EnrolmentKey(reseller: "R-ALTAI", program: "smartsoft")]
        #expect(credit?.rebates["2026-Q2"]?.description == "62000.00")
    }

    @Test("Worked example 11: a year's eligible purchases 2,600,000.00 → year close awards the SPIF 100,000.00 effective 2026-12-31")
    func annualSpif() throws {
        var ledger = try Self.privileged()
        try ledger.append(.order("SS-Q1", by: "R-ALTAI", in: "smartsoft", on: "2026-03-10",
                                 lines: [.line("TI-LICENCE", "software", quantity: 2, unitPrice: "1000000.00")]),
                          .order("SS-Q3", by: "R-ALTAI", in: "smartsoft", on: "2026-09-15",
                                 lines: [.line("TI-LICENCE", "software", quantity: 2, unitPrice: "1000000.00")]))
        let close = try ledger.yearClose(Year(year: 2026)!)
        let spifs = close.filter { $0.spif != nil }
        try #require(spifs.count == 1)
        #expect(spifs[0].id == "spif:smartsoft:R-ALTAI:2026")
        #expect(spifs[0].effective.description == "2026-12-31")
        #expect(spifs[0].spif == SpifAwardedPayload(reseller: "R-ALTAI", program: "smartsoft", period: "2026",
                                                    base: Event.decimal("2600000.00"), amount: Event.decimal("100000.00"),
                                                    cumulative: Event.decimal("100000.00")))
        // The year close also settles the year's quarterly rebates (5% of 1,300,000.00 each), before the SPIF.
        #expect(close.compactMap(\.rebate).map { "\($0.period) \($0.amount)" } == ["2026-Q1 65000.00", "2026-Q3 65000.00"])
        #expect(close.map(\.type) == [.rebateCredited, .rebateCredited, .spifAwarded, .runCompleted])
        #expect(try ledger.yearClose(Year(year: 2026)!).isEmpty, "a second year close appends nothing")
    }
}
