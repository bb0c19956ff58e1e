import Testing
import LedgerCore
import LedgerEvents
import Billing
import Reports
import LedgerTestSupport

/// Every reseller of a generated ledger (a year of the four presets): the
/// trail ends at the balance `BalanceReport` prints, the effects add up to
/// it, and every late fee is explained with the cumulative the run issued.
@Suite struct AuditGeneratedLedgerTests {
    struct Findings {
        var fees = 0
        var laterFacts = 0
        var dueDatesChanged = 0
    }

    static func audit(_ events: [Event]) throws -> Findings {
        let state = Projection.replay(events)
        let report = BalanceReport(state: state, asOf: events.map(\.effective).max()!)
        let payloads = Dictionary(uniqueKeysWithValues: events.map { ($0.id, $0.payload) })
        var findings = Findings()
        for row in report.rows {
            let trail = AuditTrail(events: events, reseller: row.reseller, program: row.program)
            #expect(trail.entries.last?.balances == [AuditEntry.Balance(program: row.program, balance: row.balance)], "\(row.reseller)")
            #expect(trail.entries.compactMap(\.effect).reduce(Money.zero(row.currency), +) == row.balance, "\(row.reseller): effects add up")
            for entry in trail.entries {
                if entry.explanations.contains(where: { $0.contains("as issued (the rules now give") }) { findings.dueDatesChanged += 1 }
                if entry.explanations.contains(where: { $0.contains("facts recorded after") }) { findings.laterFacts += 1 }
                guard case .lateFeeAssessed(let p) = payloads[entry.eventId] else { continue }
                findings.fees += 1
                let cumulative = try Money(p.cumulative, currency: row.currency).grouped
                #expect(entry.explanations.first?.hasPrefix("interest \(cumulative) ") == true, "\(entry.eventId): \(entry.explanations.first ?? "")")
            }
        }
        return findings
    }

    /// Nothing recorded late: every due date re-derives as issued, every
    /// interest figure from the facts as they stand.
    @Test func withoutLateFactsEverythingReDerives() throws {
        var generator = LedgerGenerator(seed: 7, resellersPerProgram: 8, backDating: false)
        let findings = try Self.audit(try generator.ledger().events)
        #expect(findings.fees > 20)
        #expect(findings.laterFacts == 0)
        #expect(findings.dueDatesChanged == 0)
    }

    /// With back-dated payments the fees they changed are still explained
    /// with the figure the run issued (rebuilt from the facts it saw).
    @Test func withLateFactsFeesKeepTheirIssuedFigures() throws {
        var generator = LedgerGenerator(seed: 7, resellersPerProgram: 8)
        let findings = try Self.audit(try generator.ledger().events)
        #expect(findings.fees > 20)
        #expect(findings.laterFacts > 0, "the seed has back-dated payments that changed an assessed figure")
    }
}
