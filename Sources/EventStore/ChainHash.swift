import LedgerCore

/// The hash chain of a family file (DESIGN.md §2).
///
/// `chain` = lowercase hex SHA-256 of (the previous line's chain as 64 ASCII
/// hex characters, or 64 "0" characters for a file's first line) followed by
/// the bytes of this line up to, not including, `,"chain":"`.
///
/// Example: the first line of a file whose prefix is `P` has chain
/// `SHA256.hexDigest(Array(("0" * 64).utf8) + P)`; the second line with
/// prefix `Q` has `SHA256.hexDigest(Array(chain1.utf8) + Q)`. Editing any
/// byte of `P` changes chain 1, which no longer matches the stored value.
public enum ChainHash {
    public static let genesis = String(repeating: "0", count: 64)
    public static let hexLength = 64

    /// The bytes that end a line's chained prefix: the `chain` key, written last.
    public static let marker: [UInt8] = Array(#","chain":""#.utf8)
    /// What follows the 64 hex digits: the closing quote and brace.
    static let closing: [UInt8] = Array(#""}"#.utf8)

    /// The chain of a line whose prefix is `prefix`, following `previous`.
    public static func next<C: Collection>(previous: String, prefix: C) -> String where C.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(previous.utf8)
        hasher.update(prefix)
        return hexString(hasher.finalize())
    }

    /// Where the chained prefix of `line` ends: the start of the LAST
    /// `,"chain":"`. A string value cannot contain these bytes (its quotes are
    /// escaped), so the last occurrence is the key the writer put last.
    static func prefixEnd(of line: [UInt8]) -> Int? {
        let count = marker.count
        // A canonical line ends with the marker, 64 hex digits and `"}`; look
        // there first, then search backwards.
        let expected = line.count - count - hexLength - closing.count
        if expected >= 0, matchesMarker(line, at: expected) { return expected }
        var index = line.count - count
        while index >= 0 {
            if matchesMarker(line, at: index) { return index }
            index -= 1
        }
        return nil
    }

    /// True when `line` ends exactly with the marker at `prefixEnd`, 64
    /// lowercase hex digits and `"}`: the only form the writer produces.
    static func hasCanonicalTail(_ line: [UInt8], prefixEnd: Int) -> Bool {
        guard line.count == prefixEnd + marker.count + hexLength + closing.count else { return false }
        let hexStart = prefixEnd + marker.count
        return line[hexStart..<(hexStart + hexLength)].allSatisfy(isLowercaseHex)
            && line[(hexStart + hexLength)...].elementsEqual(closing)
    }

    /// The 64 hex digits after the marker, when they are there: lets a
    /// reader continue the chain past a line that does not decode.
    static func rawChain(of line: [UInt8]) -> String? {
        guard let end = prefixEnd(of: line) else { return nil }
        let hexStart = end + marker.count
        guard line.count >= hexStart + hexLength else { return nil }
        let digits = line[hexStart..<(hexStart + hexLength)]
        return digits.allSatisfy(isLowercaseHex) ? String(decoding: digits, as: UTF8.self) : nil
    }

    public static func isWellFormed(_ chain: String) -> Bool {
        chain.utf8.count == hexLength && chain.utf8.allSatisfy(isLowercaseHex)
    }

    private static func matchesMarker(_ line: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + marker.count <= line.count else { return false }
        for offset in 0..<marker.count where line[index + offset] != marker[offset] { return false }
        return true
    }

    private static func isLowercaseHex(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 102)
    }
}
