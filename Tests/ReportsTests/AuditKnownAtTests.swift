import Testing
import LedgerCore
import LedgerEvents
import Billing
import Reports
import LedgerTestSupport

/// `--known-at`: the trail reproduces what the ledger believed at an
/// instant. Worked example 12 built step by step: a consulting reseller in
/// groupdocs (no discount), its first three orders prepaid, order T-4 of
/// 1,000.00 on 2026-03-01 due 2026-03-31 and unpaid at the April month-end
/// (interest 9.86, 30 days); in May a payment effective 2026-04-20 is
/// recorded, and the May month-end trues the interest up by −3.61 (19 days = 6.25).
@Suite struct AuditKnownAtTests {
    static func order(_ id: String, _ date: String, _ price: String) -> String {
        #"{"id":"ord-\#(id)","type":"order.placed","effective":"\#(date)","reseller":"R-TEST","program":"groupdocs","order":"\#(id)","lines":[{"sku":"GR-LICENSE","category":"license","quantity":1,"unitPrice":"\#(price)"}],"endCustomer":{"name":"C","country":"DE"}}"#
    }

    static func payment(_ id: String, _ date: String, _ amount: String) -> String {
        #"{"id":"pay-\#(id)","type":"payment.received","effective":"\#(date)","reseller":"R-TEST","program":"groupdocs","payment":"\#(id)","amount":"\#(amount)","currency":"USD","method":"bankTransfer"}"#
    }

    static func at(_ text: String) -> Instant { Instant(parsing: text)! }

    /// The ledger through the March month-end; T-4 is open and due 2026-03-31.
    static func throughMarch() throws -> InMemoryLedger {
        var ledger = InMemoryLedger()
        ledger.now = at("2026-01-05T09:00:00Z")
        try ledger.append(lines: Fixtures.lines("2026-01", "programs"))
        try ledger.append(lines: [
            #"{"id":"enrol-R-TEST","type":"reseller.enrolled","effective":"2026-01-01","reseller":"R-TEST","program":"groupdocs","name":"Test <&> Co","country":"DE","kind":"consulting","tier":"reseller"}"#,
            order("T-1", "2026-01-05", "100.00"), payment("BT-T1", "2026-01-05", "100.00"),
            order("T-2", "2026-01-10", "100.00"), payment("BT-T2", "2026-01-10", "100.00"),
            order("T-3", "2026-01-15", "100.00"), payment("BT-T3", "2026-01-15", "100.00"),
        ])
        ledger.now = at("2026-02-01T06:00:00Z")
        ledger.monthEnd(Month(parsing: "2026-01")!)
        ledger.now = at("2026-03-01T06:00:00Z")
        ledger.monthEnd(Month(parsing: "2026-02")!)
        ledger.now = at("2026-03-01T09:00:00Z")
        try ledger.append(lines: [order("T-4", "2026-03-01", "1000.00")])
        ledger.now = at("2026-04-01T06:00:00Z")
        ledger.monthEnd(Month(parsing: "2026-03")!)
        return ledger
    }

    static func backDated() throws -> InMemoryLedger {
        var ledger = try throughMarch()
        ledger.now = at("2026-05-01T06:00:00Z")
        ledger.monthEnd(Month(parsing: "2026-04")!)
        ledger.now = at("2026-05-10T09:00:00Z")
        try ledger.append(lines: [payment("BT-LATE", "2026-04-20", "1000.00")])
        ledger.now = at("2026-06-01T06:00:00Z")
        ledger.monthEnd(Month(parsing: "2026-05")!)
        return ledger
    }

    static func fees(_ trail: AuditTrail) -> [AuditEntry] { trail.entries.filter { $0.type == .lateFeeAssessed } }

