import EventStore
import LedgerCore
import LedgerEvents

/// `rledger log`: prints the stored lines, filtered, in replay order (by
/// effective date, then seq).
///
/// Example: `rledger log --reseller R-ACME --as-of 2026-03-31 --known-at 2026-04-01T00:00:00Z`
/// prints, exactly as stored, every line about R-ACME effective by 31 March
/// that the ledger held at the start of 1 April.
enum LogCommand: Command {
    static let name = "log"
    static let summary = "Print the stored events in replay order, filtered"
    static let usage = """
        usage: rledger log [--reseller R] [--type T] [--as-of DATE] [--known-at INSTANT]

        Prints the stored lines of the ledger, exactly as written (chain
        included), in replay order: by effective date, then seq.
          --reseller R        only events about reseller R
          --type T            only events of type T (e.g. order.placed)
          --as-of DATE        only events effective on or before DATE (YYYY-MM-DD)
          --known-at INSTANT  only events recorded by INSTANT (2026-11-01T00:00:00Z)

        """
    static let options = [OptionSpec("reseller"), OptionSpec("type"), OptionSpec("as-of"), OptionSpec("known-at")]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard arguments.positionals.isEmpty else { throw CLIError.usage("log: takes no arguments, only options") }
        let filter = try Filter(arguments)
        let store = try context.openStore()
        for stored in try store.readStored(asOf: filter.asOf, knownAt: filter.knownAt) where filter.matches(stored.event) {
            context.console.output(stored.line + [0x0A])
        }
        return ExitCode.ok
    }

    /// The options, checked before the ledger is read.
    struct Filter {
        var reseller: String?
        var type: EventType?
        var asOf: CivilDate?
        var knownAt: Instant?

        init(_ arguments: ParsedArguments) throws {
            reseller = arguments.value("reseller")
            if let name = arguments.value("type") {
                guard let type = EventType(rawValue: name) else {
                    throw CLIError.usage("log: --type \"\(name)\" is not an event type of the catalog")
                }
                self.type = type
            }
            if let text = arguments.value("as-of") {
                guard let date = CivilDate(parsing: text) else {
                    throw CLIError.usage("log: --as-of \"\(text)\" is not a date (YYYY-MM-DD)")
                }
                asOf = date
            }
            if let text = arguments.value("known-at") {
                guard let instant = Instant(parsing: text) else {
                    throw CLIError.usage("log: --known-at \"\(text)\" is not an RFC 3339 UTC instant (e.g. 2026-11-01T00:00:00Z)")
                }
                knownAt = instant
            }
        }

        func matches(_ event: Event) -> Bool {
            (reseller == nil || event.payload.reseller == reseller) && (type == nil || event.type == type)
        }
    }
}
