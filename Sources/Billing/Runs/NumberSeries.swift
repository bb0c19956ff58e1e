import LedgerCore
import LedgerEvents

/// Gapless document numbers: one series per program prefix and calendar
/// year of the document date (RULES.md §0 Invoice numbers).
///
/// Example: after GD-2026-000006 the next GroupDocs invoice dated in 2026 is
/// GD-2026-000007; the first credit note is GD-CN-2026-000001.
public struct NumberSeries: Sendable {
    var last: [String: Int] = [:]

    /// Seeds the counters from every document already in the ledger,
    /// whatever its date, so a back-dated document never reuses a number.
    public init(events: [Event]) {
        for event in events { note(event) }
    }

    init() {}

    /// Takes the number of an invoice or credit note into its series.
    mutating func note(_ event: Event) {
        switch event.payload {
        case .invoiceIssued(let p): note(p.number)
        case .creditNoteIssued(let p): note(p.number)
        default: break
        }
    }

    public mutating func next(prefix: String, year: Int, creditNote: Bool = false) -> String {
        let series = creditNote ? "\(prefix)-CN-\(Self.pad(year, 4))" : "\(prefix)-\(Self.pad(year, 4))"
        let value = (last[series] ?? 0) + 1
        last[series] = value
        return "\(series)-\(Self.pad(value, 6))"
    }

    mutating func note(_ number: String) {
        guard let dash = Self.lastDash(number), let value = Int(number[number.index(after: dash)...]) else { return }
        let series = String(number[..<dash])
        last[series] = max(last[series] ?? 0, value)
    }

    /// The last "-" of a number: found in the bytes when the number is
    /// ASCII (every number the runs write), where a byte is a character;
    /// searching `Character`s cost more than the rest of noting a number.
    static func lastDash(_ number: String) -> String.Index? {
        let utf8 = number.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) { return utf8.lastIndex(of: UInt8(ascii: "-")) }
        return number.lastIndex(of: "-")
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
