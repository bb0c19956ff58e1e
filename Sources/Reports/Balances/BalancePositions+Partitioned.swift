import LedgerCore
import LedgerEvents
import Billing

/// The balance positions of a ledger replayed in partitions of resellers,
/// one per core. Every rule of the projection reads only the event's own
/// reseller, its program's terms and the tax rates (the partition property
/// `append` and `audit` already rely on, Docs/Architecture.md), and the
/// positions are per reseller and program, so each partition replays its
/// resellers' events plus every event of no reseller (terms, tax rates,
/// run records), and the positions of the partitions are merged by
/// (reseller, program): the same positions as one replay, in about half
/// the time of its fold on two cores.
///
/// Example: 1,000 events of R-A and R-B and 3 terms events, two partitions:
/// R-A's events and the 3 terms in one, R-B's and the 3 terms in the other;
/// the positions are R-A's rows from the first and R-B's from the second.
extension BalancePositions {
    /// `disposal`: `.keptUntilExit` for a command that ends after its
    /// report (`Projection.StateDisposal`).
    public static func replaying(_ events: consuming [Event], partitions: Int,
                                 disposal: Projection.StateDisposal = .freed) -> BalancePositions {
        guard partitions > 1 else {
            let state = Projection.replay(events)
            let positions = BalancePositions(state: state)
            if case .keptUntilExit = disposal { ProcessLifetime.keep(state) }
            return positions
        }
        let parts = Projection.replayPartitions(events, partitions: partitions, disposal: disposal) { state in
            BalancePositions(state: state).positions
        }
        return BalancePositions(positions: parts.joined().sorted { ($0.reseller, $0.program) < ($1.reseller, $1.program) })
    }
}
