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
    /// A currency already in `trial`: a balanced transaction in it leaves
    /// the trial balance as it is, so it is not looked up again.
    private var trialCurrency: Currency?

    public init() {}

    /// Posts one balanced transaction; an unbalanced one is a programming error.
    public mutating func post(_ postings: [Posting]) {
        guard let currency = postings.first?.amount.currency else { return }
        // A transaction has one currency: its sum is kept in a local, not
        // in a dictionary allocated per transaction.
        var sum: Int64 = 0
        var oneCurrency = true
        for posting in postings {
            add(posting)
            if posting.amount.currency == currency { sum += posting.amount.minor } else { oneCurrency = false }
        }
        guard oneCurrency else { return postMixed(postings) }
        if sum != 0 || trialCurrency != currency {
            trial[currency, default: 0] += sum
            trialCurrency = currency
        }
        precondition(sum == 0, "unbalanced transaction: \(postings)")
    }

    /// Adds a posting to its account's balance: found once, changed in
    /// place (the subscript with a default allocated for every posting).
    private mutating func add(_ posting: Posting) {
        let key = Key(account: posting.account, currency: posting.amount.currency)
        if let index = balances.index(forKey: key) {
            balances.values[index] += posting.amount
        } else {
            balances[key] = posting.amount
        }
    }

    /// The trial balance of a transaction in several currencies (the
    /// balances are already posted).
    private mutating func postMixed(_ postings: [Posting]) {
        var sums: [(currency: Currency, minor: Int64)] = []
        for posting in postings {
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
