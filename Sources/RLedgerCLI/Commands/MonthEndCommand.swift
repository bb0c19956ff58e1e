import LedgerCore
import Billing

/// `rledger month-end --period YYYY-MM`: the product's main job.
///
/// Example: `rledger month-end --period 2026-10` bills October, assesses late
/// interest, issues statements to out/2026-10/, and records the run.
enum MonthEndCommand: Command {
    static let name = "month-end"
    static let summary = "Close a month: invoices, credit notes, interest, statements (and the quarter/year close)"
    static let usage = """
        usage: rledger month-end --period YYYY-MM [--dry-run] [--out DIR]

        Closes the month, in order: invoices for orders and service months not
        yet invoiced (through the month's last day), credit notes for months a
        back-dated cancellation made no longer chargeable, late interest (as the
        difference to what was assessed), and — when the month ends a quarter or
        a year — tier evaluations, rebates and SPIF. Then one statement per
        reseller and program with activity or open items, written as HTML and
        JSON to DIR (default out/YYYY-MM), and a run.completed record.

        Repeating the latest month appends only what is new ("nothing to do"
        when nothing is); a month earlier than the latest month-end is refused.
          --period YYYY-MM   the month to close
          --dry-run          print what would be appended; append nothing
          --out DIR          where documents go (default out/YYYY-MM)

        """
    static let options = [OptionSpec("period"), OptionSpec("dry-run", takesValue: false), OptionSpec("out")]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        try CommandOptions.noPositionals(arguments, command: name)
        let month = try CommandOptions.requiredMonth(arguments, "period", command: name)
        try RunExecution.requireEnded(month.lastDay, "month-end \(month)", context: context)
        return try RunExecution.execute(
            context: context, dryRun: arguments.has("dry-run"), outDirectory: arguments.value("out") ?? "out/\(month)",
            check: { events in try RunExecution.guardRefusal { () throws(RunGuard.Refusal) in try RunGuard.checkMonthEnd(month, events: events) } },
            plan: { events in RunPlanner.monthEnd(events: events, month: month) })
    }
}
