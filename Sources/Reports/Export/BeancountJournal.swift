import LedgerCore
import Billing

/// Writes transactions as a beancount file: the operating currencies, an
/// `open` for every account on the date of its first posting, then one
/// transaction per money event with `id` and `seq` metadata.
///
/// Example:
/// ```
/// option "operating_currency" "USD"
///
/// 2026-01-14 open Assets:Bank:USD
///
/// 2026-01-14 * "R-HANSA" "payment.received BT-0034"
///   id: "payment-0034"
///   seq: 27
///   Assets:Bank:USD                       1080.00 USD
///   Assets:Receivable:Groupdocs:R-HANSA  -1080.00 USD
/// ```
enum BeancountJournal {
    static func render(_ transactions: [JournalTransaction]) -> String {
        var firstUse: [String: CivilDate] = [:]
        var currencies = Set<String>()
        for transaction in transactions {
            for posting in transaction.postings {
                if firstUse[posting.account].map({ transaction.date < $0 }) ?? true { firstUse[posting.account] = transaction.date }
                currencies.insert(posting.amount.currency.code)
            }
        }
        var lines = ["; ResellerLedger journal export for beancount: \(transactions.count) transactions",
                     "option \"title\" \"ResellerLedger\""]
        lines += currencies.sorted().map { "option \"operating_currency\" \"\($0)\"" }
        lines.append("")
        lines += firstUse.keys.sorted().map { "\(firstUse[$0]!) open \($0)" }
        lines.append("")
        for transaction in transactions {
            lines.append("\(transaction.date) * \(quoted(transaction.payee)) \(quoted(transaction.narration))")
            lines.append("  id: \(quoted(transaction.eventId))")
            lines.append("  seq: \(transaction.seq)")
            lines += JournalExport.postingLines(transaction.postings, indent: "  ")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A beancount string: backslash and quote escaped, one line.
    static func quoted(_ value: String) -> String {
        var result = "\""
        for character in value {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
