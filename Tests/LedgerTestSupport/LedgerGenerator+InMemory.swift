import LedgerCore
import LedgerEvents
import Billing
import RLedgerCLI

/// The generator of `rledger generate`, for tests: the same draws, kept in
/// an `InMemoryLedger` so every fact also goes through the append checks.
public typealias LedgerGenerator = RLedgerCLI.LedgerGenerator
public typealias SplitMix64 = RLedgerCLI.SplitMix64

extension LedgerGenerator {
    /// The facts appended month by month through `InMemoryLedger` (so every
    /// fact passes the append checks), each month closed by month-end.
    ///
    /// Example: `try LedgerGenerator(seed: 42).ledger()` gives the same few
    /// thousand events on every machine.
    public mutating func ledger() throws -> InMemoryLedger {
        var ledger = InMemoryLedger()
        var month = Self.start
        ledger.now = Instant.endOfDay(month.firstDay)
        try ledger.append(Self.programFacts())
        try ledger.append([openingTaxRate()])
        for _ in 0..<months {
            let batch = facts(in: month, state: ledger.state)
            ledger.now = Instant.endOfDay(month.lastDay.adding(days: 1))
            try ledger.append(batch)
            ledger.monthEnd(month)
            month = month.next
        }
        return ledger
    }
}
