import Foundation
import LedgerCore
import LedgerEvents
import Reports

/// `rledger reconcile`: aging, unapplied credit, tie-outs, bank matching.
/// Exit 0 when everything ties, 1 when something does not.
/// Example: `rledger reconcile --as-of 2026-10-31 --bank october.csv`.
enum ReconcileCommand: Command {
    static let name = "reconcile"
    static let summary = "Aging, unapplied credit, tie-outs and bank matching; exit 1 when something does not tie"
    static let usage = """
        usage: rledger reconcile [--as-of DATE] [--bank FILE.csv] [--format table|json|csv]

        Reports, as of DATE (default today): aging of open invoices and late
        fees per reseller and program (current, 1–30, 31–60, 61–90, over 90
        days past due); unapplied credit; tie-outs — the trial balance is zero,
        reseller balances equal the receivable control total, every invoice's
        lines, tax and total agree, open items and allocations reconcile with
        each balance, rebates and SPIF recomputed equal those credited, the
        hash chain verifies — each "ok" or the difference. With --bank, a bank
        statement (RFC 4180 CSV with columns date, amount, currency,
        reference and optionally counterparty) is matched to the payments by
        reference, then by amount and date within 3 days.
        Exit status 0 when everything ties, 1 when something does not.
          --as-of DATE     the reconciliation date
          --bank FILE.csv  a bank statement to match
          --format F       table (default), json or csv

        """
    static let options = [OptionSpec("as-of"), OptionSpec("bank"), OptionSpec("format")]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        try CommandOptions.noPositionals(arguments, command: name)
        let format = try CommandOptions.format(arguments, allowed: ["table", "json", "csv"], command: name)
        let asOf = try CommandOptions.date(arguments, "as-of", command: name) ?? context.now().date
        let store = try context.openStore()
        let verification = store.verify()
        let events = verification.isClean ? try store.read(asOf: asOf, knownAt: nil) : []
        let bank = try arguments.value("bank").map { path in try matching(path, events: events) }
        let report = ReconcileReport(events: events, asOf: asOf, chainProblems: verification.isClean ? [] : verification.lines, bank: bank)
        switch format {
        case "json": context.console.output(Array(report.json().utf8))
        case "csv": context.console.output(Array(report.csv().utf8))
        default: context.console.output(Array(report.table().utf8))
        }
        return report.isReconciled ? ExitCode.ok : ExitCode.refused
    }

    /// Matches the statement to the payments dated within its date range
    /// (widened by the matching window), so older payments are not reported
    /// as missing from the bank.
    static func matching(_ path: String, events: [Event]) throws -> BankMatching {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw CLIError.refused("\(path): cannot read the bank statement (\(error.localizedDescription))")
        }
        let statement: BankStatement
        do { statement = try BankStatement(csv: text) } catch { throw CLIError.refused("\(path): \(error)") }
        let dates = statement.lines.map(\.date)
        guard let first = dates.min(), let last = dates.max() else { return BankMatching(bank: [], payments: []) }
        let window = BankMatching.maximumDayDifference
        let payments = LedgerPayment.all(in: events).filter {
            $0.date >= first.adding(days: -window) && $0.date <= last.adding(days: window)
        }
        return BankMatching(bank: statement.lines, payments: payments)
    }
}
