import LedgerCore
import Billing
import Reports

/// `rledger balances`: balance, open and overdue per reseller and program.
/// Example: `rledger balances --as-of 2026-06-30 --format json` prints the
/// output contract of EVENTS.md.
enum BalancesCommand: Command {
    static let name = "balances"
    static let summary = "Balances, open and overdue amounts per reseller and program"
    static let usage = """
        usage: rledger balances [--as-of DATE] [--known-at INSTANT] [--reseller R] [--format table|json|csv]

        For each enrolled reseller and program: the balance (positive: the
        reseller owes; negative: it holds credit), the open amount of its
        invoices and late fees, and the part of it that is overdue.
          --as-of DATE        facts effective on or before DATE (default today)
          --known-at INSTANT  only facts recorded by INSTANT: what the ledger
                              believed then (e.g. 2026-11-01T00:00:00Z)
          --reseller R        one reseller only
          --format F          table (default), json or csv

        A report that sees every event (as of the ledger's last effective date
        or later, no --known-at before its last recording) keeps its positions
        in derived/balances.snapshot; the next such report reads them instead
        of replaying the ledger, as long as no event file changed (`append`
        brings the snapshot up to date with what it adds).

        """
    static let options = [OptionSpec("as-of"), OptionSpec("known-at"), OptionSpec("reseller"), OptionSpec("format")]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        try CommandOptions.noPositionals(arguments, command: name)
        let format = try CommandOptions.format(arguments, allowed: ["table", "json", "csv"], command: name)
        let asOf = try CommandOptions.date(arguments, "as-of", command: name) ?? context.now().date
        let knownAt = try CommandOptions.instant(arguments, "known-at", command: name)
        let positions = try BalanceSnapshotCache.positions(context.openStore(), asOf: asOf, knownAt: knownAt)
        let report = BalanceReport(positions: positions, asOf: asOf, reseller: arguments.value("reseller"))
        switch format {
        case "json": context.console.output(Array(report.json().utf8))
        case "csv": context.console.output(Array(report.csv().utf8))
        default: context.console.output(Array(report.table().utf8))
        }
        return ExitCode.ok
    }
}
