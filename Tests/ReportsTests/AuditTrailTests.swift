import Testing
import LedgerCore
import LedgerEvents
import Billing
import Reports
import LedgerTestSupport

/// The audit trail of the public sample: every event of the reseller in
/// replay order, running balances, and the explanations of derived amounts.
@Suite struct AuditTrailTests {
    static func sample() throws -> [Event] { try PublicSampleLedger.through("2026-06").events }

    static func explanations(_ trail: AuditTrail, _ seqOrId: String) -> [String] {
        trail.entries.first { $0.eventId == seqOrId }?.explanations ?? []
    }

    /// GD-2026-000004: 2,250.00 due 2026-03-27, paid 2026-04-10. By hand:
    /// March, days 28…31 (4): 225000 × 12 × 4 / (100 × 365) = 295.89 cents → 2.96;
    /// April, cumulative days 2026-03-28 … 2026-04-09 (13): 961.64 cents → 9.62, so 6.66 more.
    @Test func interestOfGD4IsExplainedDayByDay() throws {
        let trail = AuditTrail(events: try Self.sample(), reseller: "R-HANSA")
        #expect(Self.explanations(trail, "fee:GD-2026-000004:2026-03") == [
            "interest 2.96 = 2,250.00 × 12% × 4 days / 365 (2026-03-28 … 2026-03-31)",
            "due 2026-03-27; interest on the open amount at the end of each day after it, the payment day not charged, actual/365; terms program.terms seq 2",
        ])
        #expect(Self.explanations(trail, "fee:GD-2026-000004:2026-04") == [
            "interest 9.62 = 2,250.00 × 12% × 13 days / 365 (2026-03-28 … 2026-04-09)",
            "due 2026-03-27; interest on the open amount at the end of each day after it, the payment day not charged, actual/365; terms program.terms seq 2",
            "assessed now 6.66 = cumulative 9.62 − 2.96 assessed before",
        ])
    }

    @Test func invoicesDueDatesAndHoldsAreExplained() throws {
        let trail = AuditTrail(events: try Self.sample(), reseller: "R-HANSA")
        #expect(Self.explanations(trail, "invoice:GD-2026-000004") == [
            "HA-04 net 2,250.00 = 1 × 2,500.00 − 10% (tier reseller from 2026-01-01, enrolment); terms program.terms seq 2",
            "due 2026-03-27 = 2026-02-25 + 30 days (netDays 30)",
            "total 2,250.00 = subtotal 2,250.00 + tax 0.00",
        ])
        #expect(Self.explanations(trail, "invoice:GD-2026-000006").contains(
            "due 2026-04-15 on the order date: prepayment hold since 2026-03-28 (GD-2026-000004 was still open after its due date)"))
        #expect(Self.explanations(trail, "invoice:GD-2026-000001").contains("due 2026-01-14 on the order date: order 1 of the first 3 is prepaid"))
        #expect(Self.explanations(trail, "payment-0040") == ["applied to GD-2026-000004 2,250.00 (open now 0.00)"])
    }

    @Test func everyEventOfTheResellerInReplayOrderWithRunningBalances() throws {
        let events = try Self.sample()
        let trail = AuditTrail(events: events, reseller: "R-HANSA")
        let expected = events.filter { $0.payload.reseller == "R-HANSA" }.sorted(by: Projection.replayOrder).map(\.seq)
        #expect(trail.entries.map(\.seq) == expected)
        var running = Money.zero(.usd)
        for entry in trail.entries {
            running += entry.effect ?? .zero(.usd)
            #expect(entry.balances == [AuditEntry.Balance(program: "groupdocs", balance: running)], "seq \(entry.seq)")
        }
        let asOf = Fixtures.date("2026-06-30")
        let report = BalanceReport(state: Projection.replay(events), asOf: asOf, reseller: "R-HANSA")
        #expect(trail.entries.last?.balances.first?.balance == report.rows.first?.balance)
        #expect(running.description == "9.62")
    }

    @Test func tiersTaxAndRebatesAreExplained() throws {
        let events = try Self.sample()
        let orbit = AuditTrail(events: events, reseller: "R-ORBIT")
        #expect(Self.explanations(orbit, "tier:bytekast:R-ORBIT:2026-Q1") == [
            "16 active accounts on 2026-03-31 → gold (threshold 16)",
            "tier gold from 2026-04-01 (was silver); terms program.terms seq 1",
        ])
        #expect(orbit.entries.contains { $0.explanations.contains(
            "OB-01:2026-04 net 60.30 = 1 × 90.00 − 33% (tier gold from 2026-04-01, evaluation: 16 active accounts on 2026-03-31); terms program.terms seq 1") })
        let pacific = AuditTrail(events: events, reseller: "R-PACIFIC")
        #expect(Self.explanations(pacific, "invoice:GD-2026-000005").contains("tax 65.25 = 7.25% of 900.00 (US-CA rate from 2026-01-01)"))
        let altai = AuditTrail(events: events, reseller: "R-ALTAI")
        #expect(Self.explanations(altai, "rebate:smartsoft:R-ALTAI:2026-Q1") == [
            "rebate 20,500.00 = 5% × 410,000.00 eligible (orders AL-01)",
            "2026-Q1: net order lines while at tier privileged, internal use excluded; terms program.terms seq 3",
            "applied to SS-2026-000002 20,500.00 (open now 29,500.00)",
        ])
        #expect(Self.explanations(altai, "invoice:SS-2026-000001").first
                == "AL-01 net 260,000.00 = 1 × 400,000.00 − 35% for software (tier privileged from 2026-01-01, enrolment); terms program.terms seq 3")
    }

    @Test func aProgramNarrowsTheTrail() throws {
        let events = try Self.sample()
        #expect(AuditTrail(events: events, reseller: "R-HANSA", program: "groupdocs").entries
                == AuditTrail(events: events, reseller: "R-HANSA").entries)
        #expect(AuditTrail(events: events, reseller: "R-HANSA", program: "bytekast").entries.isEmpty)
        #expect(AuditTrail(events: events, reseller: "R-NOBODY").entries.isEmpty)
    }

    @Test func renderers() throws {
        let trail = AuditTrail(events: try Self.sample(), reseller: "R-HANSA")
        let table = trail.table()
        #expect(table.hasPrefix("Audit trail of R-HANSA, all programs: 22 events\n"))
        #expect(table.contains("""
            2026-03-31   63  lateFee.assessed   groupdocs  interest on GD-2026-000004 through 2026-03-31: 2.96 (cumulative 2.96)      +2.96  2,252.96
                interest 2.96 = 2,250.00 × 12% × 4 days / 365 (2026-03-28 … 2026-03-31)

            """))
        #expect(trail.json().contains(#"{"date":"2026-03-31","seq":63,"id":"fee:GD-2026-000004:2026-03","type":"lateFee.assessed","program":"groupdocs","recorded":"2026-11-01T00:00:00Z","description":"interest on GD-2026-000004 through 2026-03-31: 2.96 (cumulative 2.96)","effect":"2.96","balances":[{"program":"groupdocs","currency":"USD","balance":"2252.96"}],"explanations":["interest 2.96 = 2,250.00 × 12% × 4 days / 365 (2026-03-28 … 2026-03-31)""#))
        let html = trail.html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.contains("<li>interest 2.96 = 2,250.00 × 12% × 4 days / 365 (2026-03-28 … 2026-03-31)</li>"))
    }
}
