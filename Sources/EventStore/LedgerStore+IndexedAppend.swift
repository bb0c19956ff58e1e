import LedgerCore
import LedgerEvents

/// What an append's business checks may ask of the ledger when it is not
/// read whole: the events of given resellers and of no reseller, and which
/// keys (an order's or an account's id in its program) stored lines hold.
/// Everything it returns is read through the derived index and checked
/// line by line (`IndexedReader`).
///
/// Example: for a batch of 100 payments of R-GR0001, `events(concerning:
/// ["R-GR0001"])` returns the program terms, tax rates, run records and
/// R-GR0001's own events, a few hundred of 10 million.
public final class IndexedLedger {
    let reader: IndexedReader

    init(reader: IndexedReader) { self.reader = reader }

    /// The ledger's last seq.
    public var lastSeq: Int { reader.manifest.lastSeq }

    /// Every event of `resellers` and every event of no reseller, in seq order.
    public func events(concerning resellers: Set<String>) throws -> [Event] {
        var events = try reader.sharedEvents()
        events += try reader.events(under: resellers).filter { $0.payload.reseller.map(resellers.contains) ?? false }
        return events.sorted { $0.seq < $1.seq }
    }

    /// The keys of `keys` (`DerivedIndex.orderKey`, `accountKey`) that a
    /// stored line holds.
    public func held(_ keys: Set<String>) throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        let events = try reader.events(under: keys)
        return keys.intersection(events.flatMap(DerivedIndex.keys(of:)))
    }
}

/// `append` without reading the whole ledger, when the derived index is
/// there and matches the files: ids are looked up under `id:<id>` for the
/// idempotency check, and `validate` reads what the business checks need
/// through `IndexedLedger`. Everything else is `append`'s: the exclusive
/// lock, the encoding, the write and the commit by the manifest.
///
/// Returns nil, having written nothing, when the index cannot serve: no
/// index, one that does not match the files, or bytes after a file's
/// committed end (the full `append` then reports them). The caller then
/// appends the usual way, which reads everything.
///
/// `carry`: a projection snapshot to bring over the commit (`SnapshotCarry`).
extension LedgerStore {
    public func appendIndexed(
        _ batch: [Event], now: Instant,
        validate: (_ ledger: IndexedLedger, _ fresh: [Event]) throws -> Void,
        carry: SnapshotCarry? = nil
    ) throws -> AppendResult? {
        try Self.checkSize(batch)
        return try FileLock.holding(layout, exclusive: true) { () throws -> AppendResult? in
            let manifest = try manifest()
            for family in EventFamily.allCases where FileSystem.size(layout.path(family)) != manifest[family].bytes {
                return nil
            }
            // An index an interrupted append left behind catches up first.
            updateDerived(after: nil, to: manifest)
            do {
                guard let reader = try IndexedReader(layout, manifest), reader.index.isCurrent(for: manifest) else { return nil }
                let stored = try reader.events(under: Set(batch.map { DerivedIndex.idKey($0.id) }))
                let plan = try AppendPlan(batch: batch, existing: stored)
                try validate(IndexedLedger(reader: reader), plan.fresh)
                guard !plan.fresh.isEmpty else { return AppendResult(appended: [], alreadyPresent: plan.alreadyPresent) }
                let output = try BatchEncoder.encode(plan.fresh, after: manifest, recorded: now)
                let carried = carry.flatMap { carry in
                    (try? SnapshotKey.current(layout)).flatMap { current in
                        current.manifest == manifest
                            ? SnapshotFile(layout: layout, name: carry.name).read(producer: carry.producer, key: current.key) : nil
                    }
                }
                var writer = BatchWriter(layout: layout, interruption: interruption)
                #if DEBUG
                writer.faults = writeFault.map(FaultInjector.init)
                #endif
                try writer.write(output, over: manifest)
                updateDerived(after: nil, committed: manifest, written: output)
                if let carry, let carried {
                    // Committed already: nothing here may fail the append.
                    if let payload = try? carry.update(carried, IndexedLedger(reader: reader), output.appended),
                       let key = try? SnapshotKey.current(layout).key {
                        try? SnapshotFile(layout: layout, name: carry.name).write(producer: carry.producer, key: key, payload: payload)
                    }
                }
                return AppendResult(appended: output.appended, alreadyPresent: plan.alreadyPresent)
            } catch is DerivedIndexUnusable {
                return nil
            }
        }
    }
}
