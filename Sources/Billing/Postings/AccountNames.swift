/// Account names shared by the ledger and the hledger/beancount export
/// (EVENTS.md): a component is the id with its first letter upper-cased and
/// `.`/`_` replaced by `-`.
///
/// Example: program `bytekast`, reseller `R-ORBIT` →
/// `Assets:Receivable:Bytekast:R-ORBIT`; category `setup` → `Income:Bytekast:Setup`.
public enum AccountNames {
    public static func component(_ id: String) -> String {
        var text = String(id.map { $0 == "." || $0 == "_" ? "-" : $0 })
        if let first = text.first { text.replaceSubrange(text.startIndex...text.startIndex, with: first.uppercased()) }
        return text
    }

    public static func receivable(program: String, reseller: String) -> String {
        "Assets:Receivable:\(component(program)):\(component(reseller))"
    }

    public static func income(program: String, category: String) -> String {
        "Income:\(component(program)):\(component(category))"
    }

    public static func interest(program: String) -> String { "Income:\(component(program)):Interest" }
    public static func salesTax(jurisdiction: String) -> String { "Liabilities:SalesTax:\(component(jurisdiction))" }
    public static func bank(currency: String) -> String { "Assets:Bank:\(currency)" }
    public static func expense(program: String, kind: String) -> String { "Expenses:\(component(program)):\(kind)" }
}
