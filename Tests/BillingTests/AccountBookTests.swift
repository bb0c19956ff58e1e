import Testing
import LedgerCore
import Billing

/// `AccountBook` keeps balances by account reference (`BookAccount`) and
/// names them only when read by name.
@Suite struct AccountBookTests {
    static func key(_ reseller: String, _ program: String = "groupdocs") -> EnrolmentKey {
        EnrolmentKey(reseller: reseller, program: program)
    }

    static func usd(_ minor: Int64) -> Money { Money(minor: minor, currency: .usd) }

    @Test func everyReferenceIsNamedAsTheJournalNamesIt() {
        let accounts: [(BookAccount, String)] = [
            (.receivable(Self.key("R-HANSA")), AccountNames.receivable(program: "groupdocs", reseller: "R-HANSA")),
            (.income(program: "bytekast", category: "setup fee"), AccountNames.income(program: "bytekast", category: "setup fee")),
            (.interest(program: "groupdocs"), AccountNames.interest(program: "groupdocs")),
            (.salesTax(jurisdiction: "US-NY"), AccountNames.salesTax(jurisdiction: "US-NY")),
            (.bank(currency: "RUB"), AccountNames.bank(currency: "RUB")),
            (.expense(program: "smartsoft", kind: "SPIF"), AccountNames.expense(program: "smartsoft", kind: "SPIF")),
        ]
        for (account, name) in accounts { #expect(account.name == name) }
        #expect(BookAccount.receivable(Self.key("R-HANSA")).name == "Assets:Receivable:Groupdocs:R-HANSA")
    }

    /// An invoice of 881.89 (810.00 licence, 71.89 tax) and a payment of
    /// 900.00: the receivable is −18.11, the trial balance zero.
    @Test func balancesByReferenceAndByName() {
        var book = AccountBook()
        let receivable = BookAccount.receivable(Self.key("R-PACIFIC"))
        book.post([BookEntry(receivable, Self.usd(88_189)),
                   BookEntry(.income(program: "groupdocs", category: "license"), Self.usd(-81_000)),
                   BookEntry(.salesTax(jurisdiction: "US-NY"), Self.usd(-7_189))])
        book.post([BookEntry(.bank(currency: "USD"), Self.usd(90_000)), BookEntry(receivable, Self.usd(-90_000))])
        #expect(book.balance(receivable, .usd) == Self.usd(-1_811))
        #expect(book.balance("Assets:Receivable:Groupdocs:R-PACIFIC", .usd) == Self.usd(-1_811))
        #expect(book.balance(.bank(currency: "USD"), .usd) == Self.usd(90_000))
        #expect(book.balance(receivable, .eur) == Money.zero(.eur))
        #expect(book.balances.count == 4)
        #expect(book.trial == [.usd: 0])
    }

    /// Ids `R.X` and `R_X` are two resellers with one account name
    /// (`R-X`): the book keeps them apart by reference, and reading by
    /// name sums them as the exported journal does.
    @Test func referencesOfOneNameAreSummedWhenReadByName() {
        var book = AccountBook()
        book.post([BookEntry(.receivable(Self.key("R.X")), Self.usd(1_000)), BookEntry(.bank(currency: "USD"), Self.usd(-1_000))])
        book.post([BookEntry(.receivable(Self.key("R_X")), Self.usd(250)), BookEntry(.bank(currency: "USD"), Self.usd(-250))])
        #expect(book.balance(.receivable(Self.key("R.X")), .usd) == Self.usd(1_000))
        #expect(book.balance(.receivable(Self.key("R_X")), .usd) == Self.usd(250))
        #expect(book.balance("Assets:Receivable:Groupdocs:R-X", .usd) == Self.usd(1_250))
        #expect(book.balances.count == 2)
    }
}
