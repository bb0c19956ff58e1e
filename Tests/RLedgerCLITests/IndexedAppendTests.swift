import Foundation
import LedgerTestSupport
import Testing

/// `append` checks a batch through the derived index when it matches the
/// files: it reads the batch's resellers, the ids it needs and the ends of
/// the files, not the whole ledger. What that changes and what it does not.
@Suite struct IndexedAppendTests {
    /// Replaces the first occurrence of `old` in the first line of `file` holding `marker`.
    func edit(_ cli: CLIFixture, _ file: String, line marker: String, _ old: String, _ new: String) throws {
        let path = cli.ledger + "/" + file
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(marker) })
        lines[index] = lines[index].replacingOccurrences(of: old, with: new)
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test func anIndexedAppendIsRefusedAndAcceptedLikeAWholeOne() throws {
        // The same inputs on two ledgers, one without derived/: same answers, same bytes.
        let indexed = try CLIFixture(), whole = try CLIFixture()
        for cli in [indexed, whole] { #expect(try cli.initWithGroupDocs().status == 0) }
        let inputs = [
            [InputLine.order("ord-1"), InputLine.payment("pay-1")],
            [InputLine.order("ord-1"), InputLine.payment("pay-1")],             // a retry: already present
            [InputLine.order("ord-1", quantity: 2)],                             // same id, other content
            [InputLine.order("ord-2").replacingOccurrences(of: "ORD-2", with: "ORD-1")],  // order id taken in the program
            [InputLine.order("ord-3", reseller: "R-BETA").replacingOccurrences(of: "ORD-3", with: "ORD-1")],  // by another reseller
            [InputLine.order("ord-4", reseller: "R-NOBODY")],                    // unknown reseller
            [InputLine.payment("pay-2", reseller: "R-BETA")],
        ]
        for (number, lines) in inputs.enumerated() {
            try? FileManager.default.removeItem(atPath: whole.ledger + "/derived")
            let outcomes = try [indexed, whole].map { cli in
                let outcome = cli.run("append", try cli.input("in-\(number).jsonl", lines.joined(separator: "\n")))
                return [String(outcome.status), outcome.output, outcome.errors.replacingOccurrences(of: cli.scratch.path(""), with: "")]
            }
            #expect(outcomes[0] == outcomes[1], "input \(number)")
            #expect(number == 0 || number == 1 || number == 6 || outcomes[0][0] == "1", "input \(number) is refused")
        }
        let files = { (cli: CLIFixture) in try cli.snapshot().files.filter { !$0.key.hasPrefix("derived/") && $0.key != ".lock" } }
        #expect(try files(indexed) == files(whole))
        #expect(indexed.run("verify").status == 0)
    }

    /// The guarantee that changes: an indexed append does not read lines it
    /// does not need, so damage to another reseller's line does not stop
    /// it (it never did make the damage worse). `verify`, every full read
    /// and every run still find it and name the line.
    @Test func damageElsewhereIsFoundByVerifyAndReadsNotByAnIndexedAppend() throws {
        let cli = try CLIFixture()
        #expect(try cli.initWithGroupDocs().status == 0)
        #expect(cli.run("append", try cli.input("a.jsonl", InputLine.order("ord-1"), InputLine.order("ord-2", reseller: "R-BETA"))).status == 0)
        try edit(cli, "orders.jsonl", line: "R-BETA", #""quantity":1"#, #""quantity":7"#)
        let appended = cli.run("append", try cli.input("b.jsonl", InputLine.payment("pay-1")))
        #expect(appended.status == 0, "\(appended.errors)")
        let verified = cli.run("verify")
        #expect(verified.status == 1 && verified.output.contains("orders.jsonl:2: chain mismatch"))
        let balances = cli.run("balances")
        #expect(balances.status == 1 && balances.errors.contains("orders.jsonl:2: chain mismatch"))
        // Damage to a line the append does read is refused as before.
        try edit(cli, "orders.jsonl", line: "R-ACME", #""quantity":1"#, #""quantity":5"#)
        let refused = cli.run("append", try cli.input("c.jsonl", InputLine.payment("pay-2")))
        #expect(refused.status == 1 && refused.errors.contains("orders.jsonl:1: chain mismatch"), "\(refused.errors)")
    }

    @Test func aTornTailIsStillRefusedByAppend() throws {
        let cli = try CLIFixture()
        #expect(try cli.initWithGroupDocs().status == 0)
        let handle = try #require(FileHandle(forWritingAtPath: cli.ledger + "/payments.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"seq":4,"#.utf8))
        try handle.close()
        let refused = cli.run("append", try cli.input("a.jsonl", InputLine.order("ord-1")))
        #expect(refused.status == 1 && refused.errors.contains("torn tail"), "\(refused.errors)")
    }
}
