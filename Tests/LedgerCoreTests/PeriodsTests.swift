/// `Month`, `Quarter` and `Year`: parsing, first and last days, and
/// stepping across year boundaries.
///
/// Example: `Month(parsing: "2026-02")!.lastDay` is 2026-02-28; the quarter
/// of 2026-05-12 is 2026-Q2, ending 2026-06-30; after 2026-Q4 comes 2027-Q1.
import Testing
import LedgerCore

struct PeriodsTests {
    static func date(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

    // MARK: Month

    @Test(arguments: [("2026-10", 2026, 10), ("2026-01", 2026, 1), ("0900-12", 900, 12), ("9999-12", 9999, 12)])
    func parsesMonths(text: String, year: Int, month: Int) throws {
        let parsed = try #require(Month(parsing: text))
        #expect(parsed == Month(year: year, month: month))
        #expect(parsed.description == text)
    }

    @Test(arguments: ["2026-13", "2026-00", "2026-1", "26-10", "2026/10", "2026-10-01", "0000-01", "2026-Q1", ""])
    func refusesOtherMonths(text: String) {
        #expect(Month(parsing: text) == nil)
    }

    @Test(arguments: [
        ("2026-02", "2026-02-01", "2026-02-28"),
        ("2028-02", "2028-02-01", "2028-02-29"),
        ("2026-04", "2026-04-01", "2026-04-30"),
        ("2026-12", "2026-12-01", "2026-12-31"),
    ])
    func monthDays(text: String, first: String, last: String) {
        let month = Month(parsing: text)!
        #expect(month.firstDay == Self.date(first))
        #expect(month.lastDay == Self.date(last))
        #expect(month.contains(Self.date(first)) && month.contains(Self.date(last)))
        #expect(!month.contains(Self.date(first).adding(days: -1)) && !month.contains(Self.date(last).adding(days: 1)))
    }

    @Test func monthSteps() {
        #expect(Month(parsing: "2026-12")!.next == Month(parsing: "2027-01"))
        #expect(Month(parsing: "2026-01")!.previous == Month(parsing: "2025-12"))
        #expect(Month(parsing: "2026-06")!.next == Month(parsing: "2026-07"))
        #expect(Month(parsing: "2026-06")!.previous == Month(parsing: "2026-05"))
        #expect(Month(parsing: "2025-12")! < Month(parsing: "2026-01")!)
    }

    @Test(arguments: 1...12)
    func monthQuarterAndClosings(month: Int) {
        let period = Month(year: 2026, month: month)!
        #expect(period.quarter == Quarter(year: 2026, quarter: (month + 2) / 3))
        #expect(period.closesQuarter == [3, 6, 9, 12].contains(month))
        #expect(period.closesYear == (month == 12))
    }

    // MARK: Quarter

    @Test(arguments: [
        ("2026-Q1", "2026-01-01", "2026-03-31", "2026-03"),
        ("2026-Q2", "2026-04-01", "2026-06-30", "2026-06"),
        ("2026-Q3", "2026-07-01", "2026-09-30", "2026-09"),
        ("2026-Q4", "2026-10-01", "2026-12-31", "2026-12"),
    ])
    func quarterDays(text: String, first: String, last: String, lastMonth: String) throws {
        let quarter = try #require(Quarter(parsing: text))
        #expect(quarter.description == text)
        #expect(quarter.firstDay == Self.date(first))
        #expect(quarter.lastDay == Self.date(last))
        #expect(quarter.lastMonth == Month(parsing: lastMonth))
        #expect(quarter.contains(Self.date(first)) && quarter.contains(Self.date(last)))
        #expect(!quarter.contains(Self.date(last).adding(days: 1)))
        #expect(Quarter(containing: Self.date(first)) == quarter && Quarter(containing: Self.date(last)) == quarter)
    }

    @Test(arguments: ["2026-Q0", "2026-Q5", "2026-q3", "2026Q3", "2026-Q10", "2026-3", "2026-03", "0000-Q1", ""])
    func refusesOtherQuarters(text: String) {
        #expect(Quarter(parsing: text) == nil)
    }

    @Test func quarterSteps() {
        #expect(Quarter(parsing: "2026-Q4")!.next == Quarter(parsing: "2027-Q1"))
        #expect(Quarter(parsing: "2026-Q1")!.previous == Quarter(parsing: "2025-Q4"))
        #expect(Quarter(parsing: "2026-Q2")!.next == Quarter(parsing: "2026-Q3"))
        #expect(Quarter(parsing: "2026-Q3")!.previous == Quarter(parsing: "2026-Q2"))
        #expect(Quarter(containing: Self.date("2026-05-12")) == Quarter(parsing: "2026-Q2"))
        #expect(Quarter(containing: Self.date("2026-05-12")).lastDay == Self.date("2026-06-30"))
        #expect(Quarter(parsing: "2025-Q4")! < Quarter(parsing: "2026-Q1")!)
    }

    // MARK: Year

    @Test func yearParsingAndDays() throws {
        let year = try #require(Year(parsing: "2026"))
        #expect(year.description == "2026")
        #expect(year.firstDay == Self.date("2026-01-01"))
        #expect(year.lastDay == Self.date("2026-12-31"))
        #expect(year.previous == Year(year: 2025))
        #expect(year.contains(Self.date("2026-12-31")) && !year.contains(Self.date("2027-01-01")))
        #expect(!year.contains(Self.date("2025-12-31")))
        #expect(Year(year: 2025)! < year)
    }

    @Test(arguments: ["0000", "20261", "202", "-2026", "２０２６", "2026-", "", "abcd"])
    func refusesOtherYears(text: String) {
        #expect(Year(parsing: text) == nil)
    }
}
