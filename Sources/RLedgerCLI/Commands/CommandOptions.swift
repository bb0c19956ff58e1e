import LedgerCore

/// Parses the option values commands share, with usage errors that name
/// the command, the option and the expected form.
///
/// Example: `rledger balances --as-of 2026-02-30` fails with
/// `balances: --as-of "2026-02-30" is not a date (YYYY-MM-DD)` (exit 2).
enum CommandOptions {
    static func date(_ arguments: ParsedArguments, _ option: String, command: String) throws -> CivilDate? {
        guard let text = arguments.value(option) else { return nil }
        guard let date = CivilDate(parsing: text) else {
            throw CLIError.usage("\(command): --\(option) \"\(text)\" is not a date (YYYY-MM-DD)")
        }
        return date
    }

    static func instant(_ arguments: ParsedArguments, _ option: String, command: String) throws -> Instant? {
        guard let text = arguments.value(option) else { return nil }
        guard let instant = Instant(parsing: text) else {
            throw CLIError.usage("\(command): --\(option) \"\(text)\" is not an RFC 3339 UTC instant (e.g. 2026-11-01T00:00:00Z)")
        }
        return instant
    }

    static func month(_ arguments: ParsedArguments, _ option: String, command: String) throws -> Month? {
        guard let text = arguments.value(option) else { return nil }
        guard let month = Month(parsing: text) else {
            throw CLIError.usage("\(command): --\(option) \"\(text)\" is not a month (YYYY-MM)")
        }
        return month
    }

    static func requiredMonth(_ arguments: ParsedArguments, _ option: String, command: String) throws -> Month {
        guard let month = try month(arguments, option, command: command) else {
            throw CLIError.usage("\(command): --\(option) YYYY-MM is required")
        }
        return month
    }

    static func format(_ arguments: ParsedArguments, allowed: [String], command: String) throws -> String {
        let format = arguments.value("format") ?? allowed[0]
        guard allowed.contains(format) else {
            throw CLIError.usage("\(command): --format \"\(format)\" is not one of \(allowed.joined(separator: ", "))")
        }
        return format
    }

    static func noPositionals(_ arguments: ParsedArguments, command: String) throws {
        guard arguments.positionals.isEmpty else {
            throw CLIError.usage("\(command): unexpected argument \"\(arguments.positionals[0])\" (run `rledger \(command) --help`)")
        }
    }
}
