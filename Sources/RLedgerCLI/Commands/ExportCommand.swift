import LedgerCore
import Reports

/// `rledger export --format hledger|beancount`: the postings as a journal.
/// Example: `rledger export --format beancount > ledger.beancount && bean-check ledger.beancount`.
enum ExportCommand: Command {
    static let name = "export"
    static let summary = "Write the double-entry postings as an hledger or beancount journal"
    static let usage = """
        usage: rledger export --format hledger|beancount [--as-of DATE]

        Prints one transaction per money event (invoices, credit notes, late
        fees, payments, refunds, rebates, SPIF, awards) with its balanced
        postings, the event id and seq as metadata. hledger's and beancount's
        balance reports of the journal equal `rledger balances` to the cent.
          --format F     hledger or beancount
          --as-of DATE   events effective on or before DATE only

        """
    static let options = [OptionSpec("format"), OptionSpec("as-of")]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        try CommandOptions.noPositionals(arguments, command: name)
        guard let text = arguments.value("format") else { throw CLIError.usage("\(name): --format hledger|beancount is required") }
        guard let format = JournalFormat(rawValue: text) else {
            throw CLIError.usage("\(name): --format \"\(text)\" is not one of hledger, beancount")
        }
        let asOf = try CommandOptions.date(arguments, "as-of", command: name)
        let events = try context.openStore().readAll()
        context.console.output(Array(JournalExport.journal(events: events, format: format, asOf: asOf).utf8))
        return ExitCode.ok
    }
}
