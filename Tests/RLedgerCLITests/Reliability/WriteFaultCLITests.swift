import Foundation
import Testing
import LedgerTestSupport
@testable import RLedgerCLI

/// `rledger append` on a failing disk (`RLEDGER_DEBUG_WRITE_FAULT`, debug
/// builds): it reports the error, exits 1, and the ledger verifies clean
/// and is byte for byte as before; a kill in the middle of a write leaves a
/// torn tail that `repair` moves aside, after which the same append
/// succeeds once.
@Suite struct WriteFaultCLITests {
    static let faults: [(fault: String, message: String)] = [
        ("write#1:fail", "orders.jsonl: write failed: Input/output error"),
        ("write#1:fail-after=100", "orders.jsonl: write failed: No space left on device"),
        ("write#2:fail-after=10", "payments.jsonl: write failed: No space left on device"),
        ("fsync#2:fail", "payments.jsonl: fsync failed: Input/output error"),
        ("write#3:fail-after=5", "MANIFEST.json.tmp: write failed: No space left on device"),
        ("rename#1:fail", "MANIFEST.json: rename failed: Input/output error"),
    ]

    func ledger() throws -> (CLIFixture, String) {
        let cli = try CLIFixture()
        #expect(try cli.initWithGroupDocs().status == 0)
        return (cli, try cli.input("in.jsonl", InputLine.order("ord-1"), InputLine.payment("pay-1")))
    }

    @Test(arguments: faults)
    func aFailingDiskRefusesTheAppendAndChangesNothing(_ fault: String, _ message: String) throws {
        let (cli, path) = try ledger()
        let before = try cli.snapshot()
        cli.environment[CommandContext.writeFaultVariable] = fault
        #expect(cli.run("append", path) == .init(status: 1, output: "", errors: "rledger: \(cli.ledger)/\(message)\n"))
        cli.environment[CommandContext.writeFaultVariable] = nil
        #expect(try cli.snapshot() == before)
        #expect(cli.run("verify") == .init(status: 0, output: "ok: 3 events in 9 files, chains verified\n", errors: ""))
        #expect(cli.run("append", path).output == "appended 2 events, 0 already present\n")
    }

    @Test func aShortWriteIsCompletedAndTheAppendSucceeds() throws {
        let (cli, path) = try ledger()
        cli.environment[CommandContext.writeFaultVariable] = "write#1:short=17"
        #expect(cli.run("append", path) == .init(status: 0, output: "appended 2 events, 0 already present\n", errors: ""))
        #expect(cli.run("verify").output == "ok: 5 events in 9 files, chains verified\n")
    }

    @Test func aFailedSyncAfterTheCommitPointSaysTheBatchIsInAndARetryIsANoOp() throws {
        let (cli, path) = try ledger()
        cli.environment[CommandContext.writeFaultVariable] = "fsync#4:fail"
        #expect(cli.run("append", path) == .init(
            status: 1, output: "",
            errors: "rledger: the batch was appended, but making it durable failed (\(cli.ledger): fsync failed: Input/output error): "
                + "a power loss now could undo it; check with `rledger verify` and append the same input again (events already present are skipped)\n"))
        cli.environment[CommandContext.writeFaultVariable] = nil
        #expect(cli.run("verify").output == "ok: 5 events in 9 files, chains verified\n")
        #expect(cli.run("append", path).output == "appended 0 events, 2 already present\n")
    }

    @Test func aMalformedFaultIsAUsageError() throws {
        let (cli, path) = try ledger()
        cli.environment[CommandContext.writeFaultVariable] = "write#1:explode"
        #expect(cli.run("append", path) == .init(
            status: 2, output: "",
            errors: "rledger: RLEDGER_DEBUG_WRITE_FAULT=\"write#1:explode\" is not a fault (e.g. write#1:fail-after=100, fsync#2:fail)\n"))
    }

    /// A real process killed after 50 bytes of its first write.
    @Test func aKillInsideAWriteLeavesATornTailThatRepairMovesAside() throws {
        let (cli, path) = try ledger()
        let killed = try RLedgerBinary.run(["--ledger", cli.ledger, "append", path],
                                           environment: ["RLEDGER_NOW": "2026-11-01T00:00:00Z", "RLEDGER_DEBUG_WRITE_FAULT": "write#1:crash-after=50"])
        #expect(killed.termination == .signalled(SIGKILL))
        #expect(cli.run("verify").output
                == "orders.jsonl:1: torn tail: 50 bytes after the last newline (an append was interrupted mid-write); `rledger repair` moves them to quarantine\n")
        #expect(cli.run("append", path).errors.contains("torn tail"))
        #expect(cli.run("repair").output == "orders.jsonl: moved 50 bytes (from line 1 on) to quarantine/orders.jsonl.20261101T000000Z\n")
        #expect(cli.run("append", path).output == "appended 2 events, 0 already present\n")
        #expect(cli.run("verify").output == "ok: 5 events in 9 files, chains verified\n")
    }
}
