/// `CivilDate`: strict `YYYY-MM-DD` parsing, day numbers, and month
/// arithmetic that clamps to the month's last day.
///
/// Example: 2026-01-31 plus one month is 2026-02-28, 2028-01-31 plus one is
/// 2028-02-29; 2026-02-29 does not exist, 2028-02-29 does.
import Testing
import LedgerCore

struct CivilDateTests {
    static func date(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

    @Test(arguments: ["2028-02-29", "2000-02-29", "1970-01-01", "2026-12-31", "0001-01-01", "9999-12-31", "2026-04-30"])
    func parsesRealDays(text: String) throws {
        let date = try #require(CivilDate(parsing: text))
        #expect(date.description == text)
    }

    @Test(arguments: [
        "2026-02-30", "2026-13-01", "2026-1-01", "2026-01-1", "2026-02-29", "2100-02-29", "1900-02-29",
        "2026-04-31", "2026-00-10", "2026-01-00", "2026-01-32", "0000-01-01", "20260101", "2026/01/01",
        "2026-01-01T00", " 2026-01-01", "2026-01-01 ", "abcd-01-01", "+026-01-01", "-026-01-01", "2026-0a-01", "",
        "202:-01-01", "2/26-01-01", "2026-/1-01", "2026-01-0:", "2026-01- 1",
    ])
    func refusesOtherText(text: String) {
        #expect(CivilDate(parsing: text) == nil)
    }

    @Test(arguments: [
        ("1970-01-01", 0), ("1969-12-31", -1), ("1970-01-02", 1), ("2000-01-01", 10957), ("2000-03-01", 11017),
        ("2026-11-01", 20758), ("1900-01-01", -25567),
    ])
    func dayNumbers(text: String, dayNumber: Int) {
        #expect(Self.date(text).dayNumber == dayNumber)
        #expect(CivilDate(dayNumber: dayNumber).description == text)
    }

    /// Every day from 1900-01-01 to 2100-12-31, walked with an independent
    /// month-length table: day numbers are consecutive, each prints as its
    /// own text and parses back to itself.
    @Test func everyDayFrom1900To2100RoundTrips() throws {
        func isLeap(_ year: Int) -> Bool { year % 400 == 0 || (year % 4 == 0 && year % 100 != 0) }
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var previous: Int?
        var count = 0
        for year in 1900...2100 {
            for month in 1...12 {
                let length = month == 2 && isLeap(year) ? 29 : lengths[month - 1]
                #expect(CivilDate(year: year, month: month, day: length + 1) == nil)
                for day in 1...length {
                    let date = try #require(CivilDate(year: year, month: month, day: day))
                    if let previous, date.dayNumber != previous + 1 {
                        Issue.record("\(year)-\(month)-\(day) is day \(date.dayNumber), after \(previous)")
                    }
                    previous = date.dayNumber
                    count += 1
                    let components = date.components
                    let text = String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
                    guard components == (year, month, day), date.description == text,
                          CivilDate(parsing: text) == date else {
                        Issue.record("\(text) came back as \(date) with components \(components)")
                        return
                    }
                }
            }
        }
        // 201 years of 365 days plus 49 leap days (1900 and 2100 are not leap years).
        #expect(count == 73_414)
        #expect(CivilDate(year: 2100, month: 12, day: 31)!.days(since: CivilDate(year: 1900, month: 1, day: 1)!) == 73_413)
    }

    @Test(arguments: [
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"),
        ("2026-03-31", -1, "2026-02-28"),
        ("2026-08-31", 1, "2026-09-30"),
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-01-15", -1, "2025-12-15"),
        ("2026-05-31", 12, "2027-05-31"),
        ("2028-02-29", 12, "2029-02-28"),
        ("2028-02-29", 48, "2032-02-29"),
        ("2026-10-31", -20, "2025-02-28"),
        ("2026-01-01", 0, "2026-01-01"),
        ("2026-01-31", 25, "2028-02-29"),
    ])
    func addingMonthsClamps(start: String, months: Int, result: String) {
        #expect(Self.date(start).adding(months: months) == Self.date(result))
    }

    @Test func daysAndDifferences() {
        #expect(Self.date("2026-04-15").days(since: Self.date("2026-04-01")) == 14)
        #expect(Self.date("2026-04-01").days(since: Self.date("2026-04-15")) == -14)
        #expect(Self.date("2026-12-31").adding(days: 1) == Self.date("2027-01-01"))
        #expect(Self.date("2028-03-01").adding(days: -1) == Self.date("2028-02-29"))
        #expect(Self.date("2026-02-28") < Self.date("2026-03-01"))
    }

    @Test func monthBoundsAndPeriod() {
        let date = Self.date("2028-02-17")
        #expect(date.firstDayOfMonth == Self.date("2028-02-01"))
        #expect(date.lastDayOfMonth == Self.date("2028-02-29"))
        #expect(Self.date("2026-02-17").lastDayOfMonth == Self.date("2026-02-28"))
        #expect(date.monthPeriod == Month(year: 2028, month: 2))
        #expect(date.year == 2028 && date.month == 2 && date.day == 17)
    }

    @Test(arguments: [(1900, false), (2000, true), (2024, true), (2026, false), (2100, false), (2400, true)])
    func leapYears(year: Int, isLeap: Bool) {
        #expect(CivilDate.isLeap(year) == isLeap)
        #expect(CivilDate.daysIn(year: year, month: 2) == (isLeap ? 29 : 28))
    }
}
