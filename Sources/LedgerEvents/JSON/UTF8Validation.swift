/// Well-formed UTF-8 as Unicode defines it (The Unicode Standard, table
/// 3-7): no overlong forms, no encoded surrogates, nothing above U+10FFFF,
/// no truncated sequences. The parser checks every non-ASCII byte with it,
/// because `String(decoding:)` would silently replace bad bytes with U+FFFD
/// and the stored line would no longer say what was read.
///
/// Example: `C3 A9` ("é") is a 2-byte sequence; `C0 AF` (an overlong "/"),
/// `ED A0 80` (the surrogate D800) and `F5 80 80 80` are invalid.
enum UTF8Validation {
    /// The length (2…4) of the well-formed sequence whose lead byte is at
    /// `index`, or nil when it is not well formed. `bytes[index]` is ≥ 0x80.
    static func sequenceLength(in bytes: UnsafeRawBufferPointer, at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        // The allowed range of the second byte depends on the lead byte;
        // the narrowed ranges are what exclude overlongs and surrogates.
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
            return nil
        }
        return length
    }

    /// The scalar of a sequence already known to be well formed.
    static func scalar(in bytes: UnsafeRawBufferPointer, at index: Int, length: Int) -> UInt32 {
        var value = UInt32(bytes[index]) & (0xFF >> (length + 1))
        for offset in 1..<length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return value
    }
}
