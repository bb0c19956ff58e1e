/// Calendar periods that runs close: a month ("2026-10"), a quarter
/// ("2026-Q3"), a year ("2026").
///
/// Example: `Month(parsing: "2026-02")!.lastDay` is 2026-02-28; the quarter
/// of 2026-05-12 is 2026-Q2, which ends 2026-06-30.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              let year = CivilDate.number(bytes[0..<4]), let month = CivilDate.number(bytes[5..<7]) else { return nil }
        self.init(year: year, month: month)
    }

    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }
    public var lastDay: CivilDate { firstDay.lastDayOfMonth }
    public var next: Month { month == 12 ? Month(year: year + 1, month: 1)! : Month(year: year, month: month + 1)! }
    public var previous: Month { month == 1 ? Month(year: year - 1, month: 12)! : Month(year: year, month: month - 1)! }
    public var quarter: Quarter { Quarter(year: year, quarter: (month - 1) / 3 + 1)! }
    public var closesQuarter: Bool { month % 3 == 0 }
    public var closesYear: Bool { month == 12 }
    public func contains(_ date: CivilDate) -> Bool { date >= firstDay && date <= lastDay }
    public var description: String { CivilDate.pad(year, 4) + "-" + CivilDate.pad(month, 2) }
    public static func < (lhs: Month, rhs: Month) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}

public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let quarter: Int

    public init?(year: Int, quarter: Int) {
        guard (1...9999).contains(year), (1...4).contains(quarter) else { return nil }
        self.year = year
        self.quarter = quarter
    }

    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "Q"),
              let year = CivilDate.number(bytes[0..<4]), let q = CivilDate.number(bytes[6..<7]) else { return nil }
        self.init(year: year, quarter: q)
    }

    public init(containing date: CivilDate) {
        let c = date.components
        self.init(year: c.year, quarter: (c.month - 1) / 3 + 1)!
    }

    public var firstDay: CivilDate { CivilDate(year: year, month: quarter * 3 - 2, day: 1)! }
    public var lastDay: CivilDate { Month(year: year, month: quarter * 3)!.lastDay }
    public var lastMonth: Month { Month(year: year, month: quarter * 3)! }
    public var next: Quarter { quarter == 4 ? Quarter(year: year + 1, quarter: 1)! : Quarter(year: year, quarter: quarter + 1)! }
    public var previous: Quarter { quarter == 1 ? Quarter(year: year - 1, quarter: 4)! : Quarter(year: year, quarter: quarter - 1)! }
    public func contains(_ date: CivilDate) -> Bool { date >= firstDay && date <= lastDay }
    public var description: String { CivilDate.pad(year, 4) + "-Q" + String(quarter) }
    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter) }
}

public struct Year: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int

    public init?(year: Int) {
        guard (1...9999).contains(year) else { return nil }
        self.year = year
    }

    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 4, let year = CivilDate.number(bytes[0..<4]) else { return nil }
        self.init(year: year)
    }

    public var firstDay: CivilDate { CivilDate(year: year, month: 1, day: 1)! }
    public var lastDay: CivilDate { CivilDate(year: year, month: 12, day: 31)! }
    public var previous: Year { Year(year: year - 1)! }
    public func contains(_ date: CivilDate) -> Bool { date.year == year }
    public var description: String { CivilDate.pad(year, 4) }
    public static func < (lhs: Year, rhs: Year) -> Bool { lhs.year < rhs.year }
}
