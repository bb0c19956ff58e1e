import LedgerCore
import LedgerEvents

/// Replacing some resellers' positions in an encoded snapshot without
/// decoding the rest: what an `append` does to carry the snapshot over its
/// commit, where decoding and encoding a 10M-event ledger's 200,000 lines
/// would cost more than the append itself.
///
/// Example: in the demo's snapshot, `spliced(payload, replacing:
/// ["R-EMPIRE"], with: [R-EMPIRE groupdocs 65.21 …], adding: [the new
/// events])` keeps every other line's bytes, puts R-EMPIRE's new line where
/// its old one was, and moves `through`/`recordedThrough` forward to the new
/// events' dates; the result is byte for byte what `encoded()` gives for the
/// decoded, replaced snapshot.
extension BalanceSnapshot {
    /// `payload` with the lines of `resellers` replaced by `positions`
    /// (theirs, any order) and the header's bounds moved to cover
    /// `visibleEvents`; nil when the payload is not an encoded snapshot.
    public static func spliced(_ payload: [UInt8], replacing resellers: Set<String>,
                               with positions: [BalancePositions.Position], adding visibleEvents: [Event]) -> [UInt8]? {
        let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t")
        guard let (header, headerEnd) = decodeHeader(payload) else { return nil }
        let added = bounds(of: visibleEvents)
        var output = headerLines(through: [header.through, added.through].compactMap { $0 }.max(),
                                 recordedThrough: [header.recordedThrough, added.recorded].compactMap { $0 }.max(),
                                 until: header.until)
        output.reserveCapacity(payload.count + positions.count * 64)
        // New lines, sorted like the payload's: by (reseller, program), which
        // for ids (ASCII, no byte below a tab) is the order of the bytes
        // "reseller<tab>program".
        let fresh = positions.sorted { ($0.reseller, $0.program) < ($1.reseller, $1.program) }.map(line)
        var next = 0
        var start = headerEnd
        while start < payload.endIndex {
            guard let end = payload[start...].firstIndex(of: newline) else { return nil }
            let lineBytes = payload[start...end]
            guard let firstTab = lineBytes.firstIndex(of: tab),
                  let secondTab = lineBytes[(firstTab + 1)...].firstIndex(of: tab) else { return nil }
            let key = lineBytes[start..<secondTab]
            while next < fresh.count, precedes(fresh[next], key) {
                output += fresh[next]
                next += 1
            }
            let reseller = String(decoding: lineBytes[start..<firstTab], as: UTF8.self)
            if !resellers.contains(reseller) { output += lineBytes }
            start = end + 1
        }
        while next < fresh.count { output += fresh[next]; next += 1 }
        return output
    }

    /// The header alone (no positions) and where the lines after it start.
    public static func decodeHeader(_ payload: [UInt8]) -> (BalanceSnapshot, Int)? {
        var headerEnd = payload.startIndex
        for _ in 0..<3 {
            guard let end = payload[headerEnd...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            headerEnd = end + 1
        }
        return decode(Array(payload[..<headerEnd])).map { ($0, headerEnd) }
    }

    /// Whether `line`'s "reseller<tab>program" sorts before `key`.
    private static func precedes(_ line: [UInt8], _ key: ArraySlice<UInt8>) -> Bool {
        let tab = UInt8(ascii: "\t")
        guard let first = line.firstIndex(of: tab), let second = line[(first + 1)...].firstIndex(of: tab) else { return false }
        return line[..<second].lexicographicallyPrecedes(key)
    }
}
