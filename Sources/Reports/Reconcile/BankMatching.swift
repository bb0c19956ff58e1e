import LedgerCore

/// Matches bank statement lines to `payment.received` events: first by
/// reference (the bank reference is the payment's `reference` or its
/// payment id), then by the same amount and currency with dates at most
/// three days apart, closest dates first; each line and each payment is
/// used once. What is left is in the bank only or in the ledger only.
///
/// Example: the ledger has BT-0040 (2,250.00 USD, 2026-04-10) and BT-0042
/// (900.00 USD, 2026-04-15); the bank has `2026-04-10,2250.00,USD,BT-0040`
/// and `2026-04-17,900.00,USD,` → both matched, the first by reference,
/// the second by amount two days apart. A bank line of 900.00 four days
/// away would stay in the bank only, and BT-0042 in the ledger only.
public struct BankMatching: Equatable, Sendable {
    public enum Basis: String, Sendable { case reference, amountAndDate }

    public struct Match: Equatable, Sendable {
        public let bank: BankStatement.Line
        public let payment: LedgerPayment
        public let basis: Basis
        /// A reference can match a payment of another amount: then it does not tie.
        public var amountsAgree: Bool { bank.amount == payment.amount }
        public var dayDifference: Int { bank.date.days(since: payment.date) }
    }

    public static let maximumDayDifference = 3

    public let matched: [Match]
    public let bankOnly: [BankStatement.Line]
    public let ledgerOnly: [LedgerPayment]

    /// Everything ties: every line matched, at the same amount (the exit code 0 of `reconcile`).
    public var isReconciled: Bool { bankOnly.isEmpty && ledgerOnly.isEmpty && matched.allSatisfy(\.amountsAgree) }

    public init(bank: [BankStatement.Line], payments: [LedgerPayment]) {
        var matches: [Match] = []
        var usedLines = Set<Int>(), usedPayments = Set<Int>()
        for (lineIndex, line) in bank.enumerated() {
            let candidates = payments.indices.filter { !usedPayments.contains($0) && payments[$0].isNamed(by: line.reference) }
            guard let best = candidates.min(by: { Self.preference(line, payments[$0]) < Self.preference(line, payments[$1]) }) else { continue }
            matches.append(Match(bank: line, payment: payments[best], basis: .reference))
            usedLines.insert(lineIndex)
            usedPayments.insert(best)
        }
        for (lineIndex, paymentIndex) in Self.pairsByAmount(bank, payments, usedLines, usedPayments)
        where !usedLines.contains(lineIndex) && !usedPayments.contains(paymentIndex) {
            matches.append(Match(bank: bank[lineIndex], payment: payments[paymentIndex], basis: .amountAndDate))
            usedLines.insert(lineIndex)
            usedPayments.insert(paymentIndex)
        }
        matched = matches.sorted { ($0.bank.line, $0.payment.seq) < ($1.bank.line, $1.payment.seq) }
        bankOnly = bank.indices.filter { !usedLines.contains($0) }.map { bank[$0] }
        ledgerOnly = payments.indices.filter { !usedPayments.contains($0) }.map { payments[$0] }
    }

    /// Among payments a reference names: the same amount first, then the closest date, then the lower seq.
    static func preference(_ line: BankStatement.Line, _ payment: LedgerPayment) -> (Int, Int, Int) {
        (line.amount == payment.amount ? 0 : 1, abs(line.date.days(since: payment.date)), payment.seq)
    }

    /// Every (line, payment) of the same amount within the window, closest
    /// first. Payments are looked up by amount, so a long statement against
    /// a large ledger stays linear in practice.
    static func pairsByAmount(_ bank: [BankStatement.Line], _ payments: [LedgerPayment],
                              _ usedLines: Set<Int>, _ usedPayments: Set<Int>) -> [(Int, Int)] {
        var byAmount: [Money: [Int]] = [:]
        for index in payments.indices where !usedPayments.contains(index) { byAmount[payments[index].amount, default: []].append(index) }
        var pairs: [(distance: Int, line: Int, seq: Int, payment: Int)] = []
        for lineIndex in bank.indices where !usedLines.contains(lineIndex) {
            for paymentIndex in byAmount[bank[lineIndex].amount] ?? [] {
                let distance = abs(bank[lineIndex].date.days(since: payments[paymentIndex].date))
                if distance <= maximumDayDifference { pairs.append((distance, lineIndex, payments[paymentIndex].seq, paymentIndex)) }
            }
        }
        return pairs.sorted { ($0.distance, $0.line, $0.seq) < ($1.distance, $1.line, $1.seq) }.map { ($0.line, $0.payment) }
    }
}
