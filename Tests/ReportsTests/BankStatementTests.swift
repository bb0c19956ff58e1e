import Testing
import LedgerCore
import Reports

/// Reading a bank statement: columns by header name, values checked, errors naming line and column.
@Suite struct BankStatementTests {
    @Test func columnsByNameInAnyOrder() throws {
        let statement = try BankStatement(csv: """
            Reference,Currency,Date,Amount,Counterparty,Booking text\r
            BT-0040,USD,2026-04-10,2250.00,"Hansa GmbH, Hamburg",ignored\r
            \r
            ,RUB,2026-06-15, 357500.00 ,,\r

            """)
        #expect(statement.lines == [
            BankStatement.Line(line: 2, date: CivilDate(parsing: "2026-04-10")!, amount: Money(minor: 225_000, currency: .usd),
                               reference: "BT-0040", counterparty: "Hansa GmbH, Hamburg"),
            BankStatement.Line(line: 4, date: CivilDate(parsing: "2026-06-15")!, amount: Money(minor: 35_750_000, currency: .rub),
                               reference: "", counterparty: nil),
        ])
    }

    @Test func counterpartyIsOptional() throws {
        let statement = try BankStatement(csv: "date,amount,currency,reference\n2026-04-15,900.00,USD,BT-0042\n")
        #expect(statement.lines.count == 1)
        #expect(statement.lines[0].counterparty == nil)
    }

    @Test(arguments: [
        ("", "line 1: the file is empty; it needs a header row naming date, amount, currency, reference"),
        ("date,amount,reference\n", "line 1: no column \"currency\" in the header (needed: date, amount, currency, reference)"),
        ("date,amount,currency,reference,Date\n", "line 1: column \"date\" appears twice in the header"),
        ("date,amount,currency,reference\n2026-04-10,1.00,USD\n", "line 2: 3 fields; the header has 4"),
        ("date,amount,currency,reference\n2026-04-10,1.00,USD,a\n10.04.2026,1.00,USD,b\n",
         "line 3, column date: \"10.04.2026\" is not a date YYYY-MM-DD"),
        ("date,amount,currency,reference\n2026-04-10,12.345,USD,a\n", "line 2, column amount: \"12.345\" has 3 decimals; USD allows 2"),
        ("date,amount,currency,reference\n2026-04-10,\"1,250.00\",USD,a\n",
         "line 2, column amount: \"1,250.00\" is not an amount (digits, an optional leading minus and a decimal point)"),
        ("date,amount,currency,reference\n2026-04-10,1.00,XXX,a\n", "line 2, column currency: \"XXX\" is not a known ISO 4217 currency code"),
        ("date,amount,currency,reference\n2026-04-10,1.00,USD,\"a\n", "line 2: a quoted field is never closed"),
    ])
    func refusalsNameLineAndColumn(csv: String, message: String) {
        do {
            _ = try BankStatement(csv: csv)
            Issue.record("accepted: \(csv)")
        } catch {
            #expect(error.description == message)
        }
    }
}
