/// The `rledger` command-line parser: long options only, written by hand
/// because the product uses the toolchain and nothing else.
///
/// Example: with options `period` (takes a value) and `dry-run` (a flag),
/// `["month-end", "--period=2026-10", "--dry-run"]` parses to positionals
/// `["month-end"]`, `period = 2026-10` and the flag `dry-run`;
/// `["--period"]` fails with `option '--period' needs a value`.
///
/// Rules: `--name value` and `--name=value`; a value may start with a
/// single dash (`--ledger -`, `--amount -5`) but not with `--`, which is
/// taken as a forgotten value (write `--name=--x` if that is really meant).
/// `--` ends the options; `-` alone is a positional (standard input). Any
/// other word starting with a dash is an option, so an unknown one is an
/// error rather than a positional. Every option may be given once.
public enum ArgumentParser {
    public static func parse(_ arguments: [String], options: [OptionSpec]) throws(UsageError) -> ParsedArguments {
        var specs: [String: OptionSpec] = [:]
        for spec in options {
            precondition(specs.updateValue(spec, forKey: spec.name) == nil, "option '--\(spec.name)' declared twice")
        }
        var parsed = ParsedArguments()
        var position = 0
        var optionsEnded = false
        while position < arguments.count {
            let argument = arguments[position]
            position += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
            } else if argument == "--" {
                optionsEnded = true
            } else {
                let next = position < arguments.count ? arguments[position] : nil
                if try readOption(argument, next: next, specs: specs, into: &parsed) { position += 1 }
            }
        }
        return parsed
    }

    /// Reads one option into `parsed`; returns whether it consumed `next` as its value.
    static func readOption(_ argument: String, next: String?, specs: [String: OptionSpec],
                           into parsed: inout ParsedArguments) throws(UsageError) -> Bool {
        let equals = argument.firstIndex(of: "=")
        let written = String(argument[..<(equals ?? argument.endIndex)])
        let inlineValue = equals.map { String(argument[argument.index(after: $0)...]) }
        guard written.hasPrefix("--"), let spec = specs[String(written.dropFirst(2))] else {
            throw UsageError("unknown option '\(written)'")
        }
        guard parsed.values[spec.name] == nil, !parsed.flags.contains(spec.name) else {
            throw UsageError("option '\(written)' given twice")
        }
        guard spec.takesValue else {
            guard inlineValue == nil else { throw UsageError("option '\(written)' takes no value") }
            parsed.flags.insert(spec.name)
            return false
        }
        // An empty value is refused too: it is almost always an unset shell variable.
        if let inlineValue {
            guard !inlineValue.isEmpty else { throw UsageError("option '\(written)' needs a value") }
            parsed.values[spec.name] = inlineValue
            return false
        }
        guard let next, !next.isEmpty, !next.hasPrefix("--") else {
            throw UsageError("option '\(written)' needs a value")
        }
        parsed.values[spec.name] = next
        return true
    }
}
