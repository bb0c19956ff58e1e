/// The command-line parser: a table of command lines with the whole parse
/// result, or the exact usage message, each must give.
///
/// Example: `["month-end", "--period=2026-10", "--dry-run"]` gives the
/// positional `month-end`, `period = 2026-10` and the flag `dry-run`;
/// `["--dry-run=1"]` fails with `option '--dry-run' takes no value`.
import Testing
import RLedgerCLI

struct ArgumentsTests {
    static let options = [
        OptionSpec("period"),
        OptionSpec("ledger"),
        OptionSpec("format"),
        OptionSpec("dry-run", takesValue: false),
        OptionSpec("verbose", takesValue: false),
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let expected: Result<ParsedArguments, UsageError>
        var testDescription: String { arguments.isEmpty ? "(none)" : arguments.joined(separator: " ") }

        init(_ arguments: [String], positionals: [String] = [], values: [String: String] = [:], flags: Set<String> = []) {
            self.arguments = arguments
            expected = .success(ParsedArguments(positionals: positionals, values: values, flags: flags))
        }

        init(_ arguments: [String], fails message: String) {
            self.arguments = arguments
            expected = .failure(UsageError(message))
        }
    }

    static let accepted: [Case] = [
        Case([]),
        Case(["month-end", "EventLogs/x.jsonl"], positionals: ["month-end", "EventLogs/x.jsonl"]),
        Case(["--period", "2026-10"], values: ["period": "2026-10"]),
        Case(["--period=2026-10"], values: ["period": "2026-10"]),
        Case(["--format=a=b"], values: ["format": "a=b"]),
        Case(["--dry-run"], flags: ["dry-run"]),
        Case(["month-end", "--period=2026-10", "--dry-run"],
             positionals: ["month-end"], values: ["period": "2026-10"], flags: ["dry-run"]),
        Case(["append", "--ledger", "L", "-", "--dry-run", "--verbose"],
             positionals: ["append", "-"], values: ["ledger": "L"], flags: ["dry-run", "verbose"]),
        Case(["-"], positionals: ["-"]),
        Case(["--ledger", "-"], values: ["ledger": "-"]),
        Case(["--period", "-1"], values: ["period": "-1"]),
        Case(["--period=--x"], values: ["period": "--x"]),
        Case(["--", "--period", "x", "-y"], positionals: ["--period", "x", "-y"]),
        Case(["a", "--", "--", "--dry-run"], positionals: ["a", "--", "--dry-run"]),
        Case(["--dry-run", "--", "-"], positionals: ["-"], flags: ["dry-run"]),
        Case(["--period", "2026-10", "x", "--ledger=L", "y"],
             positionals: ["x", "y"], values: ["period": "2026-10", "ledger": "L"]),
        Case(["--format", "table", "--period", "2026-Q3"], values: ["format": "table", "period": "2026-Q3"]),
    ]

    static let refused: [Case] = [
        Case(["--x"], fails: "unknown option '--x'"),
        Case(["--x=1"], fails: "unknown option '--x'"),
        Case(["-x"], fails: "unknown option '-x'"),
        Case(["-5"], fails: "unknown option '-5'"),
        Case(["---period", "x"], fails: "unknown option '---period'"),
        Case(["--Period", "x"], fails: "unknown option '--Period'"),
        Case(["--=x"], fails: "unknown option '--'"),
        Case(["--period"], fails: "option '--period' needs a value"),
        Case(["month-end", "--period", "--dry-run"], fails: "option '--period' needs a value"),
        Case(["--period", "--"], fails: "option '--period' needs a value"),
        Case(["--period="], fails: "option '--period' needs a value"),
        Case(["--period", ""], fails: "option '--period' needs a value"),
        Case(["--period", "a", "--period", "b"], fails: "option '--period' given twice"),
        Case(["--period=a", "--period=a"], fails: "option '--period' given twice"),
        Case(["--dry-run", "x", "--dry-run"], fails: "option '--dry-run' given twice"),
        Case(["--dry-run=1"], fails: "option '--dry-run' takes no value"),
        Case(["--dry-run="], fails: "option '--dry-run' takes no value"),
        // The first problem is the one reported.
        Case(["--x", "--period"], fails: "unknown option '--x'"),
        Case(["--dry-run=1", "--y"], fails: "option '--dry-run' takes no value"),
    ]

    @Test(arguments: accepted + refused)
    func parses(_ example: Case) {
        let result = Result { () throws(UsageError) in
            try ArgumentParser.parse(example.arguments, options: Self.options)
        }
        #expect(result == example.expected)
    }

    @Test func accessorsReadValuesAndFlags() throws {
        let parsed = try ArgumentParser.parse(["--ledger", "L", "--verbose"], options: Self.options)
        #expect(parsed.value("ledger") == "L")
        #expect(parsed.value("period") == nil)
        #expect(parsed.has("verbose"))
        #expect(!parsed.has("dry-run"))
        #expect(!parsed.has("ledger"))
    }

    @Test func usageErrorPrintsItsMessage() {
        #expect(UsageError("option '--period' needs a value").description == "option '--period' needs a value")
    }
}
