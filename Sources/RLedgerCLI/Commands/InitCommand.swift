import EventStore

/// `rledger init [DIR]`: creates an empty ledger.
///
/// Example: `rledger init` in an empty checkout creates `EventLogs/` with
/// nine empty event files, `MANIFEST.json` and `.lock`, and prints
/// `created an empty ledger in EventLogs`; run again, it refuses with
/// `rledger: EventLogs already holds a ledger (it has a MANIFEST.json); nothing was changed` (exit 1).
enum InitCommand: Command {
    static let name = "init"
    static let summary = "Create an empty ledger"
    static let usage = """
        usage: rledger init [DIR]

        Creates an empty ledger in DIR (default: --ledger, or EventLogs): one
        empty file per event family, MANIFEST.json and .lock, readable by the
        owner only. Refuses a directory that already holds a ledger or event data.

        """
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard arguments.positionals.count <= 1 else { throw CLIError.usage("init: give at most one directory") }
        let directory = arguments.positionals.first ?? context.ledger
        _ = try LedgerStore.create(at: directory)
        context.console.line("created an empty ledger in \(directory)")
        return ExitCode.ok
    }
}
