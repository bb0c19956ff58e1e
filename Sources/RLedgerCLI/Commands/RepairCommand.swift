import EventStore

/// `rledger repair`: moves torn tails into `quarantine/`.
///
/// Example: after a crash left 37 bytes at the end of `orders.jsonl`, it
/// prints `orders.jsonl: moved 37 bytes (from line 6 on) to quarantine/orders.jsonl.20261101T000000Z`
/// and exits 0; on an intact ledger it prints
/// `nothing to repair: the ledger verifies clean`.
enum RepairCommand: Command {
    static let name = "repair"
    static let summary = "Move what an interrupted append left into quarantine"
    static let usage = """
        usage: rledger repair

        Moves the bytes an interrupted append left after a file's committed end
        (a torn last line, lines written before the crash but never committed)
        into DIR/quarantine/<file>.<timestamp>, and cuts the file back to its
        committed end. No byte is deleted. Any other damage is refused, and
        then nothing is changed: it needs a person (see `rledger verify`).

        """
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard arguments.positionals.isEmpty else { throw CLIError.usage("repair: takes no arguments") }
        let now = try context.now()
        let report = try context.openStore().repair(now: now)
        for line in report.lines { context.console.line(line) }
        return ExitCode.ok
    }
}
