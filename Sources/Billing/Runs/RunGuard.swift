import LedgerCore
import LedgerEvents

/// Runs only move forward (RULES.md §0b.21): repeating the latest period of
/// a kind is allowed (it appends only what is new), an earlier period is
/// refused. A month-end that closes a quarter or a year counts as that
/// quarter's and year's close too.
///
/// Example (worked example 14): after month-end 2026-06, month-end 2026-05
/// is refused; month-end 2026-06 again is allowed and appends nothing new.
public enum RunGuard {
    public struct Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    public struct Latest: Equatable, Sendable {
        public var month: Month?
        public var quarter: Quarter?
        public var year: Year?
    }

    public static func latest(in events: [Event]) -> Latest {
        var latest = Latest()
        for event in events {
            guard case .runCompleted(let p) = event.payload else { continue }
            switch p.run {
            case "month-end":
                guard let month = Month(parsing: p.period) else { continue }
                latest.month = max(latest.month ?? month, month)
                if month.closesQuarter { latest.quarter = max(latest.quarter ?? month.quarter, month.quarter) }
                if month.closesYear, let year = Year(year: month.year) { latest.year = max(latest.year ?? year, year) }
            case "quarter-close":
                guard let quarter = Quarter(parsing: p.period) else { continue }
                latest.quarter = max(latest.quarter ?? quarter, quarter)
            case "year-close":
                guard let year = Year(parsing: p.period) else { continue }
                latest.year = max(latest.year ?? year, year)
            default: continue
            }
        }
        return latest
    }

    public static func checkMonthEnd(_ month: Month, events: [Event]) throws(Refusal) {
        if let latest = latest(in: events).month, month < latest {
            throw refusal("month-end \(month)", "month-end \(latest)", "the next month-end")
        }
    }

    public static func checkQuarterClose(_ quarter: Quarter, events: [Event]) throws(Refusal) {
        if let latest = latest(in: events).quarter, quarter < latest {
            throw refusal("quarter-close \(quarter)", "quarter close \(latest)", "the next quarter close")
        }
    }

    public static func checkYearClose(_ year: Year, events: [Event]) throws(Refusal) {
        if let latest = latest(in: events).year, year < latest {
            throw refusal("year-close \(year)", "year close \(latest)", "the next year close")
        }
    }

    static func refusal(_ asked: String, _ latest: String, _ next: String) -> Refusal {
        Refusal(message: "\(asked) is earlier than the latest \(latest); runs only move forward. "
                + "Facts recorded late for an earlier period are picked up by \(next), which issues the adjustments (credit notes, interest true-ups, rebate differences).")
    }
}
