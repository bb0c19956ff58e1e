import Foundation
import Testing
import LedgerTestSupport
@testable import RLedgerCLI

/// Docs/Commands.md is generated from the commands' own help texts
/// (Scripts/generate-command-docs.sh); this fails when a usage text changed
/// and the documentation was not regenerated.
@Suite struct CommandDocsTests {
    @Test func commandsDocumentationIsCurrent() throws {
        func help(_ arguments: [String]) -> String {
            let console = CapturedConsole()
            _ = RLedger.main(arguments: arguments, console: console, environment: [:])
            return console.standardOutput
        }
        var expected = "# Commands\n\nGenerated from `rledger help` and each command's `--help` by\n"
            + "`Scripts/generate-command-docs.sh`; a test checks it is current.\n\n```text\n" + help(["help"]) + "```\n"
        for command in CommandRegistry.all where command.name != "help" {
            expected += "\n## `rledger \(command.name)`\n\n```text\n" + help([command.name, "--help"]) + "```\n"
        }
        let path = Fixtures.repositoryRoot.appendingPathComponent("Docs/Commands.md")
        let actual = try String(contentsOf: path, encoding: .utf8)
        #expect(actual == expected, "Docs/Commands.md is out of date: run `swift build && Scripts/generate-command-docs.sh`")
    }
}
