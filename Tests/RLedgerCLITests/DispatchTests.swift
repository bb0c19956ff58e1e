import Testing
@testable import RLedgerCLI

/// The dispatcher: unknown commands and options, `--help` on every command,
/// exit statuses and messages.
@Suite struct DispatchTests {
    @Test func anUnknownCommandIsAUsageError() throws {
        let cli = try CLIFixture()
        #expect(cli.runBare(["frobnicate"]) == .init(
            status: 2, output: "", errors: "rledger: unknown command \"frobnicate\" (run `rledger help` for the list)\n"))
    }

    @Test func noCommandIsAUsageError() throws {
        let cli = try CLIFixture()
        #expect(cli.runBare([]) == .init(status: 2, output: "", errors: "rledger: no command given (run `rledger help` for the list)\n"))
        #expect(cli.runBare(["--ledger", "L"]).status == 2)
    }

    @Test func anUnknownOptionIsAUsageErrorNamingTheCommand() throws {
        let cli = try CLIFixture()
        #expect(cli.run("verify", "--frob") == .init(
            status: 2, output: "", errors: "rledger: verify: unknown option '--frob' (run `rledger verify --help`)\n"))
    }

    @Test func theLedgerOptionWorksBeforeAndAfterTheCommand() throws {
        let cli = try CLIFixture()
        #expect(cli.runBare(["init", cli.ledger]).status == 0)
        #expect(cli.runBare(["--ledger", cli.ledger, "verify"]).output == "ok: 0 events in 9 files, chains verified\n")
        #expect(cli.runBare(["verify", "--ledger", cli.ledger]).output == "ok: 0 events in 9 files, chains verified\n")
        #expect(cli.runBare(["verify", "--ledger=\(cli.ledger)"]).status == 0)
    }

    @Test(arguments: CommandRegistry.all.map { $0.name })
    func everyCommandHasHelp(name: String) throws {
        let cli = try CLIFixture()
        let command = try #require(CommandRegistry.command(named: name))
        #expect(cli.run(name, "--help") == .init(status: 0, output: command.usage, errors: ""))
        #expect(cli.runBare(["help", name]) == .init(status: 0, output: command.usage, errors: ""))
        #expect(command.usage.hasPrefix("usage: rledger \(name)"))
    }

    @Test func helpListsEveryCommand() throws {
        let cli = try CLIFixture()
        let help = cli.runBare(["--help"])
        #expect(help.status == 0)
        #expect(cli.runBare(["help"]) == help)
        for command in CommandRegistry.all {
            #expect(help.output.contains("\n  \(command.name) "), "\(command.name)")
        }
        #expect(help.output.hasPrefix("usage: rledger [--ledger DIR] COMMAND [ARGUMENTS]\n"))
    }

    @Test func aCommandOnAMissingLedgerIsRefused() throws {
        let cli = try CLIFixture()
        #expect(cli.run("verify") == .init(
            status: 1, output: "",
            errors: "rledger: \(cli.ledger) is not a ledger: it has no MANIFEST.json (create a ledger with `rledger init`)\n"))
    }

    @Test func aBadClockIsAUsageError() throws {
        let cli = try CLIFixture()
        cli.run("init")
        cli.environment["RLEDGER_NOW"] = "yesterday"
        let path = try cli.input("in.jsonl", InputLine.order("ord-1"))
        #expect(cli.run("append", path) == .init(
            status: 2, output: "",
            errors: "rledger: RLEDGER_NOW=\"yesterday\" is not an RFC 3339 UTC instant (e.g. 2026-11-01T00:00:00Z)\n"))
    }

    @Test func withoutThePinTheClockIsTheSystemTime() throws {
        let now = try Clock.now(environment: [:])
        #expect(now.date.year >= 2024)
    }
}