    @Test func knownAtLeavesOutTheFactsRecordedLater() throws {
        let events = try Self.backDated().events
        let now = AuditTrail(events: events, reseller: "R-TEST")
        let then = AuditTrail(events: Bitemporal.events(events, asOf: nil, knownAt: Self.at("2026-05-05T00:00:00Z")), reseller: "R-TEST")
        #expect(now != then)

        // What the ledger believed on 5 May: T-4 unpaid, 9.86 of interest, owing 1,009.86.
        #expect(!then.entries.contains { $0.eventId == "pay-BT-LATE" })
        #expect(Self.fees(then).map(\.explanations) == [[
            "interest 9.86 = 1,000.00 × 12% × 30 days / 365 (2026-04-01 … 2026-04-30)",
            "due 2026-03-31; interest on the open amount at the end of each day after it, the payment day not charged, actual/365; terms program.terms seq 2",
        ]])
        #expect(then.entries.last?.balances.first?.balance.description == "1009.86")

        // What it believes now: the payment on 2026-04-20, the April fee as
        // the run computed it (with a note), and the May true-up.
        let payment = try #require(now.entries.firstIndex { $0.eventId == "pay-BT-LATE" })
        #expect(now.entries[payment].date.description == "2026-04-20")
        #expect(now.entries[payment].explanations == ["applied to GD-2026-000004 1,000.00 (open now 0.00)"])
        let fees = Self.fees(now)
        #expect(fees.count == 2)
        #expect(fees.first?.explanations == [
            "interest 9.86 = 1,000.00 × 12% × 30 days / 365 (2026-04-01 … 2026-04-30)",
            "due 2026-03-31; interest on the open amount at the end of each day after it, the payment day not charged, actual/365; terms program.terms seq 2",
            "facts recorded after this assessment make the cumulative through 2026-04-30 6.25; a later month-end trues it up",
        ])
        #expect(fees.last?.explanations == [
            "interest 6.25 = 1,000.00 × 12% × 19 days / 365 (2026-04-01 … 2026-04-19)",
            "due 2026-03-31; interest on the open amount at the end of each day after it, the payment day not charged, actual/365; terms program.terms seq 2",
            "true-up -3.61 = cumulative 6.25 − 9.86 assessed before",
            "applied to late fee fee:GD-2026-000004:2026-04 on GD-2026-000004 3.61 (open now 6.25)",
        ])
        #expect(now.entries.last?.balances.first?.balance.description == "6.25")
    }

    /// A partial payment splits the overdue days into two runs. By hand:
    /// 100000 × 12 × 9 / 36500 = 295.89 cents (2.9589), 60000 × 12 × 21 / 36500
    /// = 414.25 cents (4.1425); together 710.14 cents → 7.10.
    @Test func aPartialPaymentGivesOneLinePerRunOfDays() throws {
        var ledger = try Self.throughMarch()
        ledger.now = Self.at("2026-04-10T09:00:00Z")
        try ledger.append(lines: [Self.payment("BT-PART", "2026-04-10", "400.00")])
        ledger.now = Self.at("2026-05-01T06:00:00Z")
        ledger.monthEnd(Month(parsing: "2026-04")!)
        let trail = AuditTrail(events: ledger.events, reseller: "R-TEST")
        #expect(Self.fees(trail).first?.explanations.prefix(3) == [
            "interest 7.10 = the sum, rounded once, of:",
            "  1,000.00 × 12% × 9 days / 365 (2026-04-01 … 2026-04-09) = 2.9589",
            "  600.00 × 12% × 21 days / 365 (2026-04-10 … 2026-04-30) = 4.1425",
        ])
    }

    @Test func htmlEscapesEveryText() throws {
        let trail = AuditTrail(events: try Self.throughMarch().events, reseller: "R-TEST")
        let html = trail.html()
        #expect(html.contains("<td>enrolled in groupdocs as consulting at tier reseller (DE)</td>"))
        #expect(html.contains("(consulting resellers get no discount)"))
        let awarded = AuditTrail(events: try Self.throughMarch().events + [Event(
            seq: 999, id: "award-x", effective: Fixtures.date("2026-03-31"),
            payload: .awardGranted(AwardGrantedPayload(reseller: "R-TEST", program: "groupdocs", kind: "other",
                                                       amount: try DecimalNumber(parsing: "5.00"), note: "<b>\"A\" & 'B'</b>")))],
                                 reseller: "R-TEST")
        #expect(awarded.html().contains("award other 5.00 (&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;)"))
    }

    @Test func bitemporalSelection() throws {
        let events = try Self.backDated().events
        let asOfApril = Bitemporal.events(events, asOf: Fixtures.date("2026-04-30"), knownAt: nil)
        #expect(asOfApril.contains { $0.id == "pay-BT-LATE" })
        #expect(asOfApril.allSatisfy { $0.effective <= Fixtures.date("2026-04-30") })
        let knownInMay = Bitemporal.events(events, asOf: Fixtures.date("2026-04-30"), knownAt: Self.at("2026-05-05T00:00:00Z"))
        #expect(!knownInMay.contains { $0.id == "pay-BT-LATE" })
        #expect(knownInMay.contains { $0.id == "fee:GD-2026-000004:2026-04" })
        #expect(Bitemporal.events(events, asOf: nil, knownAt: nil) == events)
    }
}
