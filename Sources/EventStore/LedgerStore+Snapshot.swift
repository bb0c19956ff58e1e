import LedgerCore
import LedgerEvents

/// What one read for a replay gave: the visible events in replay order
/// (or in seq order, when the caller sorts them itself),
/// the key of what was read (`SnapshotKey`), and what the filters left out:
/// whether the known-at instant hid any event, and the earliest effective
/// date of those the as-of date hid. A snapshot of the events' projection
/// may be kept when the known-at instant hid none; it then holds for every
/// as-of date from the last visible effective date up to (not including)
/// `firstHiddenEffective`.
///
/// Example: a ledger with events effective up to 2026-12-28 and tier
/// changes effective 2027-01-01, read as of 2026-12-31: `firstHiddenEffective`
/// is 2027-01-01, and every as-of date from 2026-12-28 to 2026-12-31 shows
/// the same events; read as of 2027-06-30, nothing is hidden (nil).
public struct ReplayRead {
    /// `var`, so that a caller can move the events out and let the replay
    /// hold the only reference to them.
    public var events: [Event]
    public let key: SnapshotKey
    public let hiddenByKnownAt: Bool
    public let firstHiddenEffective: CivilDate?
}

/// Projection snapshots (`SnapshotFile`): kept by a reader that replayed
/// the whole ledger, used only under the same manifest and producer.
///
/// Example: `store.saveSnapshot(named: "balances", producer: p, payload: bytes,
/// key: read.key)` after a replay, then
/// `store.snapshot(named: "balances", producer: p)` returns `bytes` until the
/// ledger changes (an indexed append may carry it over: `SnapshotCarry`).
extension LedgerStore {
    /// The events of `read(asOf:knownAt:)`, with the key of what was read
    /// and what the filters left out. `inReplayOrder: false` leaves them in
    /// seq order, for a caller that sorts them itself (`Projection.replay`
    /// sorts positions): sorting 56-byte events needs a second array of
    /// them, 560 MB at 10M events.
    public func readForReplay(asOf: CivilDate?, knownAt: Instant?, inReplayOrder: Bool = true) throws -> ReplayRead {
        // Filtered and sorted in place: the ledger is the largest thing in
        // memory, and a filtered and a sorted copy would hold it three times.
        let key = try SnapshotKey.current(layout).key
        // The only reference to the array, so filtering does not copy it.
        var events = try readCommitted().events
        var hiddenByKnownAt = false
        var firstHidden: CivilDate?
        if asOf != nil || knownAt != nil {
            events.removeAll { event in
                guard !Self.isVisible(event, asOf: asOf, knownAt: knownAt) else { return false }
                if let knownAt, (event.recorded ?? knownAt) > knownAt {
                    hiddenByKnownAt = true
                } else if firstHidden.map({ event.effective < $0 }) ?? true {
                    firstHidden = event.effective
                }
                return true
            }
        }
        if inReplayOrder { events.sort(by: Event.replayOrder) }
        // A key taken before the read is the key of what was read unless an
        // append committed in between; then it does not match now either.
        return ReplayRead(events: events, key: key, hiddenByKnownAt: hiddenByKnownAt, firstHiddenEffective: firstHidden)
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
