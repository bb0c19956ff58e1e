import Testing
import LedgerCore
import LedgerEvents
import Billing
import Reports
import LedgerTestSupport

/// Every reseller of a generated ledger (a year of the four presets): the
/// trail ends at the balance `BalanceReport` prints, each running balance
/// adds up, and the explanations agree with what the runs issued, since
/// nothing in it was recorded after a run that could have changed a figure.
@Suite struct AuditGeneratedLedgerTests {
    @Test func trailsAgreeWithTheLedger() throws {
        var generator = LedgerGenerator(seed: 7, resellersPerProgram: 8, months: 12)
        let events = try generator.ledger().events
        let state = Projection.replay(events)
        let report = BalanceReport(state: state, asOf: events.map(\.effective).max()!)
        var fees = 0
        for row in report.rows {
            let trail = AuditTrail(events: events, reseller: row.reseller, program: row.program)
            #expect(trail.entries.last?.balances == [AuditEntry.Balance(program: row.program, balance: row.balance)], "\(row.reseller)")
            let total = trail.entries.compactMap(\.effect).reduce(Money.zero(row.currency), +)
            #expect(total == row.balance, "\(row.reseller): effects add up to the balance")
            for entry in trail.entries {
                #expect(!entry.explanations.contains { $0.contains("as issued (the rules now give") }, "\(entry.eventId): due date re-derived")
                #expect(!entry.explanations.contains { $0.contains("facts recorded after") }, "\(entry.eventId)")
                guard entry.type == .lateFeeAssessed, case .lateFeeAssessed(let p) = events.first(where: { $0.id == entry.eventId })?.payload
                else { continue }
                fees += 1
                let cumulative = try Money(p.cumulative, currency: row.currency).grouped
                #expect(entry.explanations.first?.hasPrefix("interest \(cumulative) ") == true, "\(entry.eventId): \(entry.explanations.first ?? "")")
            }
        }
        #expect(fees > 20, "the generated ledger has late fees to explain")
    }
}
