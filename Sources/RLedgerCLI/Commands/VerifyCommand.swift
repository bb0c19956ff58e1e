import EventStore

/// `rledger verify`: checks every line, chain and seq of the ledger and the
/// manifest; prints `ok: …` or one line per problem.
///
/// Example: on an intact ledger of 12 events it prints
/// `ok: 12 events in 9 files, chains verified` and exits 0; after an edit
/// it prints `orders.jsonl:3: chain mismatch: …`, then on stderr
/// `rledger: the ledger is damaged: 1 problem found`, and exits 1. A file
/// others may read adds `rledger: warning: orders.jsonl: readable by others
/// than its owner (mode 0644); …` on stderr and does not change the status.
enum VerifyCommand: Command {
    static let name = "verify"
    static let summary = "Check every line, chain and seq of the ledger"
    static let usage = """
        usage: rledger verify

        Reads every event file of the ledger and checks each line's hash chain,
        the seqs across files (exactly 1…N), and the manifest. Prints
        `ok: N events in K files, chains verified`, or one line per problem with
        its file and line number, and then exits with status 1. Warns (on
        standard error, without changing the status) about ledger files that
        others than the owner may read, and event files so large that rotation
        is advised. The derived data in `derived/` is rebuilt from what was read;
        a balances snapshot is checked against a replay of the ledger and
        rebuilt when it differs (with a warning: it is derived, nothing is lost).

        """
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard arguments.positionals.isEmpty else { throw CLIError.usage("verify: takes no arguments") }
        let store = try context.openStore()
        let report = store.verify()
        for line in report.lines { context.console.line(line) }
        let snapshotWarning = report.isClean ? try BalanceSnapshotCache.check(store) : nil
        // Warnings go to standard error and leave the exit status alone:
        // the ledger itself reads correctly.
        for warning in summarized(report.warnings, ledger: context.ledger) + (snapshotWarning.map { [$0] } ?? []) {
            context.console.message("warning: \(warning)")
        }
        guard !report.isClean else { return ExitCode.ok }
        let count = report.problems.count == 1 ? "1 problem found" : "\(report.problems.count) problems found"
        context.console.message(report.isRepairable
            ? "the ledger is damaged: \(count), all left by an interrupted append; `rledger repair` moves them to quarantine"
            : "the ledger is damaged: \(count)")
        return ExitCode.refused
    }

    /// One line for all the files others may read (a fresh `git clone` of a
    /// ledger makes every file 0644), with the command that fixes them;
    /// other warnings as they are.
    /// Example: `10 ledger files are readable by others than their owner
    /// (programs.jsonl, …, .lock); ledger data is financial data: run `chmod 600 EventLogs/*.jsonl …``.
    static func summarized(_ warnings: [StoreWarning], ledger: String) -> [String] {
        let exposed = warnings.compactMap { warning -> String? in
            if case .exposed(let file, _) = warning { file } else { nil }
        }
        guard exposed.count > 1 else { return warnings.map(\.description) }
        let paths = exposed.map { "\(ledger)/\($0)" }.joined(separator: " ")
        let summary = "\(exposed.count) ledger files are readable by others than their owner (\(exposed.joined(separator: ", "))); "
            + "ledger data is financial data: run `chmod 600 \(paths)`"
        return [summary] + warnings.filter { if case .exposed = $0 { false } else { true } }.map(\.description)
    }
}
