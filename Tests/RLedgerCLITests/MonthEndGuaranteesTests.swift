import Foundation
import Testing
import EventStore
import LedgerCore
import LedgerEvents
import LedgerTestSupport
@testable import RLedgerCLI

/// Month-end through the real CLI: facts that arrive late and back-dated
/// turn into adjustments at the next run (never edits), documents are
/// byte-for-byte reproducible, and a statement rendered again from the
/// ledger has the SHA-256 its `statement.issued` recorded.
@Suite struct MonthEndGuaranteesTests {
    /// Phase 1 (recorded month by month): R-ACME's three prepaid GroupDocs
    /// orders and a fourth, 900.00 due 2026-03-31 and left unpaid; R-BYTE's
    /// twelve ByteKast accounts at 100.00, silver. Month-ends January to April.
    static func phaseOne() throws -> CLIFixture {
        let cli = try CLIFixture()
        #expect(cli.run("init").status == 0)
        var facts: [Event] = [.terms(.groupDocs), .terms(.byteKast),
                              .enrol("R-ACME", in: "groupdocs", tier: "reseller"), .enrol("R-BYTE", in: "bytekast", tier: "silver")]
        for (index, day) in ["2026-01-05", "2026-01-10", "2026-01-15"].enumerated() {
            facts += [.order("A\(index + 1)", by: "R-ACME", in: "groupdocs", on: day,
                             lines: [.line("GD-TOTAL", "license", unitPrice: "100.00")], endCustomer: .defaultCustomer),
                      .pay("90.00", by: "R-ACME", in: "groupdocs", on: day)]
        }
        facts.append(.order("A4", by: "R-ACME", in: "groupdocs", on: "2026-03-01",
                            lines: [.line("GD-TOTAL", "license", unitPrice: "1000.00")], endCustomer: .defaultCustomer))
        facts += (1...12).map { number -> Event in
            .setUp(number < 10 ? "B-0\(number)" : "B-\(number)", by: "R-BYTE", on: "2026-01-05", fee: "100.00")
        }
        try cli.append(facts, recordedAt: "2026-01-31T12:00:00Z")
        for (month, next) in [("2026-01", "2026-02-01"), ("2026-02", "2026-03-01"), ("2026-03", "2026-04-01"), ("2026-04", "2026-05-01")] {
            cli.environment["RLEDGER_NOW"] = "\(next)T09:00:00Z"
            let outcome = cli.run("month-end", "--period", month, "--out", cli.scratch.path("out/\(month)"))
            #expect(outcome.status == 0, "\(month): \(outcome.errors)")
        }
        return cli
    }

    @Test func lateBackDatedFactsBecomeAdjustmentsAtTheNextRun() throws {
        let cli = try Self.phaseOne()
        let april = try Self.events(cli).compactMap(\.lateFee).filter { $0.through.description == "2026-04-30" }
        #expect(april.map(\.amount.description) == ["8.88"], "30 days of 900.00 at 12% / 365")

        // Phase 2, recorded on 10 May: a payment effective 20 April, a review
        // to gold effective 1 April, and account B-12 cancelled effective 1 April.
        try cli.append([.pay("900.00", by: "R-ACME", in: "groupdocs", on: "2026-04-20"),
                        .review("R-BYTE", in: "bytekast", tier: "gold", on: "2026-04-01"),
                        .cancel("B-12", by: "R-BYTE", on: "2026-04-01")], recordedAt: "2026-05-10T12:00:00Z")
        let before = try Self.events(cli).count
        cli.environment["RLEDGER_NOW"] = "2026-06-01T09:00:00Z"
        #expect(cli.run("month-end", "--period", "2026-05", "--out", cli.scratch.path("out/2026-05")).status == 0)
        let appended = Array(try Self.events(cli)[before...])

        // Interest true-up: 19 days now (1–19 April) = 5.62, so 5.62 − 8.88.
        let fees = appended.compactMap(\.lateFee)
        #expect(fees.map { "\($0.invoice) \($0.amount) \($0.cumulative)" } == ["GD-2026-000004 -3.26 5.62"])
        // The back-dated cancellation: April's line for B-12 is credited at the price it was invoiced at.
        let notes = appended.compactMap(\.creditNote)
        #expect(notes.map { "\($0.number) \($0.invoice) \($0.total) \($0.lines.map(\.ref))" }
                == ["BK-CN-2026-000001 BK-2026-000004 80.00 [\"B-12:2026-04\"]"])
        // The late review is not applied to April's issued invoice; May is billed at gold for 11 accounts.
        let invoices = appended.compactMap(\.invoice)
        #expect(invoices.map { "\($0.number) \($0.lines.count) \($0.lines[0].discountPercent) \($0.total)" } == ["BK-2026-000005 11 33 737.00"])
        let aprilInvoice = try Self.events(cli).compactMap(\.invoice).first { $0.number == "BK-2026-000004" }
        #expect(aprilInvoice?.total.description == "960.00")

