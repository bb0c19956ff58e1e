import Testing
import LedgerCore
import LedgerEvents
import Billing
import Reports
import LedgerTestSupport

/// `BalancePositions.replaying(_:partitions:)` gives the positions of one
/// whole replay, whatever the number of partitions: the partition property
/// (a reseller's rules read only its own events and the events of no
/// reseller) on the demo, a generated ledger and random scenarios.
@Suite struct BalancePartitionTests {
    func expectSamePositions(_ events: [Event], _ name: String) {
        let whole = BalancePositions(state: Projection.replay(events.sorted(by: Event.replayOrder)))
        #expect(Set(whole.positions.map(\.reseller)).count >= 3, "\(name): enough resellers to split")
        for partitions in [1, 2, 3, 5] {
            let split = BalancePositions.replaying(events, partitions: partitions)
            #expect(split == whole, "\(name), \(partitions) partitions")
        }
    }

    @Test func theDemoLedger() throws {
        expectSamePositions(try DemoLedger.events(), "demo")
        expectSamePositions(try DemoLedger.afterOctoberMonthEnd(), "demo after October")
    }

    @Test func aGeneratedLedger() throws {
        var generator = LedgerGenerator(seed: 42)
        expectSamePositions(try generator.ledger().events, "generated, seed 42")
    }

    @Test(arguments: Array(UInt64(1)...12))
    func randomScenarios(seed: UInt64) {
        var generator = ScenarioGenerator(seed: seed)
        generator.run(inputs: 200)
        expectSamePositions(generator.ledger.events, "scenario \(seed)")
    }
}
