/// A refusal found while decoding one event line: the field path
/// (`lines[0].unitPrice`) and what is wrong with it. The caller adds the
/// file and line number when it prints the message.
///
/// Example: `DecodeError(field: "lines[0].quantity", message: "must be an integer of at least 1, got 0")`
/// prints as `orders.jsonl:3: lines[0].quantity: must be an integer of at least 1, got 0`.
public struct DecodeError: Error, Equatable, Sendable, CustomStringConvertible {
    public let field: String
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { field.isEmpty ? message : "\(field): \(message)" }
}

/// Where an input line came from, for messages: `orders.jsonl:3`.
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// A refusal with its location: what every command prints for bad input.
public struct LocatedError: Error, Equatable, Sendable, CustomStringConvertible {
    public let location: SourceLocation
    public let error: DecodeError

    public init(location: SourceLocation, error: DecodeError) {
        self.location = location
        self.error = error
    }

    public var description: String { "\(location): \(error)" }
}
