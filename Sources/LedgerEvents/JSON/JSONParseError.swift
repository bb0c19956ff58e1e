/// Why a JSON text was refused, and where: the byte offset from the start
/// of the input (of the line, for event files), so a message can point at
/// the exact spot.
///
/// Example: parsing `{"amount":"1","amount":"2"}` fails with offset 14 (the
/// second key's opening quote) and message `duplicate key "amount"`.
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Byte offset in the input, counted from 0.
    public let offset: Int
    /// A short, human-readable sentence without a trailing period.
    public let message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "\(message) (at byte \(offset))" }
}
