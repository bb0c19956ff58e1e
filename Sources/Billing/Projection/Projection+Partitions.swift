import LedgerCore
import LedgerEvents

/// A replay in partitions of resellers, one per core, each folded on its
/// own thread straight from the one array of events: no partition copies
/// the events it replays. Every rule of the projection reads only the
/// event's own reseller, its program's terms and the tax rates (the
/// partition property `append` and `audit` rely on, Docs/Architecture.md),
/// so a partition replays its resellers' events plus every event of no
/// reseller (terms, tax rates, run records), and what is read of one
/// partition's state about its own resellers is what one replay of the
/// whole ledger says about them.
///
/// Example: 1,000 events of R-A and R-B and 3 terms events, two
/// partitions: the first folds R-A's events and the 3 terms, the second
/// R-B's and the 3 terms; `summarise` reads R-A from the first state and
/// R-B from the second.
extension Projection {
    /// What happens to the partitions' states once summarised.
    public enum StateDisposal: Sendable {
        /// Freed on the thread that built it (tests, long-lived callers).
        case freed
        /// Kept until the process exits: a one-shot command ends right
        /// after its report, and the operating system takes back the pages
        /// of a state at once, where freeing it is millions of `free`
        /// calls (0.7 s of a 3.6 s `balances` at 1M events).
        case keptUntilExit
    }

    /// Replays the partitions of `events` on their threads and returns
    /// `summarise` of each partition's state, in partition order. Each
    /// event of a reseller is let go once its partition applied it, so the
    /// ledger's events make room for the states as the replay goes.
    public static func replayPartitions<Summary: Sendable>(
        _ events: consuming [Event], partitions: Int, disposal: StateDisposal = .freed,
        summarise: @Sendable (LedgerState) -> Summary
    ) -> [Summary] {
        var events = events
        return events.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedEvents(buffer)
            return ParallelMap.map(Array(0..<partitions), minimumItems: 1) { part in
                // Each thread releases only events of its own resellers,
                // elements no other thread touches; the events of no
                // reseller are read by every partition and stay.
                let state = replay(shared.buffer) { event in
                    guard let reseller = event.payload.reseller else { return .keep }
                    return partition(of: reseller, count: partitions) == part ? .applyAndRelease : .skip
                }
                let summary = summarise(state)
                if case .keptUntilExit = disposal { ProcessLifetime.keep(state) }
                return summary
            }
        }
    }

    /// The partition of a reseller: FNV-1a of its id, stable, and even
    /// enough over generated ids.
    public static func partition(of reseller: String, count: Int) -> Int {
        partition(resellerHash: FNV1a.hash32(reseller), count: count)
    }

    /// The same from the hash, for a reader that hashed the id's bytes.
    public static func partition(resellerHash: UInt32, count: Int) -> Int {
        Int(resellerHash % UInt32(count))
    }

    enum Inclusion { case skip, keep, applyAndRelease }

    /// Folds the events `inclusion` takes, in replay order, releasing those
    /// it marks once applied.
    static func replay(_ events: UnsafeMutableBufferPointer<Event>, inclusion: (Event) -> Inclusion) -> LedgerState {
        var keys: [ReplayKey] = []
        var released: [Bool] = []
        keys.reserveCapacity(events.count / 2 + 16)
        released.reserveCapacity(events.count)
        for index in events.indices {
            let event = events[index]
            let include = inclusion(event)
            released.append(include == .applyAndRelease)
            guard include != .skip else { continue }
            keys.append(ReplayKey(event, index: index))
        }
        keys.sort()
        var state = LedgerState()
        state.reserveCapacity(for: keys.lazy.map { events[$0.index] })
        for key in keys {
            evolve(into: &state, event: events[key.index])
            if released[key.index] { events[key.index] = Self.released }
        }
        return state
    }
}

/// The events' buffer, shared by the partitions' threads: each writes only
/// the elements of its own resellers, and the buffer outlives them
/// (`withUnsafeMutableBufferPointer` returns after `ParallelMap.map`).
private struct SharedEvents: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Event>
    init(_ buffer: UnsafeMutableBufferPointer<Event>) { self.buffer = buffer }
}
