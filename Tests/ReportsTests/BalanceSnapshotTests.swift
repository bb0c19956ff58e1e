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
        return (events, state, snapshotOf(BalancePositions(state: state), events))
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
        let empty = snapshotOf(BalancePositions(positions: []), [])
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

/// `BalanceSnapshot.spliced` gives the bytes of decoding, replacing and
/// encoding again, for replaced, new and vanished resellers.
@Suite struct BalanceSnapshotSpliceTests {
    @Test(arguments: Array(UInt64(1)...20))
    func splicingIsDecodingReplacingAndEncoding(seed: UInt64) throws {
        let events = try DemoLedger.events()
        let snapshot = snapshotOf(BalancePositions(state: Projection.replay(events.sorted(by: Event.replayOrder))), events)
        var random = SplitMix64(seed: seed)
        let all = snapshot.positions.positions
        let resellers = Set(all.map(\.reseller).filter { _ in random.next() % 3 == 0 })
        // Replaced: another balance; new: a reseller not in the ledger; some
        // replaced resellers vanish (no positions), as no replay can make
        // happen, but the splice must still drop their lines.
        var positions = all.filter { resellers.contains($0.reseller) && random.next() % 4 != 0 }.map { old in
            BalancePositions.Position(reseller: old.reseller, program: old.program, currency: old.currency,
                                      balance: old.balance + Money(minor: 101, currency: old.currency), open: Array(old.open.dropFirst()))
        }
        let newcomer = random.next() % 2 == 0 ? "R-AAA" : "R-ZZZ"
        positions.append(BalancePositions.Position(reseller: newcomer, program: "groupdocs", currency: Currency(code: "USD")!,
                                                   balance: Money(minor: 4200, currency: Currency(code: "USD")!), open: []))
        let replaced = resellers.union([newcomer])
        let later = Event(id: "x", effective: try #require(snapshot.through).adding(days: 9),
                          payload: .taxRate(TaxRatePayload(jurisdiction: "US-NY", percent: .zero)))
        let expected = BalanceSnapshot(
            positions: BalancePositions(positions: (all.filter { !replaced.contains($0.reseller) } + positions)
                .sorted { ($0.reseller, $0.program) < ($1.reseller, $1.program) }),
            through: later.effective, recordedThrough: snapshot.recordedThrough, until: nil)
        let spliced = BalanceSnapshot.spliced(snapshot.encoded(), replacing: replaced, with: positions.reversed(),
                                              adding: [later])
        #expect(spliced == expected.encoded())
        #expect(BalanceSnapshot.spliced(Array("not a snapshot\n".utf8), replacing: [], with: [], adding: []) == nil)
    }
}

/// The snapshot of `events` replayed into `positions`, every event seen
/// (`balances` computes the same bounds as it reads).
func snapshotOf(_ positions: BalancePositions, _ events: [Event]) -> BalanceSnapshot {
    let bounds = BalanceSnapshot.bounds(of: events)
    return BalanceSnapshot(positions: positions, through: bounds.through, recordedThrough: bounds.recorded, until: nil)
}
