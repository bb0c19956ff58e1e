import Testing
import Billing

/// Account names of EVENTS.md, and the extension that keeps free-text
/// components (categories, tax regions) valid in hledger and beancount.
@Suite struct AccountNamesTests {
    @Test(arguments: [
        ("bytekast", "Bytekast"), ("R-HANSA", "R-HANSA"), ("smart.soft_x", "Smart-soft-x"), ("9lives", "9lives"),
        ("US-NY", "US-NY"), ("setup fee", "Setup-fee"), ("a:b", "A-b"), ("_misc", "X-misc"), ("", "X"),
        ("лицензия", "Лицензия"), ("-x", "X-x"),
    ])
    func component(id: String, expected: String) {
        #expect(AccountNames.component(id) == expected)
    }

    @Test func namesOfEveryKind() {
        #expect(AccountNames.receivable(program: "groupdocs", reseller: "R-HANSA") == "Assets:Receivable:Groupdocs:R-HANSA")
        #expect(AccountNames.income(program: "bytekast", category: "setup") == "Income:Bytekast:Setup")
        #expect(AccountNames.interest(program: "groupdocs") == "Income:Groupdocs:Interest")
        #expect(AccountNames.salesTax(jurisdiction: "US-NY") == "Liabilities:SalesTax:US-NY")
        #expect(AccountNames.bank(currency: "RUB") == "Assets:Bank:RUB")
        #expect(AccountNames.expense(program: "smartsoft", kind: "SPIF") == "Expenses:Smartsoft:SPIF")
    }
}
