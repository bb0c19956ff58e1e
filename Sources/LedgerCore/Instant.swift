/// A UTC instant with whole-second precision, written RFC 3339 with `Z`.
///
/// Example: `Instant(parsing: "2026-11-01T00:00:00Z")` is 1,793,491,200
/// seconds after the epoch; it prints back the same text. Fractional seconds
/// are accepted on input and truncated; offsets other than `Z` are refused.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    public init?(parsing text: String) {
        var text = text
        guard let instant = text.withUTF8({ Instant(utf8: $0) }) else { return nil }
        self = instant
    }

    /// `init(parsing:)` on UTF-8 bytes, for decoders that have not made a
    /// `String` of them.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count == 20 {
            // The stored form, `YYYY-MM-DDTHH:MM:SSZ` (a replay reads one
            // for every line): its digits read two at a time.
            guard let instant = Instant(whole: bytes.baseAddress!) else { return nil }
            self = instant
            return
        }
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              bytes[16] == UInt8(ascii: ":"), bytes.last == UInt8(ascii: "Z"),
              let date = CivilDate(utf8: UnsafeBufferPointer(rebasing: bytes[0..<10])),
              let hour = CivilDate.number(bytes, 11..<13), let minute = CivilDate.number(bytes, 14..<16),
              let second = CivilDate.number(bytes, 17..<19), hour < 24, minute < 60, second < 60 else { return nil }
        if bytes.count > 20 {
            // Only ".digits" may stand between the seconds and the Z.
            guard bytes[19] == UInt8(ascii: "."), bytes.count > 21,
                  bytes[20..<(bytes.count - 1)].allSatisfy(isDigit) else { return nil }
        }
        secondsSinceEpoch = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` at `p` (20 bytes), or nil.
    private init?(whole p: UnsafePointer<UInt8>) {
        guard p[10] == UInt8(ascii: "T"), p[13] == UInt8(ascii: ":"), p[16] == UInt8(ascii: ":"), p[19] == UInt8(ascii: "Z"),
              let date = CivilDate(utf8: UnsafeBufferPointer(start: p, count: 10)) else { return nil }
        let hour = CivilDate.twoDigits(p + 11), minute = CivilDate.twoDigits(p + 14), second = CivilDate.twoDigits(p + 17)
        guard hour >= 0, hour < 24, minute >= 0, minute < 60, second >= 0, second < 60 else { return nil }
        secondsSinceEpoch = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// The last second of a civil day (for "known at the end of that day").
    public static func endOfDay(_ date: CivilDate) -> Instant {
        Instant(secondsSinceEpoch: Int64(date.dayNumber) * 86_400 + 86_399)
    }

    public var date: CivilDate { CivilDate(dayNumber: Int(secondsSinceEpoch.floorDivided(by: 86_400))) }

    public var description: String {
        let seconds = Int(secondsSinceEpoch - Int64(date.dayNumber) * 86_400)
        return date.description + "T" + CivilDate.pad(seconds / 3600, 2) + ":" + CivilDate.pad(seconds % 3600 / 60, 2)
            + ":" + CivilDate.pad(seconds % 60, 2) + "Z"
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }
}

extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
