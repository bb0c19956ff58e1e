import LedgerCore
import Reports

/// `rledger audit RESELLER`: the reseller's history with every derived amount explained.
/// Example: `rledger audit R-HANSA --known-at 2026-05-01T00:00:00Z` shows
/// what the ledger believed on 1 May, before facts recorded later.
enum AuditCommand: Command {
    static let name = "audit"
    static let summary = "Replay one reseller's history with running balances and the reason for every amount"
    static let usage = """
        usage: rledger audit RESELLER [--program P] [--as-of DATE] [--known-at INSTANT] [--format table|json|html]

        Every event of the reseller in business-date order with its effect on
        the balance and the running balance per program, and for each amount
        the ledger derived, why: the rule, the terms (program.terms seq) and
        the inputs — discounts and tiers, due dates, tax, interest day by day,
        rebates and SPIF, allocations of payments.
          --program P         one program only
          --as-of DATE        events effective on or before DATE
          --known-at INSTANT  only what had been recorded by INSTANT: re-derive
                              what the ledger believed then (e.g. when a
                              statement was sent)
          --format F          table (default), json or html

        It reads only the reseller's lines, found through the derived index
        (EventLogs/derived/, rebuilt by `rledger verify`), each checked against
        the hash chain; without a usable index it replays the whole ledger.

        """
    static let options = [OptionSpec("program"), OptionSpec("as-of"), OptionSpec("known-at"), OptionSpec("format")]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard arguments.positionals.count == 1 else { throw CLIError.usage("\(name): give exactly one reseller id") }
        let reseller = arguments.positionals[0]
        let format = try CommandOptions.format(arguments, allowed: ["table", "json", "html"], command: name)
        let asOf = try CommandOptions.date(arguments, "as-of", command: name)
        let knownAt = try CommandOptions.instant(arguments, "known-at", command: name)
        // The derived index gives the reseller's lines and those of no
        // reseller without reading the rest; without it, the whole ledger.
        let store = try context.openStore()
        let stored = try store.readResellerEvents(reseller) ?? store.readAll()
        let events = Bitemporal.events(stored, asOf: asOf, knownAt: knownAt)
        guard events.contains(where: { $0.payload.reseller == reseller }) else {
            throw CLIError.refused("no events for reseller \"\(reseller)\" in the ledger\(knownAt.map { " as known at \($0)" } ?? "")")
        }
        let trail = AuditTrail(events: events, reseller: reseller, program: arguments.value("program"))
        switch format {
        case "json": context.console.output(Array(trail.json().utf8))
        case "html": context.console.output(Array(trail.html().utf8))
        default: context.console.output(Array(trail.table().utf8))
        }
        return ExitCode.ok
    }
}
