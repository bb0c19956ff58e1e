import LedgerCore
import LedgerEvents

/// The balance positions of a replay, as kept in the projection snapshot
/// `derived/balances.snapshot`: valid for every as-of date on or after the
/// last effective date it saw (`through`) and before the first it did not
/// see (`until`, none when it saw every event), and for every known-at
/// instant on or after the last recorded one it saw — the filters under
/// which a replay sees exactly the same events.
///
/// Example payload (one line per reseller and program, tab-separated, the
/// open items as `date=amount`):
/// ```
/// balances 1
/// through 2026-10-31 2026-11-01T08:00:00Z
/// until -
/// R-ANDES	rsupport	USD	0.00
/// R-EMPIRE	groupdocs	USD	115.21	2026-01-31=12.18	2026-02-28=10.76	…	2026-09-30=9.30
/// ```
public struct BalanceSnapshot: Sendable, Equatable {
    public static let header = "balances 1"

    public let positions: BalancePositions
    /// The last effective date and recorded instant of the ledger; nil when
    /// it has no events.
    public let through: CivilDate?
    public let recordedThrough: Instant?
    /// The first effective date of the events the replay did not see; nil
    /// when it saw them all.
    public let until: CivilDate?

    public init(positions: BalancePositions, through: CivilDate?, recordedThrough: Instant?, until: CivilDate?) {
        self.positions = positions
        self.through = through
        self.recordedThrough = recordedThrough
        self.until = until
    }

    /// The last effective date and recorded instant of `events`.
    public static func bounds(of events: [Event]) -> (through: CivilDate?, recorded: Instant?) {
        var through: CivilDate?, recorded: Instant?
        for event in events {
            if through.map({ $0 < event.effective }) ?? true { through = event.effective }
            if let instant = event.recorded, recorded.map({ $0 < instant }) ?? true { recorded = instant }
        }
        return (through, recorded)
    }

    /// Whether a replay with these filters would see every event.
    public func covers(asOf: CivilDate, knownAt: Instant?) -> Bool {
        if let through, asOf < through { return false }
        if let until, !(asOf < until) { return false }
        if let knownAt, let recordedThrough, knownAt < recordedThrough { return false }
        return true
    }

    public func encoded() -> [UInt8] {
        var bytes = Self.headerLines(through: through, recordedThrough: recordedThrough, until: until)
        for position in positions.positions { bytes += Self.line(position) }
        return bytes
    }

    static func headerLines(through: CivilDate?, recordedThrough: Instant?, until: CivilDate?) -> [UInt8] {
        Array((header + "\nthrough \(through?.description ?? "-") \(recordedThrough?.description ?? "-")\n"
            + "until \(until?.description ?? "-")\n").utf8)
    }

    static func line(_ position: BalancePositions.Position) -> [UInt8] {
        var text = "\(position.reseller)\t\(position.program)\t\(position.currency.code)\t\(position.balance)"
        for item in position.open { text += "\t\(item.overdueAfter)=\(item.amount)" }
        return Array((text + "\n").utf8)
    }

    /// The snapshot, or nil for anything but what `encoded()` writes. Works
    /// on bytes (split on newline and tab bytes): a 10M-event ledger's
    /// snapshot has some 200,000 lines, and `String.split` walks characters.
    public static func decode(_ bytes: [UInt8]) -> BalanceSnapshot? {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count >= 4, text(lines[0]) == header, lines.last?.isEmpty == true else { return nil }
        let bounds = lines[1].split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false).map(text)
        guard bounds.count == 3, bounds[0] == "through" else { return nil }
        let until = lines[2].split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false).map(text)
        guard until.count == 2, until[0] == "until",
              let through = optional(bounds[1], CivilDate.init(parsing:)),
              let recorded = optional(bounds[2], Instant.init(parsing:)),
              let untilDate = optional(until[1], CivilDate.init(parsing:)) else { return nil }
        var positions: [BalancePositions.Position] = []
        positions.reserveCapacity(lines.count - 4)
        for line in lines[3..<(lines.count - 1)] {
            guard let position = decodePosition(line) else { return nil }
            positions.append(position)
        }
        return BalanceSnapshot(positions: BalancePositions(positions: positions), through: through, recordedThrough: recorded,
                               until: untilDate)
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// `-` for none (`.some(nil)`), else the parsed value, nil when it does not parse.
    private static func optional<T>(_ text: String, _ parse: (String) -> T?) -> T?? {
        if text == "-" { return .some(nil) }
        return parse(text).map { .some($0) }
    }

    private static func decodePosition(_ line: ArraySlice<UInt8>) -> BalancePositions.Position? {
        let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        guard fields.count >= 4, let currency = Currency(code: text(fields[2])),
              let balance = try? Money(parsing: text(fields[3]), currency: currency) else { return nil }
        var open: [BalancePositions.OpenItem] = []
        open.reserveCapacity(fields.count - 4)
        for field in fields[4...] {
            guard let equals = field.firstIndex(of: UInt8(ascii: "=")),
                  let date = CivilDate(parsing: text(field[..<equals])),
                  let amount = try? Money(parsing: text(field[(equals + 1)...]), currency: currency) else { return nil }
            open.append(BalancePositions.OpenItem(overdueAfter: date, amount: amount))
        }
        return BalancePositions.Position(reseller: text(fields[0]), program: text(fields[1]), currency: currency,
                                         balance: balance, open: open)
    }
}
