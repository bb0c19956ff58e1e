import LedgerTestSupport

/// Damages a line the way the fuzz tests need: bit flips, truncation, key
/// swaps, inserted and deleted bytes, a byte replaced by one that means
/// something to JSON. One to three mutations per call, all drawn from the
/// seeded generator, so a failing iteration can be replayed.
///
/// Example: `LineMutator.mutate(Array(#"{"id":"a","type":"b"}"#.utf8), using: &random)`
/// may give `{"type":"a","id":"b"}` (keys swapped), `{"id":"a","ty` (cut),
/// or `{"id":"a","typ%":"b"}` (a bit flipped).
enum LineMutator {
    /// Bytes that change what JSON means: quotes, escapes, structure,
    /// a newline (one line becomes two), NUL, and bytes that are not UTF-8.
    static let meaningfulBytes: [UInt8] = [0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x0A, 0x00, 0x2D, 0x30, 0x39, 0x2E, 0xFF, 0xC3, 0x80]

    static func mutate(_ line: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        var bytes = line
        for _ in 0..<Int.random(in: 1...3, using: &random) where !bytes.isEmpty {
            bytes = mutateOnce(bytes, using: &random)
        }
        return bytes
    }

    private static func mutateOnce(_ line: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        var bytes = line
        let index = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<6, using: &random) {
        case 0: bytes[index] ^= 1 << UInt8.random(in: 0..<8, using: &random)
        case 1: bytes.removeSubrange(index...)
        case 2: bytes = swapKeys(bytes, using: &random)
        case 3: bytes.insert(meaningfulBytes.randomElement(using: &random)!, at: index)
        case 4: bytes.removeSubrange(index..<min(bytes.count, index + Int.random(in: 1...8, using: &random)))
        default: bytes[index] = meaningfulBytes.randomElement(using: &random)!
        }
        return bytes
    }

    /// Swaps the names of two keys (`"amount":` and `"currency":`), which
    /// keeps the JSON valid and puts each value under the other's name.
    static func swapKeys(_ line: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        let keys = keyRanges(line)
        guard keys.count >= 2 else { return line }
        let first = Int.random(in: 0..<keys.count, using: &random)
        var second = Int.random(in: 0..<(keys.count - 1), using: &random)
        if second >= first { second += 1 }
        let (low, high) = (keys[min(first, second)], keys[max(first, second)])
        return Array(line[..<low.lowerBound]) + line[high] + line[low.upperBound..<high.lowerBound] + line[low] + line[high.upperBound...]
    }

    /// The ranges of `"name"` in every `"name":` of the line (strings
    /// followed by a colon), without looking at nesting.
    static func keyRanges(_ line: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte == 0x5C, start != nil {
                index += 2
                continue
            }
            if byte == 0x22 {
                if let opened = start {
                    if index + 1 < line.count, line[index + 1] == 0x3A { ranges.append(opened..<(index + 1)) }
                    start = nil
                } else {
                    start = index
                }
            }
            index += 1
        }
        return ranges
    }
}
