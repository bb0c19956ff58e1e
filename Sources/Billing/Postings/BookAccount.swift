import LedgerCore

/// An account of the book by what it is, before it is named: the
/// projection books postings by these, and `name` gives the account's name
/// in the journal (`AccountNames`, shared with the hledger/beancount
/// export).
///
/// Example: `.receivable(EnrolmentKey(reseller: "R-ORBIT", program:
/// "bytekast"))` is named `Assets:Receivable:Bytekast:R-ORBIT`;
/// `.income(program: "bytekast", category: "setup")` is `Income:Bytekast:Setup`.
///
/// A replay posts to an account for every money event: a reference is
/// found by its enrolment key's hash (computed once, when the key is made)
/// and a few short ids, where a name was a new string of 30 bytes or more
/// to build and hash every time.
public enum BookAccount: Hashable, Sendable {
    case receivable(EnrolmentKey)
    case income(program: String, category: String)
    case interest(program: String)
    case salesTax(jurisdiction: String)
    case bank(currency: String)
    case expense(program: String, kind: String)

    /// The enrolment of a receivable account; nil for any other.
    public var enrolment: EnrolmentKey? {
        if case .receivable(let key) = self { key } else { nil }
    }

    public var name: String {
        switch self {
        case .receivable(let key): AccountNames.receivable(program: key.program, reseller: key.reseller)
        case .income(let program, let category): AccountNames.income(program: program, category: category)
        case .interest(let program): AccountNames.interest(program: program)
        case .salesTax(let jurisdiction): AccountNames.salesTax(jurisdiction: jurisdiction)
        case .bank(let currency): AccountNames.bank(currency: currency)
        case .expense(let program, let kind): AccountNames.expense(program: program, kind: kind)
        }
    }
}

/// One side of a posting before its account is named (`Posting` once named).
public struct BookEntry: Equatable, Sendable {
    public let account: BookAccount
    public let amount: Money
    public init(_ account: BookAccount, _ amount: Money) { self.account = account; self.amount = amount }

    public var named: Posting { Posting(account: account.name, amount: amount) }
}
