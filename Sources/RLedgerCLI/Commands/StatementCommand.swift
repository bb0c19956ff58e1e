import LedgerCore
import LedgerEvents
import Billing
import Reports

/// `rledger statement RESELLER --program P --period YYYY-MM`: a statement
/// that was sent, rendered again exactly as the ledger knew it when it was
/// issued, and checked against the SHA-256 its `statement.issued` recorded.
///
/// Example: `rledger statement R-HANSA --program groupdocs --period 2026-03 > hansa-march.html`
/// prints the same bytes that month-end wrote to out/2026-03/, even after
/// back-dated facts changed the figures since.
enum StatementCommand: Command {
    static let name = "statement"
    static let summary = "Render a statement that was issued again, exactly as sent, and check its SHA-256"
    static let usage = """
        usage: rledger statement RESELLER --program P --period YYYY-MM [--format html|json]

        Renders the statement month-end issued for RESELLER in program P for the
        month, from the facts the ledger held when it was issued (facts
        recorded later are left out), and checks the HTML against the SHA-256
        recorded in its statement.issued event. Exit 1 when they differ or no
        statement was issued.
          --program P       the program
          --period YYYY-MM  the statement's month
          --format F        html (default) or json

        """
    static let options = [OptionSpec("program"), OptionSpec("period"), OptionSpec("format")]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard arguments.positionals.count == 1 else { throw CLIError.usage("\(name): give exactly one reseller id") }
        let reseller = arguments.positionals[0]
        guard let program = arguments.value("program") else { throw CLIError.usage("\(name): --program P is required") }
        let month = try CommandOptions.requiredMonth(arguments, "period", command: name)
        let format = try CommandOptions.format(arguments, allowed: ["html", "json"], command: name)
        let events = try context.openStore().readAll()
        guard let issued = events.first(where: { event in
            if case .statementIssued(let p) = event.payload { return p.reseller == reseller && p.program == program && p.period == month.description }
            return false
        }), case .statementIssued(let recorded) = issued.payload else {
            throw CLIError.refused("no statement was issued for \(reseller) in \(program) for \(month)")
        }
        guard let statement = StatementReplay.statement(events: events, issued: issued, month: month) else {
            throw CLIError.refused("the statement for \(reseller) in \(program) for \(month) cannot be rendered again from the ledger")
        }
        let html = statement.html()
        let sha = SHA256.hexDigest(Array(html.utf8))
        context.console.output(Array((format == "json" ? statement.json() : html).utf8))
        guard sha == recorded.sha256 else {
            throw CLIError.refused("the statement rendered again has SHA-256 \(sha), but \(recorded.sha256) was recorded when it was issued")
        }
        return ExitCode.ok
    }
}

/// Rebuilds a statement from what the ledger held when it was issued: the
/// events recorded no later than the statement and appended before it.
enum StatementReplay {
    static func statement(events: [Event], issued: Event, month: Month) -> Statement? {
        guard case .statementIssued(let p) = issued.payload, let recorded = issued.recorded else { return nil }
        let known = events.filter { ($0.recorded.map { $0 <= recorded } ?? true) && $0.seq < issued.seq }
        let visible = known.filter { BillingRun.isVisible($0, through: month.lastDay) }
        let state = Projection.replay(visible)
        return Statement.statements(events: known.filter { $0.effective <= month.lastDay }, state: state, month: month)
            .first { $0.reseller == p.reseller && $0.program == p.program }
    }
}
