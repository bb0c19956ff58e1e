import Testing
import LedgerCore
import LedgerEvents
import Billing
import Reports
import LedgerTestSupport

/// The balance positions and their snapshot encoding: a report from the
/// decoded snapshot is the report from the replay, for every as-of date
/// the snapshot covers; anything but what `encoded()` writes is refused.
@Suite struct BalanceSnapshotTests {
    func demoSnapshot() throws -> (events: [Event], state: LedgerState, snapshot: BalanceSnapshot) {
        let events = try DemoLedger.events().sorted(by: Event.replayOrder)
        let state = Projection.replay(events)
        return (events, state, BalanceSnapshot(positions: BalancePositions(state: state), events: events, until: nil))
    }

    @Test func aReportFromTheDecodedSnapshotIsTheReportFromTheReplay() throws {
        let (events, state, snapshot) = try demoSnapshot()
        let decoded = try #require(BalanceSnapshot.decode(snapshot.encoded()))
        #expect(decoded == snapshot)
        #expect(snapshot.through == events.map(\.effective).max())
        #expect(snapshot.recordedThrough == events.compactMap(\.recorded).max())
        let last = try #require(snapshot.through)
        for asOf in [last, last.adding(days: 1), last.adding(days: 40), last.adding(days: 400)] {
            let replayed = BalanceReport(state: state, asOf: asOf)
            #expect(BalanceReport(positions: decoded.positions, asOf: asOf) == replayed)
            #expect(BalanceReport(positions: decoded.positions, asOf: asOf, reseller: "R-EMPIRE")
                    == BalanceReport(state: state, asOf: asOf, reseller: "R-EMPIRE"))
            #expect(replayed.rows.contains { !$0.overdue.isZero }, "the demo has overdue amounts to compare")
        }
    }

    /// The worked example at the top of `BalancePositions`.
    @Test func theDemoExample() throws {
        let (_, _, snapshot) = try demoSnapshot()
        let empire = try #require(snapshot.positions.positions.first { $0.reseller == "R-EMPIRE" })
        #expect(empire.balance.description == "115.21" && empire.open.count == 9)
        #expect(empire.open.first.map { "\($0.overdueAfter)=\($0.amount)" } == "2026-01-31=12.18")
        #expect(empire.open.last.map { "\($0.overdueAfter)=\($0.amount)" } == "2026-09-30=9.30")
        let row = try #require(BalanceReport(positions: snapshot.positions, asOf: CivilDate(parsing: "2026-11-22")!).rows.first { $0.reseller == "R-EMPIRE" })
        #expect(row.open.description == "115.21" && row.overdue.description == "115.21")
    }

    @Test func coversOnlyDatesAndInstantsThatSeeEveryEvent() throws {
        let (_, _, snapshot) = try demoSnapshot()
        let last = try #require(snapshot.through), recorded = try #require(snapshot.recordedThrough)
        #expect(snapshot.covers(asOf: last, knownAt: nil))
        #expect(!snapshot.covers(asOf: last.adding(days: -1), knownAt: nil))
        #expect(snapshot.covers(asOf: last, knownAt: recorded))
        #expect(!snapshot.covers(asOf: last, knownAt: Instant(secondsSinceEpoch: recorded.secondsSinceEpoch - 1)))
        let empty = BalanceSnapshot(positions: BalancePositions(positions: []), events: [], until: nil)
        #expect(empty.covers(asOf: CivilDate(dayNumber: 0), knownAt: Instant(secondsSinceEpoch: 0)))
        #expect(BalanceSnapshot.decode(empty.encoded()) == empty)
        // A replay as of an earlier date that hid events from `until` on.
        let until = last.adding(days: 3)
        let partial = BalanceSnapshot(positions: snapshot.positions, through: last, recordedThrough: recorded, until: until)
        #expect(partial.covers(asOf: last, knownAt: nil) && partial.covers(asOf: until.adding(days: -1), knownAt: nil))
        #expect(!partial.covers(asOf: until, knownAt: nil) && !partial.covers(asOf: last.adding(days: -1), knownAt: nil))
        #expect(BalanceSnapshot.decode(partial.encoded()) == partial)
    }

    @Test func anythingButTheEncodingIsRefused() throws {
        let (_, _, snapshot) = try demoSnapshot()
        let text = String(decoding: snapshot.encoded(), as: UTF8.self)
        let broken = [
            "", text.replacingOccurrences(of: "balances 1", with: "balances 2"),
            String(text.dropLast()),                                            // no final newline
            text.replacingOccurrences(of: "through 2026", with: "through 2O26"),
            text.replacingOccurrences(of: "until -", with: "until 2026-13-01"),
            text.replacingOccurrences(of: "until -\n", with: ""),
            text.replacingOccurrences(of: "\tUSD\t", with: "\tUSX\t"),
            text.replacingOccurrences(of: "115.21", with: "115.2x"),
            text.replacingOccurrences(of: "2026-01-31=12.18", with: "2026-01-31:12.18"),
            text.replacingOccurrences(of: "2026-01-31=12.18", with: "2026-02-31=12.18"),
        ]
        for (number, text) in broken.enumerated() { #expect(BalanceSnapshot.decode(Array(text.utf8)) == nil, "case \(number)") }
    }
}
