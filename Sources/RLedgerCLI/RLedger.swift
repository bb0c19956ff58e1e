import EventStore
import Foundation
import LedgerEvents

/// The `rledger` dispatcher: finds the command, parses its options (plus
/// `--ledger DIR` and `--help`, accepted before or after the command name),
/// runs it, and turns whatever it throws into a message and an exit status.
///
/// Example: `RLedger.main(arguments: ["--ledger", "L", "verify"])` verifies
/// the ledger in `L` and returns 0 or 1; `["frobnicate"]` prints
/// `rledger: unknown command "frobnicate" (run `rledger help` for the list)`
/// and returns 2.
public enum RLedger {
    public static func main(arguments: [String]) -> Int32 {
        let console = StandardConsole()
        let status = main(arguments: arguments, console: console, environment: ProcessInfo.processInfo.environment)
        console.flush()
        return status
    }

    public static func main(arguments: [String], console: any Console, environment: [String: String]) -> Int32 {
        do {
            return try dispatch(arguments, console: console, environment: environment)
        } catch {
            console.message(message(for: error))
            return exitStatus(for: error)
        }
    }

    static func dispatch(_ arguments: [String], console: any Console, environment: [String: String]) throws -> Int32 {
        guard let index = commandIndex(in: arguments) else {
            let parsed = try ArgumentParser.parse(arguments, options: CommandRegistry.globalOptions)
            guard parsed.has("help") else { throw CLIError.usage("no command given (run `rledger help` for the list)") }
            console.output(Array(HelpCommand.generalUsage.utf8))
            return ExitCode.ok
        }
        let name = arguments[index]
        guard let command = CommandRegistry.command(named: name) else {
            throw CLIError.usage("unknown command \"\(name)\" (run `rledger help` for the list)")
        }
        var rest = arguments
        rest.remove(at: index)
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(rest, options: CommandRegistry.globalOptions + command.options)
        } catch {
            throw CLIError.usage("\(name): \(error.message) (run `rledger \(name) --help`)")
        }
        if parsed.has("help") {
            console.output(Array(command.usage.utf8))
            return ExitCode.ok
        }
        let context = CommandContext(ledger: parsed.value("ledger") ?? CommandContext.defaultLedger,
                                     console: console, environment: environment)
        return try command.run(parsed, context: context)
    }

    /// The first word that is neither an option nor the value of `--ledger`.
    static func commandIndex(in arguments: [String]) -> Int? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--ledger" {
                index += 2
            } else if argument.hasPrefix("-") && argument != "-" {
                index += 1
            } else {
                return index
            }
        }
        return nil
    }

    static func message(for error: any Error) -> String {
        switch error {
        case CLIError.usage(let text), CLIError.refused(let text): text
        case let error as UsageError: error.message
        default: String(describing: error)
        }
    }

    /// 2 for what the command line got wrong, 1 for everything else: a
    /// refused input, a damaged ledger, a failed read or write.
    static func exitStatus(for error: any Error) -> Int32 {
        switch error {
        case CLIError.usage, is UsageError: ExitCode.usage
        default: ExitCode.refused
        }
    }
}
