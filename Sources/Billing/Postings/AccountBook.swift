import LedgerCore

/// One side of a double-entry posting: debit positive, credit negative.
/// Example: an invoice of 881.89 posts `Assets:Receivable:Groupdocs:R-PACIFIC` +881.89,
/// `Income:Groupdocs:License` −810.00, `Liabilities:SalesTax:US-NY` −71.89.
public struct Posting: Equatable, Sendable {
    public let account: String
    public let amount: Money
    public init(account: String, amount: Money) { self.account = account; self.amount = amount }
}

/// Account balances as sums of postings, and the trial balance per currency.
public struct AccountBook: Sendable {
    public struct Key: Hashable, Sendable { public let account: String; public let currency: Currency }
    public private(set) var balances: [Key: Money] = [:]
    public private(set) var trial: [Currency: Int64] = [:]

    public init() {}

    /// Posts one balanced transaction; an unbalanced one is a programming error.
    public mutating func post(_ postings: [Posting]) {
        // Per-currency sums in a small list (a transaction has one
        // currency): a dictionary allocated per transaction cost more than
        // the postings. The trial balance takes each currency's sum once.
        var sums: [(currency: Currency, minor: Int64)] = []
        for posting in postings {
            let key = Key(account: posting.account, currency: posting.amount.currency)
            balances[key, default: .zero(posting.amount.currency)] += posting.amount
            if let index = sums.firstIndex(where: { $0.currency == posting.amount.currency }) {
                sums[index].minor += posting.amount.minor
            } else {
                sums.append((posting.amount.currency, posting.amount.minor))
            }
        }
        for sum in sums { trial[sum.currency, default: 0] += sum.minor }
        precondition(sums.allSatisfy { $0.minor == 0 }, "unbalanced transaction: \(postings)")
    }

    public func balance(_ account: String, _ currency: Currency) -> Money {
        balances[Key(account: account, currency: currency)] ?? .zero(currency)
    }
}
