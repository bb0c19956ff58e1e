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
        var sums: [Currency: Int64] = [:]
        for posting in postings {
            let key = Key(account: posting.account, currency: posting.amount.currency)
            balances[key, default: .zero(posting.amount.currency)] += posting.amount
            trial[posting.amount.currency, default: 0] += posting.amount.minor
            sums[posting.amount.currency, default: 0] += posting.amount.minor
        }
        precondition(sums.values.allSatisfy { $0 == 0 }, "unbalanced transaction: \(postings)")
    }

    public func balance(_ account: String, _ currency: Currency) -> Money {
        balances[Key(account: account, currency: currency)] ?? .zero(currency)
    }
}
