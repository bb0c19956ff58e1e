/// A calendar date without time zone, proleptic Gregorian, stored as days
/// since 1970-01-01.
///
/// Example: 2026-01-31 plus one month is 2026-02-28 (clamped to the month's
/// last day); 2028-01-31 plus one month is 2028-02-29; 2026-04-15 minus
/// 2026-04-01 is 14 days.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(year: year, month: month) else { return nil }
        dayNumber = CivilDate.days(year: year, month: month, day: day)
    }

    /// Parses exactly `YYYY-MM-DD` with a real day of that month.
    public init?(parsing text: String) {
        var text = text
        guard let date = text.withUTF8({ CivilDate(utf8: $0) }) else { return nil }
        self = date
    }

    /// `init(parsing:)` on UTF-8 bytes, for decoders that have not made a
    /// `String` of them.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, let p = bytes.baseAddress, p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-") else { return nil }
        let year = CivilDate.fourDigits(p), month = CivilDate.twoDigits(p + 5), day = CivilDate.twoDigits(p + 8)
        guard year >= 0, month >= 0, day >= 0 else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The value of two ASCII digits at `p`, or −1 when either is not a
    /// digit (every stored date and instant is read through these).
    @inline(__always)
    static func twoDigits(_ p: UnsafePointer<UInt8>) -> Int {
        let a = UInt(p[0]) &- 48, b = UInt(p[1]) &- 48
        return a < 10 && b < 10 ? Int(a &* 10 &+ b) : -1
    }

    /// The value of four ASCII digits at `p`, or −1.
    @inline(__always)
    static func fourDigits(_ p: UnsafePointer<UInt8>) -> Int {
        let high = twoDigits(p), low = twoDigits(p + 2)
        return high >= 0 && low >= 0 ? high &* 100 &+ low : -1
    }

    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }
    public var monthPeriod: Month { let c = components; return Month(year: c.year, month: c.month)! }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Adds calendar months, clamping the day to the target month's last day.
    public func adding(months: Int) -> CivilDate {
        let c = components
        let index = c.year * 12 + (c.month - 1) + months
        let year = index / 12, month = index % 12 + 1
        let day = min(c.day, CivilDate.daysIn(year: year, month: month))
        return CivilDate(year: year, month: month, day: day)!
    }

    public var lastDayOfMonth: CivilDate {
        let c = components
        return CivilDate(year: c.year, month: c.month, day: CivilDate.daysIn(year: c.year, month: c.month))!
    }

    public var firstDayOfMonth: CivilDate {
        let c = components
        return CivilDate(year: c.year, month: c.month, day: 1)!
    }

    /// Whole days from `other` to `self` (positive when self is later).
    public func days(since other: CivilDate) -> Int { dayNumber - other.dayNumber }

    public var description: String {
        let c = components
        return CivilDate.pad(c.year, 4) + "-" + CivilDate.pad(c.month, 2) + "-" + CivilDate.pad(c.day, 2)
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func days(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// `number` of `bytes[range]`, without a slice (a few digits: no overflow).
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let byte = bytes[index]
            guard isDigit(byte) else { return nil }
            value = value &* 10 &+ Int(byte &- 48)
        }
        return value
    }

    static func number<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        var value = 0
        for byte in bytes {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
