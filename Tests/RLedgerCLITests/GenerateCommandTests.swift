import Foundation
import Billing
import EventStore
import LedgerEvents
import LedgerTestSupport
import Testing
@testable import RLedgerCLI

/// `rledger generate` writes a ledger whose facts pass the append checks
/// they skipped, that verifies, and that is the same for the same seed.
@Suite struct GenerateCommandTests {
    @Test func aGeneratedLedgerVerifiesAndItsFactsPassTheAppendChecks() throws {
        let cli = try CLIFixture()
        let outcome = cli.run("generate", "--resellers", "12", "--months", "5", "--seed", "3", "--out", cli.ledger)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.hasPrefix("generated "))
        #expect(cli.run("verify").status == 0)
        let events = try LedgerStore(opening: cli.ledger).readAll()
        // Each stretch of facts, checked against everything stored before it,
        // exactly as `append` would have checked it.
        var start = 0
        while start < events.count {
            let isFact = !events[start].type.isRunWritten
            var end = start
            while end < events.count, events[end].type.isRunWritten != isFact { end += 1 }
            if isFact {
                let fresh = events[start..<end].map { event in var input = event; input.seq = 0; input.recorded = nil; return input }
                try AppendValidator.validate(existing: Array(events[..<start]), fresh: fresh)
            }
            start = end
        }
        let types = Set(events.map(\.type))
        for type in [EventType.orderPlaced, .paymentReceived, .accountSetUp, .accountCancelled, .invoiceIssued,
                     .lateFeeAssessed, .opportunityRegistered, .runCompleted] {
            #expect(types.contains(type), "\(type.rawValue)")
        }
        #expect(Projection.replay(events).checkInvariants().isEmpty)
    }

    /// The generator writes without the store's read-back proof
    /// (`LineProof.encoderTrusted`), so this is that proof after the fact:
    /// every line it wrote decodes, and the decoded event encodes back to
    /// the very bytes of the line before its chain, over a year with every
    /// kind of event the generator and the runs write.
    @Test(arguments: [UInt64(3), 8])
    func everyGeneratedLineReadsBack(seed: UInt64) throws {
        let cli = try CLIFixture()
        #expect(cli.run("generate", "--resellers", "16", "--months", "13", "--seed", "\(seed)", "--out", cli.ledger).status == 0)
        var lines = 0
        for family in EventFamily.allCases {
            let path = cli.ledger + "/" + family.fileName
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            for line in Array(data).split(separator: 0x0A).map(Array.init) {
                let decoded = try EventCodec.decode(line: line, form: .stored)
                let prefix = EventCodec.encodeStoredPrefix(decoded.event, recorded: try #require(decoded.event.recorded))
                #expect(line.starts(with: prefix + ChainHash.marker), "\(family.fileName): \(decoded.event.id)")
                #expect(line.count == prefix.count + ChainHash.marker.count + 64 + 2)
                lines += 1
            }
        }
        let events = try LedgerStore(opening: cli.ledger).readAll()
        #expect(lines == events.count)
        #expect(Set(events.map(\.type)).count >= 15)
        #expect(cli.run("verify").status == 0)
    }

    @Test func theSameSeedGivesTheSameBytes() throws {
        let cli = try CLIFixture()
        let first = cli.scratch.path("first"), second = cli.scratch.path("second")
        for directory in [first, second] {
            #expect(cli.runBare(["generate", "--resellers", "8", "--months", "3", "--seed", "9", "--out", directory]).status == 0)
        }
        #expect(try DirectorySnapshot(of: first) == DirectorySnapshot(of: second))
        #expect(cli.runBare(["generate", "--resellers", "8", "--months", "3", "--seed", "9", "--out", first]).status == 1)
    }

    @Test(arguments: [
        (["--months", "3", "--out", "x"], "generate: --resellers is required"),
        (["--resellers", "0", "--months", "3", "--out", "x"], "generate: --resellers \"0\" is not a whole number in 1…1000000"),
        (["--resellers", "4", "--months", "3", "--seed", "-1", "--out", "x"], "generate: --seed \"-1\" is not a whole number ≥ 0"),
        (["--resellers", "4", "--months", "3"], "generate: --out DIR is required"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let cli = try CLIFixture()
        let outcome = cli.runBare(["generate"] + arguments)
        #expect(outcome.status == 2)
        #expect(outcome.errors == "rledger: \(message)\n")
    }
}
