import Foundation
import Testing
@testable import RLedgerCLI

/// `rledger append`: all lines or none, located messages, idempotent retries.
@Suite struct AppendCommandTests {
    func ledger() throws -> CLIFixture {
        let cli = try CLIFixture()
        #expect(try cli.initWithGroupDocs().status == 0)
        return cli
    }

    @Test func appendsAFileAndSkipsItWhenRetried() throws {
        let cli = try ledger()
        let path = try cli.input("in.jsonl", InputLine.order("ord-1"), InputLine.order("ord-2"), InputLine.payment("pay-1"))
        #expect(cli.run("append", path) == .init(status: 0, output: "appended 3 events, 0 already present\n", errors: ""))
        let after = try cli.snapshot()
        #expect(cli.run("append", path) == .init(status: 0, output: "appended 0 events, 3 already present\n", errors: ""))
        #expect(try cli.snapshot() == after)
    }

    @Test func readsStandardInputForADash() throws {
        let cli = try ledger()
        #expect(cli.run("append", "-", input: InputLine.order("ord-1") + "\n").output == "appended 1 events, 0 already present\n")
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let cli = try ledger()
        let path = try cli.input("in.jsonl", "", InputLine.order("ord-1"), "   ", #"{"id":"ord-2"}"#)
        #expect(cli.run("append", path) == .init(status: 1, output: "", errors: "rledger: \(path):4: type: is missing\n"))
    }

    @Test func aBadLineRefusesTheWholeFileAndTheLedgerIsUntouched() throws {
        let cli = try ledger()
        cli.run("append", try cli.input("first.jsonl", InputLine.order("ord-0")))
        let before = try cli.snapshot()
        let path = try cli.input("orders.jsonl", InputLine.order("ord-1"), InputLine.order("ord-2"), InputLine.order("ord-3", quantity: 0))
        #expect(cli.run("append", path) == .init(
            status: 1, output: "", errors: "rledger: \(path):3: lines[0].quantity: must be an integer of at least 1, got 0\n"))
        #expect(try cli.snapshot() == before)
    }

    @Test func aRunWrittenTypeIsRefusedWithItsLine() throws {
        let cli = try ledger()
        let before = try cli.snapshot()
        let path = try cli.input("in.jsonl", InputLine.order("ord-1"), InputLine.invoice)
        #expect(cli.run("append", path) == .init(
            status: 1, output: "", errors: "rledger: \(path):2: type: \"invoice.issued\" is written by the runs, not by append [rule: run-written types]\n"))
        #expect(try cli.snapshot() == before)
    }

    @Test func anIdConflictIsRefusedWithItsLine() throws {
        let cli = try ledger()
        cli.run("append", try cli.input("first.jsonl", InputLine.order("ord-1")))
        let before = try cli.snapshot()
        let path = try cli.input("second.jsonl", InputLine.payment("pay-1"), InputLine.order("ord-1", quantity: 2))
        #expect(cli.run("append", path) == .init(
            status: 1, output: "",
            errors: "rledger: \(path):2: id: event id \"ord-1\" is already in the ledger with other content (ids are idempotency keys: a retry must repeat the same content)\n"))
        #expect(try cli.snapshot() == before)
    }

    @Test func anIdTwiceInTheFileIsRefusedWithBothLines() throws {
        let cli = try ledger()
        let path = try cli.input("in.jsonl", InputLine.order("ord-1"), InputLine.payment("pay-1"), InputLine.order("ord-1"))
        #expect(cli.run("append", path) == .init(
            status: 1, output: "",
            errors: "rledger: \(path):3: id: \"ord-1\" already appears on line 1 (ids are idempotency keys: each may appear once)\n"))
    }

    @Test func inputCarryingStoreFieldsIsRefused() throws {
        let cli = try ledger()
        let line = InputLine.order("ord-1").replacingOccurrences(of: #"{"id""#, with: #"{"seq":1,"id""#)
        #expect(cli.run("append", "-", input: line).errors == "rledger: <stdin>:1: seq: is set by the store; input must not carry it\n")
    }

    @Test func aMissingFileIsRefused() throws {
        let cli = try ledger()
        let path = cli.scratch.path("nope.jsonl")
        let outcome = cli.run("append", path)
        #expect(outcome.status == 1)
        #expect(outcome.errors.hasPrefix("rledger: cannot read \(path): "))
    }

    @Test func appendNeedsExactlyOneSource() throws {
        let cli = try ledger()
        #expect(cli.run("append") == .init(status: 2, output: "", errors: "rledger: append: give one FILE, or - for standard input\n"))
    }

    @Test func recordedIsThePinnedClock() throws {
        let cli = try ledger()
        cli.run("append", "-", input: InputLine.order("ord-1"))
        #expect(cli.run("log").output.contains(#""recorded":"2026-11-01T00:00:00Z""#))
    }
}
