import Foundation
import EventStore
import LedgerCore
import LedgerEvents
import Billing
import Reports

/// `balances` through the projection snapshot `derived/balances.snapshot`
/// (Docs/StoreFormat.md §11): served from the snapshot when it was written
/// by this very program under the current manifest and covers the as-of
/// date and known-at instant; otherwise a full replay, which then keeps a
/// snapshot unless the known-at instant hid events. `verify` checks the
/// snapshot against a replay.
///
/// Example: on the demo ledger, the first `rledger balances` replays every
/// event and writes the snapshot; the second reads it (same bytes out); an
/// `append` of payments carries it over its commit (`carry`), so the next
/// still reads it; after a month-end the next `balances` replays again.
/// `balances --as-of` a date outside the kept snapshot's range (see
/// `BalanceSnapshot`) replays and keeps its own.
enum BalanceSnapshotCache {
    static let name = "balances"

    /// The balance positions for `asOf`/`knownAt`, from the snapshot or a replay.
    static func positions(_ store: LedgerStore, asOf: CivilDate, knownAt: Instant?) throws -> BalancePositions {
        if let producer = producer, let snapshot = load(store, producer: producer), snapshot.covers(asOf: asOf, knownAt: knownAt) {
            return snapshot.positions
        }
        let replayed = try replay(store, asOf: asOf, knownAt: knownAt)
        if let snapshot = replayed.snapshot, let producer {
            store.saveSnapshot(named: name, producer: producer, payload: snapshot.encoded(), key: replayed.key)
        }
        return replayed.positions
    }

    /// `verify`'s check, after the files verified clean: a snapshot this
    /// program would use is compared with a fresh replay and rewritten when
    /// it differs (the returned warning says so); one it would not use
    /// (older manifest, other program, unreadable) is removed.
    static func check(_ store: LedgerStore) throws -> String? {
        guard store.hasSnapshotFile(named: name) else { return nil }
        guard let producer, let kept = load(store, producer: producer) else {
            store.removeSnapshot(named: name)
            return nil
        }
        // The kept snapshot's own as-of range: its last date, or its first
        // hidden date's eve, or (it saw everything) the whole ledger.
        let replayed = try replay(store, asOf: kept.until.map { $0.adding(days: -1) }, knownAt: nil)
        guard let fresh = replayed.snapshot, fresh != kept else { return nil }
        store.saveSnapshot(named: name, producer: producer, payload: fresh.encoded(), key: replayed.key)
        return "derived/\(name).snapshot: did not match a replay of the ledger; rebuilt (it is derived data: nothing was lost)"
    }

    /// A replay of the ledger as of `asOf`/`knownAt`: its positions, the
    /// snapshot to keep of them (nil when the known-at instant hid events)
    /// and the key of what was read. From line keys, a window of decoded
    /// lines at a time (`StreamedReplay`); with a known-at instant, or when
    /// the files do not match what that read checks, from every event
    /// (which then names the damage).
    private static func replay(_ store: LedgerStore, asOf: CivilDate?, knownAt: Instant?)
        throws -> (positions: BalancePositions, snapshot: BalanceSnapshot?, key: SnapshotKey) {
        if knownAt == nil, let lines = try StreamedReplay.readLineKeys(store, asOf: asOf) {
            let key = lines.key, through = lines.through, recorded = lines.recordedThrough, until = lines.firstHiddenEffective
            let positions = try StreamedReplay.positions(lines)
            return (positions, BalanceSnapshot(positions: positions, through: through, recordedThrough: recorded, until: until), key)
        }
        var read = try store.readForReplay(asOf: asOf, knownAt: knownAt, inReplayOrder: false)
        let bounds = BalanceSnapshot.bounds(of: read.events)
        let events = read.events
        read.events = []
        let positions = BalancePositions.replaying(events, partitions: ParallelMap.cores, disposal: .keptUntilExit)
        let snapshot = read.hiddenByKnownAt ? nil
            : BalanceSnapshot(positions: positions, through: bounds.through, recordedThrough: bounds.recorded, until: read.firstHiddenEffective)
        return (positions, snapshot, read.key)
    }

    /// What `append` hands the store to carry the snapshot over its commit
    /// (`SnapshotCarry`): when every new event has a reseller, the batch's
    /// resellers are replayed alone — their events, the events of no
    /// reseller, and the new ones (the partition property), those effective
    /// before the snapshot's `until` when it has one — and their positions
    /// replaced. A batch with an event of no reseller (program terms, a tax
    /// rate) leaves the snapshot behind: it may change every reseller.
    ///
    /// Example: a payment of R-ACME appended to a 10M-event ledger replays
    /// R-ACME's few hundred events, not ten million, and the next
    /// `balances` reads the carried snapshot.
    static var carry: SnapshotCarry? {
        guard let producer else { return nil }
        return SnapshotCarry(name: name, producer: producer) { payload, ledger, appended in
            guard let (kept, _) = BalanceSnapshot.decodeHeader(payload),
                  appended.allSatisfy({ $0.payload.reseller != nil }) else { return nil }
            // The snapshot's range ends before `until`: events from then on
            // stay hidden from it, old and new alike.
            let visible = { (event: Event) in kept.until.map { event.effective < $0 } ?? true }
            let resellers = Set(appended.compactMap(\.payload.reseller))
            let events = (try ledger.events(concerning: resellers) + appended).filter(visible)
            let replayed = BalancePositions(state: Projection.replay(events.sorted(by: Event.replayOrder)))
            // The other resellers' lines are kept as bytes, not decoded.
            return BalanceSnapshot.spliced(payload, replacing: resellers, with: replayed.positions,
                                           adding: appended.filter(visible))
        }
    }

    private static func load(_ store: LedgerStore, producer: String) -> BalanceSnapshot? {
        store.snapshot(named: name, producer: producer).flatMap(BalanceSnapshot.decode)
    }

    /// Who computed a snapshot: the payload's format and this executable
    /// (size, modification time and inode of `/proc/self/exe`), so that a
    /// rebuilt or upgraded `rledger`, whose rules may differ, never reads
    /// positions an older one computed. Nil (no snapshots) where the
    /// executable cannot be identified.
    static let producer: String? = {
        #if os(Linux)
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return nil }
        return "\(BalanceSnapshot.header.replacingOccurrences(of: " ", with: "/")) exe:\(status.st_size):"
            + "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec):\(status.st_ino)"
        #else
        return nil
        #endif
    }()
}
