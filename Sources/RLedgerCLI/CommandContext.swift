import EventStore
import LedgerCore

/// What a command runs with: the ledger directory, the console, the
/// environment, and the clock.
///
/// Example: `rledger --ledger /srv/ledger verify` runs `VerifyCommand` with
/// `context.ledger == "/srv/ledger"`; with `RLEDGER_NOW=2026-11-01T00:00:00Z`
/// in the environment, `try context.now()` is that instant.
public struct CommandContext {
    public static let defaultLedger = "EventLogs"

    public let ledger: String
    public let console: any Console
    public let environment: [String: String]

    public init(ledger: String = CommandContext.defaultLedger, console: any Console, environment: [String: String]) {
        self.ledger = ledger
        self.console = console
        self.environment = environment
    }

    /// The instant appends record: `RLEDGER_NOW` when set, else the system clock.
    public func now() throws -> Instant { try Clock.now(environment: environment) }

    /// Injects a store write fault in debug builds (`WriteFault`); a release
    /// build ignores it. Documented in Docs/Reliability.md.
    public static let writeFaultVariable = "RLEDGER_DEBUG_WRITE_FAULT"

    public func openStore() throws -> LedgerStore {
        let store = try LedgerStore(opening: ledger)
        #if DEBUG
        if let text = environment[Self.writeFaultVariable] {
            guard let fault = WriteFault(parsing: text) else {
                throw CLIError.usage("\(Self.writeFaultVariable)=\"\(text)\" is not a fault (e.g. write#1:fail-after=100, fsync#2:fail)")
            }
            store.writeFault = fault
        }
        #endif
        return store
    }
}
