import Testing
import LedgerCore
import LedgerEvents
import Reports
import LedgerTestSupport

/// Matching bank lines to `payment.received`: by reference, then by amount within three days.
@Suite struct BankMatchingTests {
    static func payment(_ id: String, _ date: String, _ amount: Int64, reference: String? = nil, seq: Int) -> LedgerPayment {
        LedgerPayment(eventId: "payment-\(id)", seq: seq, date: Fixtures.date(date), reseller: "R-HANSA", program: "groupdocs",
                      payment: id, reference: reference, amount: Money(minor: amount, currency: .usd))
    }

    static let payments = [
        payment("BT-0040", "2026-04-10", 225_000, seq: 51),
        payment("BT-0042", "2026-04-15", 90_000, reference: "GD-2026-000005", seq: 52),
        payment("BT-0043", "2026-04-20", 50_000, seq: 53),
        payment("BT-0044", "2026-04-22", 31_000, seq: 54),
        payment("BT-0046", "2026-05-02", 77_700, seq: 55),
    ]

    static let statement = """
        date,amount,currency,reference,counterparty
        2026-04-10,2250.00,USD,BT-0040,Hansa GmbH
        2026-04-16,900.00,USD,GD-2026-000005,Hansa GmbH
        2026-04-23,500.00,USD,,Hansa GmbH
        2026-04-26,310.00,USD,,Hansa GmbH
        2026-04-30,123.45,USD,X-9,Unknown Ltd

        """

    static func matching() throws -> BankMatching {
        BankMatching(bank: try BankStatement(csv: statement).lines, payments: payments)
    }

    @Test func matchedBankOnlyAndLedgerOnly() throws {
        let matching = try Self.matching()
        #expect(matching.matched.map { "\($0.bank.line) \($0.payment.payment) \($0.basis) \($0.dayDifference)" } == [
            "2 BT-0040 reference 0",          // bank reference = payment id
            "3 BT-0042 reference 1",          // bank reference = the payment's reference
            "4 BT-0043 amountAndDate 3",      // same amount, three days apart: matched
        ])
        // 310.00 on 04-26 is four days after BT-0044 (04-22): no match either way.
        #expect(matching.bankOnly.map(\.line) == [5, 6])
        #expect(matching.ledgerOnly.map(\.payment) == ["BT-0044", "BT-0046"])
        #expect(!matching.isReconciled)
    }

    @Test func closestDateWinsAndEachPaymentIsUsedOnce() throws {
        let bank = try BankStatement(csv: "date,amount,currency,reference\n2026-04-12,500.00,USD,\n2026-04-19,500.00,USD,\n").lines
        let payments = [Self.payment("A", "2026-04-15", 50_000, seq: 1), Self.payment("B", "2026-04-18", 50_000, seq: 2)]
        let matching = BankMatching(bank: bank, payments: payments)
        // 04-19 ↔ B (1 day) first; then 04-12 ↔ A (3 days).
        #expect(matching.matched.map { "\($0.bank.line) \($0.payment.payment)" } == ["2 A", "3 B"])
        #expect(matching.isReconciled)
    }

    @Test func aReferenceMatchWithAnotherAmountDoesNotTie() throws {
        let bank = try BankStatement(csv: "date,amount,currency,reference\n2026-04-10,2200.00,USD,BT-0040\n").lines
        let matching = BankMatching(bank: bank, payments: [Self.payments[0]])
        #expect(matching.matched.count == 1)
        #expect(!matching.matched[0].amountsAgree)
        #expect(!matching.isReconciled)
        #expect(matching.csv().contains("amountDiffers,2,2026-04-10,2200.00,USD,BT-0040"))
    }

    @Test func everythingTies() throws {
        let bank = try BankStatement(csv: "date,amount,currency,reference\n2026-04-10,2250.00,USD,BT-0040\n").lines
        #expect(BankMatching(bank: bank, payments: [Self.payments[0]]).isReconciled)
    }

    @Test func paymentsComeFromTheLedger() throws {
        let payments = LedgerPayment.all(in: try PublicSampleLedger.through("2026-06").events)
        let hansa = payments.filter { $0.reseller == "R-HANSA" && $0.date.month == 4 }
        #expect(hansa.map { "\($0.eventId) \($0.payment) \($0.date) \($0.amount) \($0.program)" }
                == ["payment-0040 BT-0040 2026-04-10 2250.00 groupdocs", "payment-0042 BT-0042 2026-04-15 900.00 groupdocs"])
    }

    @Test func renderers() throws {
        let matching = try Self.matching()
        #expect(matching.table() == """
            Bank reconciliation: 3 matched, 2 in the bank only, 2 in the ledger only: does not tie
            Status      Line  Bank date     Amount  Cur  Reference       Reseller  Program    Payment  Ledger date  Ledger amount  By
            ----------  ----  ----------  --------  ---  --------------  --------  ---------  -------  -----------  -------------  -------------
            matched        2  2026-04-10  2,250.00  USD  BT-0040         R-HANSA   groupdocs  BT-0040  2026-04-10        2,250.00  reference
            matched        3  2026-04-16    900.00  USD  GD-2026-000005  R-HANSA   groupdocs  BT-0042  2026-04-15          900.00  reference
            matched        4  2026-04-23    500.00  USD                  R-HANSA   groupdocs  BT-0043  2026-04-20          500.00  amountAndDate
            bankOnly       5  2026-04-26    310.00  USD
            bankOnly       6  2026-04-30    123.45  USD  X-9
            ledgerOnly                              USD                  R-HANSA   groupdocs  BT-0044  2026-04-22          310.00
            ledgerOnly                              USD                  R-HANSA   groupdocs  BT-0046  2026-05-02          777.00

            """)
        let json = matching.json()
        #expect(json.hasPrefix(#"{"reconciled":false,"matched":[{"status":"matched","basis":"reference","dayDifference":0,"bank":{"line":2,"date":"2026-04-10","amount":"2250.00","currency":"USD","reference":"BT-0040","counterparty":"Hansa GmbH"},"ledger":{"event":"payment-BT-0040","seq":51,"date":"2026-04-10","reseller":"R-HANSA","program":"groupdocs","payment":"BT-0040","amount":"2250.00","currency":"USD"}}"#))
        #expect(json.contains(#""bankOnly":[{"line":5,"date":"2026-04-26","amount":"310.00","currency":"USD","reference":"","counterparty":"Hansa GmbH"}"#))
        let csv = matching.csv().split(separator: "\r\n")
        #expect(csv.count == 8)
        #expect(csv[0] == "status,bankLine,bankDate,bankAmount,bankCurrency,bankReference,counterparty,reseller,program,payment,event,ledgerDate,ledgerAmount,ledgerCurrency,ledgerReference,basis")
        #expect(csv[7] == "ledgerOnly,,,,,,,R-HANSA,groupdocs,BT-0046,payment-BT-0046,2026-05-02,777.00,USD,,")
    }
}
