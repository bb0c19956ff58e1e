import LedgerCore

/// A value that takes effect on a date, ordered by (effective, seq) so the
/// value in force on a day is the last one on or before it.
///
/// Example: terms v1 effective 2026-01-01 (seq 1) and v2 effective
/// 2026-07-01 (seq 90): on 2026-06-30 v1 is in force, on 2026-07-01 v2.
public struct Dated<Value: Sendable>: Sendable {
    public let effective: CivilDate
    public let seq: Int
    public let value: Value

    public init(effective: CivilDate, seq: Int, value: Value) {
        self.effective = effective
        self.seq = seq
        self.value = value
    }
}

extension Array {
    /// Inserts keeping (effective, seq) order; appends in the common case.
    mutating func insertDated<V>(_ item: Dated<V>) where Element == Dated<V> {
        var index = endIndex
        while index > startIndex {
            let previous = self[index - 1]
            if (previous.effective, previous.seq) <= (item.effective, item.seq) { break }
            index -= 1
        }
        insert(item, at: index)
    }

    /// The last value with effective ≤ date (the higher seq on a tie).
    func inForce<V>(on date: CivilDate) -> V? where Element == Dated<V> {
        last { $0.effective <= date }?.value
    }
}
