/// One `rledger` subcommand. A new command is a new file with a type
/// conforming to this protocol, plus one entry in `CommandRegistry.all`.
///
/// Example: `VerifyCommand` has `name == "verify"`, no options of its own,
/// and `run` returns `ExitCode.refused` when the ledger is damaged. The
/// dispatcher has already handled `--help` and `--ledger` when `run` is called.
public protocol Command: Sendable {
    static var name: String { get }
    /// One line for the list in `rledger help`.
    static var summary: String { get }
    /// The full text printed by `rledger COMMAND --help`.
    static var usage: String { get }
    /// The command's own options; `--ledger` and `--help` are added for every command.
    static var options: [OptionSpec] { get }
    /// Runs the command; throws `CLIError`, `UsageError`, `StoreError` or
    /// `LocatedError` to end with a message (see `RLedger.exitStatus`).
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32
}
