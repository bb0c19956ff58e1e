import LedgerCore
import LedgerEvents
import Billing

/// `rledger export --format hledger|beancount`: the ledger's double-entry
/// postings (DESIGN.md §4) as a journal those tools read, one transaction
/// per money event, so that their balance reports equal `rledger balances`.
///
/// Example: the public sample's first invoice becomes, for hledger,
/// ```
/// 2026-01-12 R-ORBIT | invoice.issued BK-2026-000001
///     ; id: invoice:BK-2026-000001, seq: 29
///     Assets:Receivable:Bytekast:R-ORBIT   1920.00 USD
///     Income:Bytekast:Setup               -1920.00 USD
/// ```
/// and for beancount `2026-01-12 * "R-ORBIT" "invoice.issued BK-2026-000001"`
/// with metadata `id: "invoice:BK-2026-000001"` and `seq: 29`.
public enum JournalExport {
    /// The journal of the events effective on or before `asOf` (all when nil).
    public static func journal(events: [Event], format: JournalFormat, asOf: CivilDate?) -> String {
        render(transactions(events: events, asOf: asOf), format: format)
    }

    public static func render(_ transactions: [JournalTransaction], format: JournalFormat) -> String {
        switch format {
        case .hledger: HledgerJournal.render(transactions)
        case .beancount: BeancountJournal.render(transactions)
        }
    }

    /// The transactions in replay order, each computed on the state before
    /// its event, exactly as the projection posts them.
    public static func transactions(events: [Event], asOf: CivilDate?) -> [JournalTransaction] {
        var state = LedgerState()
        var result: [JournalTransaction] = []
        for event in events.sorted(by: Projection.replayOrder) {
            if let asOf, event.effective > asOf { break }
            if let transaction = JournalTransaction(event: event, before: state) { result.append(transaction) }
            Projection.evolve(into: &state, event: event)
        }
        return result
    }

    /// Postings laid out as `account  amount` with accounts padded and
    /// amounts right-aligned within the transaction (two spaces at least:
    /// hledger ends an account name at two spaces).
    static func postingLines(_ postings: [Posting], indent: String) -> [String] {
        let amounts = postings.map { "\($0.amount.description) \($0.amount.currency.code)" }
        let accountWidth = postings.map(\.account.count).max() ?? 0
        let amountWidth = amounts.map(\.count).max() ?? 0
        return zip(postings, amounts).map { posting, amount in
            let gap = accountWidth - posting.account.count + 2 + amountWidth - amount.count
            return indent + posting.account + String(repeating: " ", count: gap) + amount
        }
    }
}
