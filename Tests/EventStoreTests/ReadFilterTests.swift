import LedgerCore
import LedgerEvents
import Testing
@testable import EventStore

/// Bitemporal reads: `asOf` filters by business date, `knownAt` by when the
/// store recorded the event; the result is in replay order.
@Suite struct ReadFilterTests {
    /// March: an order effective 2 Mar and a payment effective 15 Apr. Then
    /// on 1 Nov a back-dated payment effective 31 Mar.
    func ledger() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.append([Sample.order("ord-1", effective: "2026-03-02"), Sample.payment("pay-1", effective: "2026-04-15")],
                           now: Sample.march)
        try fixture.append([Sample.payment("pay-late", effective: "2026-03-31")], now: Sample.november)
        return fixture
    }

    @Test func withoutFiltersEverythingInReplayOrder() throws {
        let fixture = try ledger()
        let events = try fixture.store.read(asOf: nil, knownAt: nil)
        #expect(events.map(\.id) == ["ord-1", "pay-late", "pay-1"])
    }

    @Test func asOfKeepsEventsEffectiveOnOrBeforeTheDate() throws {
        let fixture = try ledger()
        #expect(try fixture.store.read(asOf: CivilDate(parsing: "2026-03-31"), knownAt: nil).map(\.id) == ["ord-1", "pay-late"])
        #expect(try fixture.store.read(asOf: CivilDate(parsing: "2026-03-30"), knownAt: nil).map(\.id) == ["ord-1"])
    }

    @Test func knownAtKeepsEventsRecordedOnOrBeforeTheInstant() throws {
        let fixture = try ledger()
        #expect(try fixture.store.read(asOf: nil, knownAt: Sample.march).map(\.id) == ["ord-1", "pay-1"])
        #expect(try fixture.store.read(asOf: nil, knownAt: Instant(parsing: "2026-03-03T10:14:59Z")).isEmpty)
    }

    @Test func bothTogetherAnswerWhatWeBelievedThenAboutADay() throws {
        let fixture = try ledger()
        let belief = try fixture.store.read(asOf: CivilDate(parsing: "2026-03-31"), knownAt: Instant(parsing: "2026-10-31T23:59:59Z"))
        #expect(belief.map(\.id) == ["ord-1"])
    }
}
