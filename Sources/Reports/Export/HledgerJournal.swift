import LedgerCore
import Billing

/// Writes transactions as an hledger journal: `decimal-mark .` first (so a
/// three-decimal amount such as `1.250 KWD` is never read as 1250), then
/// one transaction per money event with its id and seq as tags.
///
/// Example:
/// ```
/// 2026-01-14 R-HANSA | payment.received BT-0034
///     ; id: payment-0034, seq: 27
///     Assets:Bank:USD                       1080.00 USD
///     Assets:Receivable:Groupdocs:R-HANSA  -1080.00 USD
/// ```
enum HledgerJournal {
    static func render(_ transactions: [JournalTransaction]) -> String {
        var lines = ["; ResellerLedger journal export for hledger: \(transactions.count) transactions",
                     "decimal-mark .", ""]
        for transaction in transactions {
            lines.append("\(transaction.date) \(text(transaction.payee)) | \(text(transaction.narration))")
            lines.append("    ; id: \(transaction.eventId), seq: \(transaction.seq)")
            lines += JournalExport.postingLines(transaction.postings, indent: "    ")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A description is one line, and `|` separates payee from note.
    static func text(_ value: String) -> String {
        String(value.map { $0 == "\n" || $0 == "\r" || $0 == "|" || $0 == ";" ? " " : $0 })
    }
}
