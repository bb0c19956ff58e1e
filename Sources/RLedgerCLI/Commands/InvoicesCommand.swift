import LedgerCore
import Billing
import Reports

/// `rledger invoices`: the list of invoices and credit notes.
/// Example: `rledger invoices --reseller R-HANSA --period 2026-03`.
enum InvoicesCommand: Command {
    static let name = "invoices"
    static let summary = "List invoices and credit notes with their open amounts"
    static let usage = """
        usage: rledger invoices [--reseller R] [--period YYYY-MM] [--format table|json|csv]

        Lists every invoice and credit note (number, date, reseller, program,
        kind, due date, total, open amount today).
          --reseller R       one reseller only
          --period YYYY-MM   documents dated in that month only
          --format F         table (default), json or csv

        """
    static let options = [OptionSpec("reseller"), OptionSpec("period"), OptionSpec("format")]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        try CommandOptions.noPositionals(arguments, command: name)
        let format = try CommandOptions.format(arguments, allowed: ["table", "json", "csv"], command: name)
        let period = try CommandOptions.month(arguments, "period", command: name)
        let events = try context.openStore().readAll()
        let list = InvoiceList(events: events, state: Projection.replay(events), reseller: arguments.value("reseller"), period: period)
        switch format {
        case "json": context.console.output(Array(list.json().utf8))
        case "csv": context.console.output(Array(list.csv().utf8))
        default: context.console.output(Array(list.table().utf8))
        }
        return ExitCode.ok
    }
}

/// `rledger invoice NUMBER`: one invoice or credit note as a document.
/// Example: `rledger invoice GD-2026-000005 --format html > GD-2026-000005.html`.
enum InvoiceCommand: Command {
    static let name = "invoice"
    static let summary = "Show one invoice or credit note (text, JSON or printable HTML)"
    static let usage = """
        usage: rledger invoice NUMBER [--format text|json|html]

        Prints the invoice or credit note NUMBER as the reseller receives it:
        issuer, bill-to, end customer, lines with retail price, discount and
        net, tax, total, due date, payment reference and what is still open.
          --format F   text (default), json or html

        """
    static let options = [OptionSpec("format")]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard arguments.positionals.count == 1 else { throw CLIError.usage("\(name): give exactly one invoice or credit-note number") }
        let number = arguments.positionals[0]
        let format = try CommandOptions.format(arguments, allowed: ["text", "json", "html"], command: name)
        let events = try context.openStore().readAll()
        guard let document = InvoiceDocument(number: number, events: events, state: Projection.replay(events)) else {
            throw CLIError.refused("no invoice or credit note numbered \"\(number)\" in the ledger (list them with `rledger invoices`)")
        }
        switch format {
        case "json": context.console.output(Array(document.json().utf8))
        case "html": context.console.output(Array(document.html().utf8))
        default: context.console.output(Array(document.text().utf8))
        }
        return ExitCode.ok
    }
}
