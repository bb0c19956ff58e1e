import Foundation
import Testing
import LedgerTestSupport
@testable import RLedgerCLI

/// `rledger reconcile` through the CLI: a bank statement with one matched,
/// one missing-in-ledger and one missing-in-bank line does not tie (exit 1);
/// a statement that matches does (exit 0); a hand-edited ledger line breaks
/// the hash-chain tie-out (exit 1).
@Suite struct ReconcileCommandTests {
    /// R-ACME's three prepaid orders of 90.00 paid on their dates with references.
    static func ledger() throws -> CLIFixture {
        let cli = try CLIFixture()
        try cli.initWithGroupDocs()
        var lines: [String] = []
        for (index, day) in ["2026-03-02", "2026-03-09", "2026-03-16"].enumerated() {
            lines.append(InputLine.order("ord-\(index + 1)", effective: day).replacingOccurrences(of: "\"1000.00\"", with: "\"100.00\"")
                .replacingOccurrences(of: "}]}", with: #"}],"endCustomer":{"name":"Nordwind GmbH","country":"DE"}}"#))
            lines.append(#"{"id":"pay-\#(index + 1)","type":"payment.received","effective":"\#(day)","reseller":"R-ACME","program":"groupdocs","payment":"BT-\#(index + 1)","amount":"90.00","currency":"USD","method":"bankTransfer","reference":"ORD-\#(index + 1)"}"#)
        }
        let appended = cli.run("append", try cli.input("march.jsonl", lines.joined(separator: "\n")))
        #expect(appended.status == 0, "\(appended.errors)")
        #expect(cli.run("month-end", "--period", "2026-03", "--out", cli.scratch.path("out")).status == 0)
        return cli
    }

    @Test func aStatementWithUnmatchedLinesDoesNotTie() throws {
        let cli = try Self.ledger()
        let bank = try cli.input("bank.csv",
            "date,amount,currency,reference,counterparty",
            "2026-03-02,90.00,USD,ORD-1,Acme Reseller",         // matched by reference
            "2026-03-10,90.00,USD,\"transfer, no reference\",",  // matched by amount within 3 days (BT-2 on 03-09)
            "2026-03-20,250.00,USD,UNKNOWN-77,Somebody")        // in the bank, not in the ledger
        // BT-3 (2026-03-16, 90.00) is in the ledger but not in the bank.
        let outcome = cli.run("reconcile", "--as-of", "2026-03-31", "--bank", bank, "--format", "json")
        #expect(outcome.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as! [String: Any]
        #expect(report["reconciled"] as? Bool == false)
        let matching = report["bank"] as! [String: Any]
        #expect((matching["matched"] as! [[String: Any]]).count == 2)
        #expect(((matching["bankOnly"] as! [[String: Any]]).first?["reference"] as? String) == "UNKNOWN-77")
        #expect(((matching["ledgerOnly"] as! [[String: Any]]).first?["payment"] as? String) == "BT-3")
        let tieOuts = report["tieOuts"] as! [[String: Any]]
        #expect(tieOuts.allSatisfy { $0["ok"] as? Bool == true }, "the ledger itself ties")
    }

    @Test func aMatchingStatementTies() throws {
        let cli = try Self.ledger()
        let bank = try cli.input("bank.csv", "date,amount,currency,reference",
                                 "2026-03-02,90.00,USD,ORD-1", "2026-03-09,90.00,USD,ORD-2", "2026-03-17,90.00,USD,ORD-3")
        let outcome = cli.run("reconcile", "--as-of", "2026-03-31", "--bank", bank)
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(outcome.output.hasPrefix("Reconciliation as of 2026-03-31: everything ties\n"))
    }

    @Test func aHandEditedLineMakesReconcileFail() throws {
        let cli = try Self.ledger()
        let path = cli.ledger + "/payments.jsonl"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: #""amount":"90.00""#, with: #""amount":"9.00""#, options: [], range: text.range(of: #""amount":"90.00""#))
            .write(toFile: path, atomically: false, encoding: .utf8)
        let outcome = cli.run("reconcile", "--as-of", "2026-03-31")
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("DIFF hash chain verifies"))
        #expect(outcome.output.contains("payments.jsonl:1: chain mismatch"))
    }

    @Test func aBadBankFileIsRefusedWithItsLine() throws {
        let cli = try Self.ledger()
        let bank = try cli.input("bank.csv", "date,amount,currency,reference", "2026-03-02,ninety,USD,ORD-1")
        let outcome = cli.run("reconcile", "--bank", bank)
        #expect(outcome.status == 1)
        #expect(outcome.errors.hasPrefix("rledger: \(bank): line 2"))
    }
}
