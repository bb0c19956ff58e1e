/// A command line the program cannot act on. The CLI prints the message
/// and exits with status 2 (DESIGN.md §6), so it is written for the person
/// who typed the command.
///
/// Example: `rledger month-end --period` fails with
/// `option '--period' needs a value`.
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
