#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EventStore
import LedgerCore

/// `rledger generate`: a synthetic, valid ledger for benchmarks and demos.
///
/// Example: `rledger generate --resellers 400 --months 12 --seed 7 --out /tmp/gen`
/// creates the ledger `/tmp/gen` and prints
/// `generated N events (F facts, R from month-end runs) for 400 resellers over 12 months in /tmp/gen`;
/// the same seed gives the same events (and, with `RLEDGER_NOW`-independent
/// `recorded` times, the same bytes) on every machine.
enum GenerateCommand: Command {
    static let name = "generate"
    static let summary = "Generate a synthetic, valid ledger (for benchmarks and demos)"
    static let usage = """
        usage: rledger generate --resellers N --months M [--seed S] --out DIR

        Creates a new ledger in DIR and fills it with a realistic, valid
        history from January 2026 on: the four program presets, N resellers
        spread over them, enrolments, orders of several lines, ByteKast
        accounts set up and cancelled, opportunities, payments on time, late,
        partial and over-paid, refunds and awards, and for every month what
        month-end issues (invoices, credit notes, late interest, tiers,
        rebates, SPIF; no statements). The same seed always gives the same
        ledger. Progress goes to stderr when it is a terminal.
          --resellers N   resellers in all (1…1000000)
          --months M      months of history (1…600)
          --seed S        the seed (default 1)
          --out DIR       where to create the ledger (refused if it holds one)

        """
    static let options = [OptionSpec("resellers"), OptionSpec("months"), OptionSpec("seed"), OptionSpec("out")]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        try CommandOptions.noPositionals(arguments, command: name)
        let resellers = try count(arguments, "resellers", 1...1_000_000)
        let months = try count(arguments, "months", 1...600)
        let seedText = arguments.value("seed") ?? "1"
        guard let seed = UInt64(seedText) else { throw CLIError.usage("\(name): --seed \"\(seedText)\" is not a whole number ≥ 0") }
        guard let directory = arguments.value("out") else { throw CLIError.usage("\(name): --out DIR is required") }
        let store = try LedgerStore.create(at: directory)
        let showsProgress = isatty(STDERR_FILENO) == 1
        var writer = GeneratedLedgerWriter(
            generator: LedgerGenerator(seed: seed, resellers: resellers, months: months),
            progress: { month, events in
                if showsProgress { context.console.message("generate: \(month) done, \(events) events") }
            })
        let summary = try writer.write(to: store)
        context.console.line("generated \(summary.events) events (\(summary.facts) facts, \(summary.runEvents) from month-end runs) "
            + "for \(resellers) resellers over \(months) months in \(directory)")
        return ExitCode.ok
    }

    private static func count(_ arguments: ParsedArguments, _ option: String, _ range: ClosedRange<Int>) throws -> Int {
        guard let text = arguments.value(option) else { throw CLIError.usage("\(name): --\(option) is required") }
        guard let value = Int(text), range.contains(value) else {
            throw CLIError.usage("\(name): --\(option) \"\(text)\" is not a whole number in \(range.lowerBound)…\(range.upperBound)")
        }
        return value
    }
}
