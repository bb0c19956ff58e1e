import LedgerCore
import LedgerEvents

/// What one read for a replay gave: the visible events in replay order,
/// the key of what was read (`SnapshotKey`), and whether they are the whole
/// committed ledger (nothing filtered out by the as-of date or known-at
/// instant), which is when a snapshot of their projection may be kept.
public struct ReplayRead {
    public let events: [Event]
    public let key: SnapshotKey
    public let isWholeLedger: Bool
}

/// Projection snapshots (`SnapshotFile`): kept by a reader that replayed
/// the whole ledger, used only under the same manifest and producer.
///
/// Example: `store.saveSnapshot(named: "balances", producer: p, payload: bytes,
/// key: read.key)` after a replay, then
/// `store.snapshot(named: "balances", producer: p)` returns `bytes` until the
/// next append commits.
extension LedgerStore {
    /// The events of `read(asOf:knownAt:)`, with the manifest they were read
    /// under and whether the filters left out any.
    public func readForReplay(asOf: CivilDate?, knownAt: Instant?) throws -> ReplayRead {
        // Filtered and sorted in place: the ledger is the largest thing in
        // memory, and a filtered and a sorted copy would hold it three times.
        let key = try SnapshotKey.current(layout).key
        let committed = try readCommitted()
        var events = committed.events
        let total = events.count
        if asOf != nil || knownAt != nil { events.removeAll { !Self.isVisible($0, asOf: asOf, knownAt: knownAt) } }
        events.sort(by: Event.replayOrder)
        // A key taken before the read is the key of what was read unless an
        // append committed in between; then it does not match now either.
        return ReplayRead(events: events, key: key, isWholeLedger: events.count == total)
    }

    /// The snapshot's payload when it was written by `producer` under the
    /// ledger's current key (same manifest, event files untouched since).
    public func snapshot(named name: String, producer: String) -> [UInt8]? {
        guard let key = try? SnapshotKey.current(layout).key else { return nil }
        return SnapshotFile(layout: layout, name: name).read(producer: producer, key: key)
    }

    /// Keeps `payload` as the snapshot computed from the ledger read under
    /// `key`. Never fails the command that computed it: a snapshot that
    /// cannot be written is simply not there next time.
    public func saveSnapshot(named name: String, producer: String, payload: [UInt8], key: SnapshotKey) {
        try? SnapshotFile(layout: layout, name: name).write(producer: producer, key: key, payload: payload)
    }

    public func hasSnapshotFile(named name: String) -> Bool {
        FileSystem.exists(SnapshotFile(layout: layout, name: name).path)
    }

    public func removeSnapshot(named name: String) {
        try? FileSystem.remove(SnapshotFile(layout: layout, name: name).path)
    }
}