        let balances = cli.run("balances", "--as-of", "2026-05-31", "--format", "json").output
        #expect(balances.contains(#"{"reseller":"R-ACME","program":"groupdocs","currency":"USD","balance":"5.62","open":"5.62","overdue":"5.62"}"#))
        #expect(cli.run("verify").status == 0)
        #expect(cli.run("reconcile", "--as-of", "2026-05-31").status == 0)
    }

    @Test func theSameFactsGiveByteIdenticalLedgersAndDocuments() throws {
        let first = try Self.phaseOne(), second = try Self.phaseOne()
        let ledgerA = try DirectorySnapshot(of: first.ledger), ledgerB = try DirectorySnapshot(of: second.ledger)
        #expect(ledgerA == ledgerB)
        let outA = try DirectorySnapshot(of: first.scratch.path("out")), outB = try DirectorySnapshot(of: second.scratch.path("out"))
        #expect(outA == outB)
        #expect(outA.files.count > 10, "statements and invoices were written")
    }

    @Test func everyIssuedStatementRendersAgainToItsRecordedHash() throws {
        let cli = try Self.phaseOne()
        let statements = try Self.events(cli).compactMap { event -> StatementIssuedPayload? in
            if case .statementIssued(let p) = event.payload { p } else { nil }
        }
        #expect(statements.count >= 6)
        for statement in statements {
            let outcome = cli.run("statement", statement.reseller, "--program", statement.program, "--period", statement.period)
            #expect(outcome.status == 0, "\(statement.reseller) \(statement.period): \(outcome.errors)")
            #expect(SHA256.hexDigest(Array(outcome.output.utf8)) == statement.sha256)
            let written = try Data(contentsOf: URL(fileURLWithPath: cli.scratch.path(
                "out/\(statement.period)/statement-\(statement.reseller)-\(statement.program)-\(statement.period).html")))
            #expect(SHA256.hexDigest(Array(written)) == statement.sha256, "the file month-end wrote")
        }
        // A back-dated payment recorded later changes the figures, not the statement as sent.
        try cli.append([.pay("900.00", by: "R-ACME", in: "groupdocs", on: "2026-04-20")], recordedAt: "2026-05-10T12:00:00Z")
        #expect(cli.run("statement", "R-ACME", "--program", "groupdocs", "--period", "2026-04").status == 0)
    }

    static func events(_ cli: CLIFixture) throws -> [Event] { try LedgerStore(opening: cli.ledger).readAll() }
}

extension CLIFixture {
    /// Appends typed events through `rledger append`, recorded at `instant`.
    func append(_ events: [Event], recordedAt instant: String) throws {
        environment["RLEDGER_NOW"] = instant
        let text = events.map { String(decoding: EventCodec.encodeInput($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
        let outcome = run("append", try input("facts-\(instant).jsonl", text))
        #expect(outcome.status == 0, "append: \(outcome.errors)")
    }
}
