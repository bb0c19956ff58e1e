/// An exact decimal number as written in an event: `"1250.00"` is mantissa
/// 125000 at scale 2. Amounts, percentages and thresholds travel as strings
/// so that no value ever passes through binary floating point.
///
/// Example: `DecimalNumber(parsing: "-3.61")` → mantissa −361, scale 2;
/// `.description` gives back `"-3.61"` byte for byte.
public struct DecimalNumber: Hashable, Sendable, CustomStringConvertible {
    public let mantissa: Int64
    public let scale: Int

    public static let maximumScale = 9
    public static let zero = DecimalNumber(mantissa: 0, scale: 0)

    public init(mantissa: Int64, scale: Int) {
        precondition(scale >= 0 && scale <= DecimalNumber.maximumScale, "decimal scale out of range")
        self.mantissa = mantissa
        self.scale = scale
    }

    /// Parses the strict form `-?(0|[1-9][0-9]*)(\.[0-9]+)?`: no plus sign,
    /// no exponent, no leading zeros, no bare point, at most
    /// `maximumScale` decimals and a value that fits in Int64.
    public init(parsing text: String) throws(DecimalParseError) {
        var text = text
        let result = text.withUTF8 { utf8 in Result { () throws(DecimalParseError) in try DecimalNumber(utf8: utf8) } }
        self = try result.get()
    }

    /// `init(parsing:)` on UTF-8 bytes, for decoders that have not made a
    /// `String` of them.
    public init(utf8: UnsafeBufferPointer<UInt8>) throws(DecimalParseError) {
        var bytes = utf8[...]
        guard !bytes.isEmpty else { throw .notADecimal }
        var negative = false
        if bytes.first == UInt8(ascii: "-") { negative = true; bytes = bytes.dropFirst() }
        guard let first = bytes.first, isDigit(first) else { throw .notADecimal }
        var magnitude: Int64 = 0
        var scale = 0
        var seenPoint = false
        var integerDigits = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { throw .notADecimal }
                seenPoint = true
                continue
            }
            guard isDigit(byte) else { throw .notADecimal }
            if seenPoint { scale += 1 } else {
                integerDigits += 1
                if integerDigits == 2 && first == UInt8(ascii: "0") { throw .notADecimal }
            }
            let (times, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (plus, overflow2) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { throw .outOfRange }
            magnitude = plus
        }
        if seenPoint && scale == 0 { throw .notADecimal }
        guard scale <= DecimalNumber.maximumScale else { throw .tooManyDecimals(scale) }
        self.init(mantissa: negative ? -magnitude : magnitude, scale: scale)
    }

    public var isNegative: Bool { mantissa < 0 }
    public var isZero: Bool { mantissa == 0 }

    /// The mantissa expressed at a larger scale (exact), or nil on overflow.
    public func mantissa(atScale target: Int) -> Int64? {
        precondition(target >= scale)
        var value = mantissa
        for _ in 0..<(target - scale) {
            let (next, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = next
        }
        return value
    }

    public var description: String {
        DecimalFormatting.string(mantissa: mantissa, scale: scale)
    }

    /// Compares two decimals by value (1.50 == 1.5).
    public func compare(_ other: DecimalNumber) -> Int {
        let common = max(scale, other.scale)
        let left = Int128(mantissa) * pow10(common - scale)
        let right = Int128(other.mantissa) * pow10(common - other.scale)
        return left < right ? -1 : (left > right ? 1 : 0)
    }
}

public enum DecimalParseError: Error, Equatable, Sendable {
    case notADecimal
    case tooManyDecimals(Int)
    case outOfRange
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

/// 10^n as Int128 (n ≤ 30).
public func pow10(_ n: Int) -> Int128 {
    var value: Int128 = 1
    for _ in 0..<n { value *= 10 }
    return value
}

enum DecimalFormatting {
    static func string(mantissa: Int64, scale: Int) -> String {
        let negative = mantissa < 0
        var digits = String(mantissa.magnitude)
        if scale > 0 {
            if digits.count <= scale {
                digits = String(repeating: "0", count: scale - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return negative ? "-" + digits : digits
    }
}
