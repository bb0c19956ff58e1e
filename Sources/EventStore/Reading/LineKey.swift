import LedgerCore
import LedgerEvents

/// Where one committed event line lies and what a replay needs to order it
/// and give it to a partition before decoding it: 32 bytes, where the
/// decoded event with its payload is several hundred.
///
/// Example: the line of seq 42106 (`invoice.issued`, effective 2026-02-02,
/// reseller R-BY0004) at byte 0 of `invoices.jsonl`, 512 bytes long:
/// `LineKey(seq: 42106, offset: 0, day: 2026-02-02's day number,
/// length: 512, resellerHash: FNV-1a("R-BY0004"), type: .invoiceIssued,
/// family: .invoices, hasReseller: true)`.
public struct LineKey: Sendable {
    public let seq: Int
    /// The line's first byte in its file.
    let offset: Int
    let day: Int32
    /// Without the newline.
    let length: Int32
    /// FNV-1a (32 bits) of the reseller id (0 when there is none).
    public let resellerHash: UInt32
    public let type: EventType
    let familyIndex: UInt8
    public let hasReseller: Bool

    public var effective: CivilDate { CivilDate(dayNumber: Int(day)) }
    public var family: EventFamily { EventFamily.allCases[Int(familyIndex)] }

    init(header: StoredLineHeader, family: Int, offset: Int, length: Int) {
        seq = header.seq
        self.offset = offset
        day = Int32(truncatingIfNeeded: header.effective.dayNumber)
        self.length = Int32(truncatingIfNeeded: length)
        resellerHash = header.resellerHash ?? 0
        type = header.type
        familyIndex = UInt8(truncatingIfNeeded: family)
        hasReseller = header.resellerHash != nil
    }
}
