import LedgerCore
import Billing
import Reports

/// `rledger quarter-close --quarter YYYY-Qn`: tier evaluations and rebates,
/// on their own (month-end runs them when a month ends a quarter).
/// Example: `rledger quarter-close --quarter 2026-Q2`.
enum QuarterCloseCommand: Command {
    static let name = "quarter-close"
    static let summary = "Close a quarter: ByteKast tier evaluations and rebates (with prior-quarter adjustments)"
    static let usage = """
        usage: rledger quarter-close --quarter YYYY-Qn [--dry-run]

        Evaluates automatic tiers by active accounts on the quarter's last day
        (effective the next quarter's first day), and credits rebates for the
        quarter and every earlier quarter of this and the previous year, as the
        difference to what was already credited. Month-end runs this itself when
        a month ends a quarter.
          --quarter YYYY-Qn  the quarter to close (e.g. 2026-Q3)
          --dry-run          print what would be appended; append nothing

        """
    static let options = [OptionSpec("quarter"), OptionSpec("dry-run", takesValue: false)]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        try CommandOptions.noPositionals(arguments, command: name)
        guard let text = arguments.value("quarter") else { throw CLIError.usage("\(name): --quarter YYYY-Qn is required") }
        guard let quarter = Quarter(parsing: text) else { throw CLIError.usage("\(name): --quarter \"\(text)\" is not a quarter (YYYY-Qn)") }
        try RunExecution.requireEnded(quarter.lastDay, "quarter-close \(quarter)", context: context)
        return try RunExecution.execute(
            context: context, dryRun: arguments.has("dry-run"), outDirectory: nil,
            check: { events in try RunExecution.guardRefusal { () throws(RunGuard.Refusal) in try RunGuard.checkQuarterClose(quarter, events: events) } },
            plan: { events in RunPlanner.quarterClose(events: events, quarter: quarter) })
    }
}

/// `rledger year-close --year YYYY`: SPIF and rebate settlement for the year
/// and the previous one, and the annual-sales eligibility report.
/// Example: `rledger year-close --year 2026`.
enum YearCloseCommand: Command {
    static let name = "year-close"
    static let summary = "Close a year: SPIF, rebate settlement, annual-sales eligibility report"
    static let usage = """
        usage: rledger year-close --year YYYY [--dry-run]

        Awards the SPIF by the terms' step table and settles rebates for the
        year and the previous one (as differences), then prints each partner's
        annual sales against the thresholds of programs whose tiers are
        reviewed by hand (eligibility only: nothing is appended for it).
          --year YYYY   the year to close
          --dry-run     print what would be appended; append nothing

        """
    static let options = [OptionSpec("year"), OptionSpec("dry-run", takesValue: false)]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        try CommandOptions.noPositionals(arguments, command: name)
        guard let text = arguments.value("year") else { throw CLIError.usage("\(name): --year YYYY is required") }
        guard let year = Year(parsing: text) else { throw CLIError.usage("\(name): --year \"\(text)\" is not a year (YYYY)") }
        try RunExecution.requireEnded(year.lastDay, "year-close \(year)", context: context)
        let status = try RunExecution.execute(
            context: context, dryRun: arguments.has("dry-run"), outDirectory: nil,
            check: { events in try RunExecution.guardRefusal { () throws(RunGuard.Refusal) in try RunGuard.checkYearClose(year, events: events) } },
            plan: { events in RunPlanner.yearClose(events: events, year: year) })
        let events = try context.openStore().read(asOf: year.lastDay, knownAt: nil)
        context.console.output(Array(EligibilityReport(events: events, year: year).table().utf8))
        return status
    }
}
