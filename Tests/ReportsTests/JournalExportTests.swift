import Testing
import LedgerCore
import LedgerEvents
import Billing
import Reports
import LedgerTestSupport

/// The journal text itself: layout, metadata, opens, the as-of cut.
@Suite struct JournalExportTests {
    static func january() throws -> [Event] { try PublicSampleLedger.through("2026-01").events }

    @Test func hledgerJournalOfTheFirstDaysOfJanuary() throws {
        let journal = JournalExport.journal(events: try Self.january(), format: .hledger, asOf: Fixtures.date("2026-01-14"))
        #expect(journal == """
            ; ResellerLedger journal export for hledger: 4 transactions
            decimal-mark .

            2026-01-12 R-ORBIT | invoice.issued BK-2026-000001
                ; id: invoice:BK-2026-000001, seq: 29
                Assets:Receivable:Bytekast:R-ORBIT   1920.00 USD
                Income:Bytekast:Setup               -1920.00 USD

            2026-01-12 R-ORBIT | payment.received BT-0008
                ; id: payment-0008, seq: 26
                Assets:Bank:USD                      1920.00 USD
                Assets:Receivable:Bytekast:R-ORBIT  -1920.00 USD

            2026-01-14 R-HANSA | invoice.issued GD-2026-000001
                ; id: invoice:GD-2026-000001, seq: 30
                Assets:Receivable:Groupdocs:R-HANSA   1080.00 USD
                Income:Groupdocs:License             -1080.00 USD

            2026-01-14 R-HANSA | payment.received BT-0034
                ; id: payment-0034, seq: 27
                Assets:Bank:USD                       1080.00 USD
                Assets:Receivable:Groupdocs:R-HANSA  -1080.00 USD

            """)
    }

    @Test func beancountJournalOfTheFirstDaysOfJanuary() throws {
        let journal = JournalExport.journal(events: try Self.january(), format: .beancount, asOf: Fixtures.date("2026-01-12"))
        #expect(journal == """
            ; ResellerLedger journal export for beancount: 2 transactions
            option "title" "ResellerLedger"
            option "operating_currency" "USD"

            2026-01-12 open Assets:Bank:USD
            2026-01-12 open Assets:Receivable:Bytekast:R-ORBIT
            2026-01-12 open Income:Bytekast:Setup

            2026-01-12 * "R-ORBIT" "invoice.issued BK-2026-000001"
              id: "invoice:BK-2026-000001"
              seq: 29
              Assets:Receivable:Bytekast:R-ORBIT   1920.00 USD
              Income:Bytekast:Setup               -1920.00 USD

            2026-01-12 * "R-ORBIT" "payment.received BT-0008"
              id: "payment-0008"
              seq: 26
              Assets:Bank:USD                      1920.00 USD
              Assets:Receivable:Bytekast:R-ORBIT  -1920.00 USD

            """)
    }

    /// One transaction per money event, nothing for the others, and the
    /// whole export balances per currency.
    @Test func oneBalancedTransactionPerMoneyEvent() throws {
        let events = try PublicSampleLedger.through("2026-06").events
        let transactions = JournalExport.transactions(events: events, asOf: nil)
        let money: Set<EventType> = [.invoiceIssued, .creditNoteIssued, .lateFeeAssessed, .paymentReceived, .paymentRefunded,
                                     .rebateCredited, .spifAwarded, .awardGranted]
        #expect(transactions.count == events.filter { money.contains($0.type) }.count)
        #expect(Set(transactions.map(\.seq)).count == transactions.count)
        for transaction in transactions {
            let sums = Dictionary(grouping: transaction.postings, by: \.amount.currency).mapValues { $0.reduce(0) { $0 + $1.amount.minor } }
            #expect(sums.values.allSatisfy { $0 == 0 }, "\(transaction.eventId) balances")
        }
        #expect(zip(transactions, transactions.dropFirst()).allSatisfy { $0.date <= $1.date }, "in date order")
    }

    /// Descriptions never break a line or a quoted string; amounts of a
    /// zero-decimal currency have no point and never an exponent.
    @Test func textAndAmountsAreSafe() {
        let yen = Money(minor: 1_000_000_000, currency: .jpy)
        let transaction = JournalTransaction(date: Fixtures.date("2026-02-01"), eventId: "award:1", seq: 7, payee: "R-\"Q\"",
                                             narration: "award.granted a|b;c\nd",
                                             postings: [Posting(account: "Expenses:Tokyo:Awards", amount: yen),
                                                        Posting(account: "Assets:Receivable:Tokyo:R-Q", amount: -yen)])
        let hledger = JournalExport.render([transaction], format: .hledger)
        #expect(hledger.contains("2026-02-01 R-\"Q\" | award.granted a b c d\n"))
        #expect(hledger.contains("Expenses:Tokyo:Awards         1000000000 JPY\n"))
        let beancount = JournalExport.render([transaction], format: .beancount)
        #expect(beancount.contains("2026-02-01 * \"R-\\\"Q\\\"\" \"award.granted a|b;c d\"\n"))
        #expect(beancount.contains("option \"operating_currency\" \"JPY\"\n"))
    }
}
