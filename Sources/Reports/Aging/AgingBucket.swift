/// An aging bucket of an open document (RULES.md §0): current (not yet
/// due), 1–30, 31–60, 61–90 and over 90 days past due.
///
/// Example: a document due 2026-03-27 and still open on 2026-03-31 is 4
/// days past due → `.days1to30`, labelled "1–30 days", JSON key `"1-30"`.
/// On its due date itself it is 0 days past due → `.current`.
public enum AgingBucket: Int, CaseIterable, Comparable, Sendable {
    case current
    case days1to30
    case days31to60
    case days61to90
    case over90

    /// The bucket for a number of days past due; zero or fewer is current,
    /// because a document is overdue only from the day after its due date.
    public init(daysPastDue: Int) {
        switch daysPastDue {
        case ...0: self = .current
        case 1...30: self = .days1to30
        case 31...60: self = .days31to60
        case 61...90: self = .days61to90
        default: self = .over90
        }
    }

    /// For people: table headings and HTML.
    public var label: String {
        switch self {
        case .current: "Current"
        case .days1to30: "1–30 days"
        case .days31to60: "31–60 days"
        case .days61to90: "61–90 days"
        case .over90: "Over 90 days"
        }
    }

    /// For machines: JSON keys and CSV values, ASCII only.
    public var key: String {
        switch self {
        case .current: "current"
        case .days1to30: "1-30"
        case .days31to60: "31-60"
        case .days61to90: "61-90"
        case .over90: "over90"
        }
    }

    public static func < (lhs: AgingBucket, rhs: AgingBucket) -> Bool { lhs.rawValue < rhs.rawValue }
}
