import LedgerCore
import LedgerEvents
import Billing

/// `rledger audit RESELLER [--program P]`: the reseller's whole history in
/// business-date (replay) order, every event with its effect on the
/// receivable and the running balance per program, and for every amount
/// the ledger derived, how (`AuditExplainer`).
///
/// `events` are the events the question sees: pass them through
/// `Bitemporal.events(_:asOf:knownAt:)` for `--as-of` and `--known-at`.
/// The trail replays them once, explaining each of the reseller's events
/// from the state just before it.
///
/// Example: the public sample's R-HANSA trail starts with its enrolment
/// in groupdocs on 2026-01-01 (balance 0.00), then HA-01 and its invoice
/// GD-2026-000001 (+1,080.00), the payment BT-0034 (−1,080.00), … and on
/// 2026-03-31 the late fee of 2.96 on GD-2026-000004 with "interest 2.96 =
/// 2,250.00 × 12% × 4 days / 365 (2026-03-28 … 2026-03-31)".
public struct AuditTrail: Equatable, Sendable {
    public let reseller: String
    public let program: String?
    public let entries: [AuditEntry]

    public init(events: [Event], reseller: String, program: String? = nil) {
        var walk = AuditWalk(events: events, reseller: reseller, program: program)
        walk.run()
        self.reseller = reseller
        self.program = program
        entries = walk.entries
    }
}
