import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// The public acceptance scenario run month by month through the period
/// runs in memory: late fees, tier evaluations and rebates must match
/// expected.json exactly, and each run must append the expected counts.
@Suite struct PublicSampleRunTests {
    static func replay() throws -> (InMemoryLedger, [String: [EventType: Int]]) {
        var ledger = InMemoryLedger()
        var counts: [String: [EventType: Int]] = [:]
        for month in PublicSampleBillingTests.months {
            for family in Fixtures.appendOrder {
                let lines = Fixtures.lines(month, family)
                if !lines.isEmpty { try ledger.append(lines: lines) }
            }
            let appended = ledger.monthEnd(Month(parsing: month)!)
            counts["month-end:\(month)"] = Dictionary(grouping: appended, by: \.type).mapValues(\.count)
            #expect(ledger.monthEnd(Month(parsing: month)!).isEmpty, "a repeated month-end \(month) appends nothing")
        }
        return (ledger, counts)
    }

    @Test func lateFeesTiersAndRebatesMatchExpected() throws {
        let (ledger, _) = try Self.replay()
        let expected = try Fixtures.expected()
        let fees = ledger.events.compactMap { e -> String? in
            guard case .lateFeeAssessed(let p) = e.payload else { return nil }
            return "\(p.invoice) \(p.reseller) \(p.program) \(p.through) \(p.amount) \(p.cumulative) \(e.effective)"
        }
        let wantFees = (expected["lateFees"] as! [[String: Any]]).map { f in
            "\(f["invoice"]!) \(f["reseller"]!) \(f["program"]!) \(f["through"]!) \(f["amount"]!) \(f["cumulative"]!) \(f["effective"]!)"
        }
        #expect(fees == wantFees)
        let tiers = ledger.events.compactMap { e -> String? in
            guard case .tierAssigned(let p) = e.payload, p.source == "evaluation" else { return nil }
            return "\(p.reseller) \(p.program) \(p.tier) \(p.basis?.activeAccounts ?? -1) \(p.basis?.asOf.description ?? "") \(e.effective)"
        }
        let wantTiers = (expected["tiers"] as! [[String: Any]]).map { t in
            let basis = t["basis"] as! [String: Any]
            return "\(t["reseller"]!) \(t["program"]!) \(t["tier"]!) \(basis["activeAccounts"]!) \(basis["asOf"]!) \(t["effective"]!)"
        }
        #expect(tiers == wantTiers)
        let rebates = ledger.events.compactMap { e -> String? in
            guard case .rebateCredited(let p) = e.payload else { return nil }
            return "\(p.reseller) \(p.program) \(p.period) \(p.base) \(p.percent) \(p.amount) \(p.cumulative) \(p.orders) \(e.effective)"
        }
        let wantRebates = (expected["rebates"] as! [[String: Any]]).map { r in
            "\(r["reseller"]!) \(r["program"]!) \(r["period"]!) \(r["base"]!) \(r["percent"]!) \(r["amount"]!) \(r["cumulative"]!) \(r["orders"] as! [String]) \(r["effective"]!)"
        }
        #expect(rebates == wantRebates)
    }

    @Test func runsAppendTheExpectedCounts() throws {
        let (_, counts) = try Self.replay()
        let map: [(String, EventType)] = [("invoices", .invoiceIssued), ("creditNotes", .creditNoteIssued), ("lateFees", .lateFeeAssessed),
                                          ("tiers", .tierAssigned), ("rebates", .rebateCredited), ("spifs", .spifAwarded)]
        for run in try Fixtures.expected()["runs"] as! [[String: Any]] {
            let name = run["run"] as! String
            let appended = run["appended"] as! [String: Int]
            for (label, type) in map {
                #expect(counts[name]?[type] ?? 0 == appended[label]!, "\(name) \(label)")
            }
        }
    }
}
