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
///
/// Example: after an invoice of 881.89 and a payment of 900.00 from
/// R-PACIFIC in groupdocs, `.receivable(R-PACIFIC/groupdocs)` in USD is
/// −18.11 and the trial balance in USD is 0.
///
/// Balances are kept by account reference (`BookAccount`) and named only
/// when read by name (`balances`, `balance(_:_:)` with a name).
public struct AccountBook: Sendable {
    /// An account by name and currency: how reports read the book.
    public struct Key: Hashable, Sendable { public let account: String; public let currency: Currency }
    struct Entry: Hashable, Sendable { let account: BookAccount; let currency: Currency }
    private var amounts: [Entry: Money] = [:]
    public private(set) var trial: [Currency: Int64] = [:]
    /// A currency already in `trial`: a balanced transaction in it leaves
    /// the trial balance as it is, so it is not looked up again.
    private var trialCurrency: Currency?

    public init() {}

    /// The balances by account name. Two references with one name (ids
    /// that differ only in what a name replaces, `a.b` and `a_b`) are one
    /// account in the journal, so their balances are summed here as the
    /// export's journal sums them.
    public var balances: [Key: Money] {
        var named: [Key: Money] = [:]
        named.reserveCapacity(amounts.count)
        for (entry, amount) in amounts {
            named[Key(account: entry.account.name, currency: entry.currency), default: .zero(entry.currency)] += amount
        }
        return named
    }

    /// Posts one balanced transaction; an unbalanced one is a programming error.
    public mutating func post(_ entries: [BookEntry]) {
        guard let currency = entries.first?.amount.currency else { return }
        // A transaction has one currency: its sum is kept in a local, not
        // in a dictionary allocated per transaction.
        var sum: Int64 = 0
        var oneCurrency = true
        for entry in entries {
            add(entry)
            if entry.amount.currency == currency { sum += entry.amount.minor } else { oneCurrency = false }
        }
        guard oneCurrency else { return postMixed(entries) }
        if sum != 0 || trialCurrency != currency {
            trial[currency, default: 0] += sum
            trialCurrency = currency
        }
        precondition(sum == 0, "unbalanced transaction: \(entries)")
    }

    /// Adds a posting to its account's balance: found once, changed in
    /// place (the subscript with a default allocated for every posting).
    private mutating func add(_ entry: BookEntry) {
        let key = Entry(account: entry.account, currency: entry.amount.currency)
        if let index = amounts.index(forKey: key) {
            amounts.values[index] += entry.amount
        } else {
            amounts[key] = entry.amount
        }
    }

    /// The trial balance of a transaction in several currencies (the
    /// balances are already posted).
    private mutating func postMixed(_ entries: [BookEntry]) {
        var sums: [(currency: Currency, minor: Int64)] = []
        for entry in entries {
            if let index = sums.firstIndex(where: { $0.currency == entry.amount.currency }) {
                sums[index].minor += entry.amount.minor
            } else {
                sums.append((entry.amount.currency, entry.amount.minor))
            }
        }
        for sum in sums { trial[sum.currency, default: 0] += sum.minor }
        precondition(sums.allSatisfy { $0.minor == 0 }, "unbalanced transaction: \(entries)")
    }

    /// The balance of one account reference.
    public func balance(_ account: BookAccount, _ currency: Currency) -> Money {
        amounts[Entry(account: account, currency: currency)] ?? .zero(currency)
    }

    /// The balance of an account by name (every reference of that name).
    public func balance(_ account: String, _ currency: Currency) -> Money {
        balances[Key(account: account, currency: currency)] ?? .zero(currency)
    }
}
