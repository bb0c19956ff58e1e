/// `rledger help [COMMAND]`: the list of commands, or one command's usage.
///
/// Example: `rledger help` prints `generalUsage` (every command with its
/// summary); `rledger help append` prints what `rledger append --help` does.
enum HelpCommand: Command {
    static let name = "help"
    static let summary = "Show the commands, or one command's usage: rledger help COMMAND"
    static let usage = """
        usage: rledger help [COMMAND]

        Without COMMAND, lists the commands; with it, shows that command's usage
        (the same as `rledger COMMAND --help`).

        """
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard arguments.positionals.count <= 1 else { throw CLIError.usage("help: give at most one command name") }
        guard let name = arguments.positionals.first else {
            context.console.output(Array(generalUsage.utf8))
            return ExitCode.ok
        }
        guard let command = CommandRegistry.command(named: name) else {
            throw CLIError.usage("unknown command \"\(name)\" (run `rledger help` for the list)")
        }
        context.console.output(Array(command.usage.utf8))
        return ExitCode.ok
    }

    static var generalUsage: String {
        let width = CommandRegistry.all.map { $0.name.count }.max() ?? 0
        let commands = CommandRegistry.all.map { command in
            "  " + command.name + String(repeating: " ", count: width - command.name.count + 2) + command.summary
        }
        return """
            usage: rledger [--ledger DIR] COMMAND [ARGUMENTS]

            Commands:
            \(commands.joined(separator: "\n"))

            Options for every command:
              --ledger DIR  the ledger directory (default \(CommandContext.defaultLedger))
              --help        show the usage of rledger, or of one command

            Exit status: 0 done, 1 input refused or ledger damaged, 2 usage error.

            """
    }
}
