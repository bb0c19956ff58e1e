import LedgerCore
import LedgerEvents

/// One event of a reseller's audit trail: what happened, what it did to
/// the receivable, the balance per program after it, and how the ledger
/// derived every amount in it.
///
/// Example: 2026-03-31, seq 77, `lateFee.assessed`, groupdocs, "interest on
/// GD-2026-000004 through 2026-03-31: 2.96 (cumulative 2.96)", effect
/// +2.96, balance groupdocs 2.96, explanations ["interest 2.96 = 2,250.00
/// × 12% × 4 days / 365 (2026-03-28 … 2026-03-31)", …].
public struct AuditEntry: Equatable, Sendable {
    public struct Balance: Equatable, Sendable {
        public let program: String
        public let balance: Money

        public init(program: String, balance: Money) {
            self.program = program
            self.balance = balance
        }
    }

    public let date: CivilDate
    public let seq: Int
    public let eventId: String
    public let type: EventType
    public let program: String?
    public let recorded: Instant?
    public let description: String
    /// The change of the reseller's receivable in `program`; nil when the event moves no money.
    public let effect: Money?
    /// The receivable of each of the reseller's programs after the event, by program.
    public let balances: [Balance]
    public internal(set) var explanations: [String]
}
