/// `Instant`: RFC 3339 UTC instants with `Z`, whole seconds.
///
/// Example: `2026-11-01T00:00:00Z` is 1,793,491,200 seconds after the epoch
/// and prints back the same; `.999` fractions are accepted and truncated;
/// `+01:00` offsets are refused.
import Testing
import LedgerCore

struct InstantTests {
    @Test(arguments: [
        ("2026-11-01T00:00:00Z", Int64(1_793_491_200)),
        ("1970-01-01T00:00:00Z", 0),
        ("1969-12-31T23:59:59Z", -1),
        ("2000-02-29T23:59:59Z", 951_868_799),
        ("2026-04-15T13:45:07Z", 1_776_260_707),
        ("9999-12-31T23:59:59Z", 253_402_300_799),
    ])
    func parsesAndPrintsBack(text: String, seconds: Int64) throws {
        let instant = try #require(Instant(parsing: text))
        #expect(instant.secondsSinceEpoch == seconds)
        #expect(instant.description == text)
        #expect(Instant(secondsSinceEpoch: seconds).description == text)
    }

    @Test(arguments: ["2026-11-01T00:00:00.999Z", "2026-11-01T00:00:00.5Z", "2026-11-01T00:00:00.000000001Z"])
    func fractionalSecondsAreTruncated(text: String) throws {
        let instant = try #require(Instant(parsing: text))
        #expect(instant.description == "2026-11-01T00:00:00Z")
    }

    @Test(arguments: [
        "2026-11-01T00:00:00+01:00", "2026-11-01T00:00:00+00:00", "2026-11-01T00:00:00-05:00",
        "2026-11-01T00:00:00.5+01:00", "2026-11-01T00:00:00", "2026-11-01 00:00:00Z", "2026-11-01t00:00:00Z",
        "2026-11-01T00:00:00z", "2026-11-01T24:00:00Z", "2026-11-01T23:60:00Z", "2026-11-01T23:59:60Z",
        "2026-11-01T00:00:00.Z", "2026-11-01T00:00:00,5Z", "2026-11-01T00:00:00.12aZ", "2026-11-01T0:00:00Z",
        "2026-02-30T00:00:00Z", "2026-11-01T00:00:00ZZ", "2026-11-01", "2026-11-01T00:00Z", "",
        // Twenty bytes, one of them not a digit where a digit belongs.
        "202a-11-01T00:00:00Z", "2026-1/-01T00:00:00Z", "2026-11-0:T00:00:00Z", "2026-11-01T0a:00:00Z",
        "2026-11-01T-1:00:00Z", "2026-11-01T00:0 :00Z", "2026-11-01T00:00:a0Z", "2026-11-01T00:00:00.",
    ])
    func refuses(text: String) {
        #expect(Instant(parsing: text) == nil)
    }

    @Test func endOfDayAndDate() throws {
        let date = try #require(CivilDate(parsing: "2026-10-31"))
        #expect(Instant.endOfDay(date).description == "2026-10-31T23:59:59Z")
        #expect(Instant.endOfDay(date).date == date)
        #expect(Instant(secondsSinceEpoch: -1).date == CivilDate(parsing: "1969-12-31"))
        #expect(Instant(secondsSinceEpoch: -86_400).date == CivilDate(parsing: "1969-12-31"))
        #expect(Instant(secondsSinceEpoch: -86_401).date == CivilDate(parsing: "1969-12-30"))
        #expect(Instant(secondsSinceEpoch: 0) < Instant(secondsSinceEpoch: 1))
    }
}
