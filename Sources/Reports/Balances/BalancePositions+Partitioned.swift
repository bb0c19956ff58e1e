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
    public static func replaying(_ events: consuming [Event], partitions: Int) -> BalancePositions {
        guard partitions > 1 else { return BalancePositions(state: Projection.replay(events)) }
        let boxes = (0..<partitions).map { _ in PartitionBox() }
        let expected = events.count / partitions + 1
        for box in boxes { box.events.reserveCapacity(expected) }
        for event in events {
            if let reseller = event.payload.reseller {
                boxes[partition(of: reseller, count: partitions)].events.append(event)
            } else {
                for box in boxes { box.events.append(event) }
            }
        }
        events = []
        let parts = ParallelMap.map(boxes, minimumItems: 1) { box in
            // Taken out of the box, so the replay holds the only reference
            // and lets each event go once applied.
            let events = box.take()
            return BalancePositions(state: Projection.replay(events)).positions
        }
        return BalancePositions(positions: parts.joined().sorted { ($0.reseller, $0.program) < ($1.reseller, $1.program) })
    }

    /// FNV-1a of the reseller id: stable, and even enough over generated ids.
    static func partition(of reseller: String, count: Int) -> Int {
        Int(FNV1a.hash32(reseller) % UInt32(count))
    }
}

/// One partition's events, handed to the thread that replays them.
private final class PartitionBox: @unchecked Sendable {
    var events: [Event] = []

    func take() -> [Event] {
        defer { events = [] }
        return events
    }
}
