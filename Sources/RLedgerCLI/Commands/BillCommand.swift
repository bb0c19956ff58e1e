import LedgerCore

/// `rledger bill [--through DATE] [--dry-run]`: invoices only.
/// Example: `rledger bill --through 2026-10-31` invoices every order and
/// service month through 31 October not yet invoiced; twice appends nothing.
enum BillCommand: Command {
    static let name = "bill"
    static let summary = "Issue invoices for orders and service months not yet invoiced"
    static let usage = """
        usage: rledger bill [--through DATE] [--dry-run]

        Issues invoices for every order dated on or before DATE and every
        chargeable service month ending on or before DATE that has no invoice
        yet (default DATE: today). Numbers are gapless per program and year;
        dates, numbers and amounts come from the events, never the clock.
          --through DATE   bill through this date (YYYY-MM-DD)
          --dry-run        print what would be appended; append nothing

        """
    static let options = [OptionSpec("through"), OptionSpec("dry-run", takesValue: false)]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        try CommandOptions.noPositionals(arguments, command: name)
        let through = try CommandOptions.date(arguments, "through", command: name) ?? context.now().date
        try RunExecution.requireEnded(through, "bill --through \(through)", context: context)
        return try RunExecution.execute(context: context, dryRun: arguments.has("dry-run"), outDirectory: nil,
                                        check: { _ in }, plan: { events in RunPlanner.bill(events: events, through: through) })
    }
}
