import Foundation
import LedgerCore
import Billing
import Reports
import LedgerTestSupport

/// Account balances as hledger and beancount report them for an exported
/// journal, next to the ones the projection booked.
///
/// Example: hledger's bare CSV row `"Assets:Bank:USD","USD","1080.00"` and
/// bean-query's `Assets:Bank:USD,USD,  1080.00` both become
/// `Assets:Bank:USD` → 1080.00 USD.
enum PeerBalances {
    struct Key: Hashable, CustomStringConvertible {
        let account: String
        let currency: Currency
        var description: String { "\(account) \(currency)" }
    }

    typealias Balances = [Key: Money]

    /// `hledger -f FILE bal --flat -N -E --layout=bare -O csv`: every account
    /// (also those at zero), one row per account and commodity.
    static let hledgerArguments = ["bal", "--flat", "-N", "-E", "--layout=bare", "-O", "csv"]
    static let beanQuery = "SELECT account, currency, sum(number) AS balance GROUP BY account, currency ORDER BY account, currency"

    static func hledger(journal: String) throws -> Balances {
        let file = try PeerTool.temporaryFile(journal, suffix: ".journal")
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try PeerTool.run("hledger", ["-f", file.path] + hledgerArguments)
        guard output.status == 0 else { throw PeerError.failed(tool: "hledger", output: output) }
        return try parse(output.stdout, tool: "hledger")
    }

    /// `bean-check FILE` must accept the file; then `bean-query -f csv FILE QUERY`.
    static func beancount(journal: String) throws -> Balances {
        let file = try PeerTool.temporaryFile(journal, suffix: ".beancount")
        defer { try? FileManager.default.removeItem(at: file) }
        let check = try PeerTool.run("bean-check", [file.path])
        guard check.status == 0 else { throw PeerError.failed(tool: "bean-check", output: check) }
        let output = try PeerTool.run("bean-query", ["-f", "csv", file.path, beanQuery])
        guard output.status == 0 else { throw PeerError.failed(tool: "bean-query", output: output) }
        return try parse(output.stdout, tool: "bean-query")
    }

    /// Rows `account,currency,balance` after a header; quotes and padding dropped.
    static func parse(_ csv: String, tool: String) throws -> Balances {
        var balances: Balances = [:]
        for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
            guard fields.count == 3 else { throw PeerError.unreadable(tool: tool, line: String(line)) }
            if fields[2] == "0" { continue }  // hledger -E: an account at zero, commodity not shown
            guard let currency = Currency(code: fields[1]), let amount = try? Money(parsing: fields[2], currency: currency) else {
                throw PeerError.unreadable(tool: tool, line: String(line))
            }
            if !amount.isZero { balances[Key(account: fields[0], currency: currency), default: .zero(currency)] += amount }
        }
        return balances
    }

    /// The projection's non-zero account balances.
    static func booked(_ state: LedgerState) -> Balances {
        var balances: Balances = [:]
        for (key, amount) in state.book.balances where !amount.isZero { balances[Key(account: key.account, currency: key.currency)] = amount }
        return balances
    }
}
