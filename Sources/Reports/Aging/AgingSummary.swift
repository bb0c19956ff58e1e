import LedgerCore

/// Open amounts summed per aging bucket, every bucket present (zero when
/// empty), so a summary always has the same five columns.
///
/// Example: GD-2026-000004 open 2250.00 (4 days past due) and a late fee of
/// 2.96 due today → current 2.96, 1–30 2250.00, the rest 0.00, total 2252.96.
public struct AgingSummary: Sendable, Equatable {
    public let currency: Currency
    /// Indexed by `AgingBucket.rawValue`.
    public private(set) var amounts: [Money]

    public init(currency: Currency) {
        self.currency = currency
        amounts = AgingBucket.allCases.map { _ in .zero(currency) }
    }

    public mutating func add(_ amount: Money, to bucket: AgingBucket) {
        amounts[bucket.rawValue] += amount
    }

    public subscript(bucket: AgingBucket) -> Money { amounts[bucket.rawValue] }

    public var total: Money { amounts.reduce(.zero(currency), +) }
}
