import Testing
import LedgerCore
import LedgerEvents
import Billing
import Reports
import LedgerTestSupport

/// Statements of the public sample: Hansa's March in numbers, which
/// enrolments get one, and the balances they must agree with every month.
@Suite struct StatementTests {
    static let march = Month(parsing: "2026-03")!

    static func statements(_ month: String, ledger: InMemoryLedger) -> [Statement] {
        let month = Month(parsing: month)!
        let (events, state) = PublicSampleLedger.asOf(ledger, month.lastDay)
        return Statement.statements(events: events, state: state, month: month)
    }

    @Test func hansaMarchInNumbers() throws {
        let statement = try StatementSnapshotTests.hansaMarch()
        #expect(statement.title == "Statement — Hansa (R-HANSA) — GroupDocs Reseller Policy — March 2026")
        #expect(statement.documentName == "statement-R-HANSA-groupdocs-2026-03")
        #expect(statement.currency == .usd)
        #expect(statement.opening.description == "2250.00")
        #expect(statement.movements.map { "\($0.date) \($0.kind) \($0.document) \($0.amount) \($0.balance)" }
                == ["2026-03-31 lateFee fee:GD-2026-000004:2026-03 2.96 2252.96"])
        #expect(statement.closing.description == "2252.96")
        #expect(statement.openItems.map { "\($0.document) \($0.date) \($0.due) \($0.open) \($0.daysPastDue) \($0.bucket.key)" }
                == ["GD-2026-000004 2026-02-25 2026-03-27 2250.00 4 1-30",
                    "fee:GD-2026-000004:2026-03 2026-03-31 2026-03-31 2.96 0 current"])
        #expect(statement.aging[.current].description == "2.96")
        #expect(statement.aging[.days1to30].description == "2250.00")
        #expect(statement.aging.total.description == "2252.96")
        #expect(statement.unappliedCredit.isZero)
    }

    @Test func issuedPayloadCarriesBalancesAndOpenItems() throws {
        let statement = try StatementSnapshotTests.hansaMarch()
        let payload = statement.statementIssuedPayload(sha256: String(repeating: "ab", count: 32))
        #expect(payload == StatementIssuedPayload(
            reseller: "R-HANSA", program: "groupdocs", period: "2026-03",
            opening: try DecimalNumber(parsing: "2250.00"), closing: try DecimalNumber(parsing: "2252.96"),
            openItems: [.init(document: "GD-2026-000004", due: Fixtures.date("2026-03-27"), open: try DecimalNumber(parsing: "2250.00")),
                        .init(document: "fee:GD-2026-000004:2026-03", due: Fixtures.date("2026-03-31"), open: try DecimalNumber(parsing: "2.96"))],
            sha256: String(repeating: "ab", count: 32)))
    }

    /// January: Hansa's two invoices and the payments that paid them on
    /// their dates, each followed by the balance.
    @Test func movementsRunInReplayOrderWithARunningBalance() throws {
        let ledger = try PublicSampleLedger.through("2026-01")
        let hansa = try #require(Self.statements("2026-01", ledger: ledger).first { $0.reseller == "R-HANSA" })
        #expect(hansa.opening.isZero)
        #expect(hansa.movements.map { "\($0.date) \($0.kind) \($0.document) \($0.description) \($0.amount) \($0.balance)" } == [
            "2026-01-14 invoice GD-2026-000001 Invoice for order HA-01 1080.00 1080.00",
            "2026-01-14 payment BT-0034 Payment received (bank transfer) -1080.00 0.00",
            "2026-01-28 invoice GD-2026-000002 Invoice for order HA-02 720.00 720.00",
            "2026-01-28 payment BT-0036 Payment received (bank transfer) -720.00 0.00",
        ])
        #expect(hansa.closing.isZero && hansa.openItems.isEmpty)
        #expect(hansa.charges.description == "1800.00" && hansa.credits.description == "1800.00")
    }

    @Test func oneStatementPerEnrolmentWithActivityOrOpenItems() throws {
        let ledger = try PublicSampleLedger.through("2026-03")
        let keys = Self.statements("2026-03", ledger: ledger).map { "\($0.reseller)/\($0.program)" }
        #expect(keys == ["R-ALTAI/smartsoft", "R-ANDES/rsupport", "R-HANSA/groupdocs", "R-ORBIT/bytekast", "R-PACIFIC/groupdocs"])
        let orbit = try #require(Self.statements("2026-03", ledger: ledger).first { $0.reseller == "R-ORBIT" })
        // On 31 March the invoice applies before the payment of the same date (RULES.md §0b.1).
        #expect(orbit.movements.map(\.kind) == [.invoice, .payment])
    }

    /// Every month of the sample: each statement closes at the balance the
    /// balances report prints, its open items minus unapplied credit make the
    /// closing balance, and it opens where the previous month's closed.
    @Test func statementsAgreeWithBalancesEveryMonth() throws {
        let ledger = try PublicSampleLedger.through("2026-06")
        var previousClosing: [String: Money] = [:]
        for month in PublicSampleLedger.months {
            let lastDay = Month(parsing: month)!.lastDay
            let report = BalanceReport(state: ledger.state(asOf: lastDay), asOf: lastDay)
            for statement in Self.statements(month, ledger: ledger) {
                let key = "\(statement.reseller)/\(statement.program)"
                let row = try #require(report.rows.first { $0.reseller == statement.reseller && $0.program == statement.program })
                #expect(statement.closing == row.balance, "\(key) \(month)")
                #expect(statement.aging.total == row.open, "\(key) \(month)")
                #expect(statement.aging.total - statement.aging[.current] == row.overdue, "\(key) \(month)")
                #expect(statement.aging.total - statement.unappliedCredit == statement.closing, "\(key) \(month)")
                #expect(statement.opening == previousClosing[key] ?? .zero(statement.currency), "\(key) \(month)")
                #expect(statement.opening + statement.charges - statement.credits == statement.closing, "\(key) \(month)")
            }
            for row in report.rows { previousClosing["\(row.reseller)/\(row.program)"] = row.balance }
        }
    }

    @Test func ledgerTextIsEscapedInHTML() throws {
        let (events, state) = PublicSampleLedger.asOf(try InvoiceDocumentTests.oddLedger(), Fixtures.date("2026-01-31"))
        let statement = try #require(Statement.statements(events: events, state: state, month: Month(parsing: "2026-01")!).first)
        let html = statement.html()
        #expect(html.contains("<title>Statement — Smith &amp; &lt;Sons&gt; (R-ODD) — GroupDocs Reseller Policy — January 2026</title>"))
        #expect(html.contains("<div class=\"party-name\">Smith &amp; &lt;Sons&gt;</div>") && !html.contains("<Sons>"))
    }
}
