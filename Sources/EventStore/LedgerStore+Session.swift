import LedgerCore
import LedgerEvents

/// A writer that holds the exclusive lock across many batches, for bulk
/// producers (`rledger generate`): the committed ledger is read and checked
/// once, when the session opens, and afterwards the session keeps the
/// manifest and the set of stored ids in memory. Each batch then costs what
/// it writes, not what the ledger already holds, so writing N events in
/// batches is O(N) instead of O(N²).
///
/// The guarantees of `append` hold for every batch: the batch is checked
/// completely before any byte is written (ids valid and unique in the batch
/// and across the ledger, lines within limits and reading back, `validate`),
/// its lines are written and fsynced, then the manifest (the commit point);
/// a failure before the rename cuts every file back. No other writer can
/// interleave, because the lock is held for the whole session; readers are
/// unaffected, as always.
///
/// Example:
/// ```
/// try store.withAppendSession { session in
///     for batch in batches { _ = try session.append(batch, now: now) { _ in } }
/// }
/// ```
/// An id already stored is rare in a bulk load; when one occurs the session
/// falls back to the full idempotency check of `append` (re-reading the
/// ledger) for that batch, so a retry is still skipped and a conflicting
/// reuse still refused.
public final class AppendSession {
    private let store: LedgerStore
    private var manifest: Manifest
    private var storedIds: Set<String>
    /// The derived data read with the ledger, until the first batch brings
    /// the derived index up to date; later batches extend it from disk.
    private var derived: DerivedScan?

    fileprivate init(store: LedgerStore, committed: LedgerStore.Committed) {
        self.store = store
        manifest = committed.manifest
        derived = committed.derived
        storedIds = Set(committed.events.lazy.map(\.id))
    }

    /// How many events the ledger holds, as committed by this session.
    public var lastSeq: Int { manifest.lastSeq }

    /// Appends one batch; `validate` sees the events that will be written
    /// (idempotent retries removed) and may throw to refuse the batch.
    /// `proof`: whether each line is proved to read back (`LineProof`).
    public func append(_ batch: [Event], now: Instant, proof: LineProof = .readBack,
                       validate: (_ fresh: [Event]) throws -> Void) throws -> AppendResult {
        try LedgerStore.checkSize(batch)
        let plan: AppendPlan
        if batch.contains(where: { storedIds.contains($0.id) }) {
            let committed = try store.readCommitted()
            plan = try AppendPlan(batch: batch, existing: committed.events)
        } else {
            plan = try AppendPlan(batch: batch, existing: [])
        }
        try validate(plan.fresh)
        guard !plan.fresh.isEmpty else { return AppendResult(appended: [], alreadyPresent: plan.alreadyPresent) }
        let output = try BatchEncoder.encode(plan.fresh, after: manifest, recorded: now, proof: proof)
        try BatchWriter(layout: store.layout, interruption: store.interruption).write(output, over: manifest)
        store.updateDerived(after: derived, committed: manifest, written: output)
        manifest = output.manifest
        derived = nil
        for event in plan.fresh { storedIds.insert(event.id) }
        return AppendResult(appended: output.appended, alreadyPresent: plan.alreadyPresent)
    }
}

extension LedgerStore {
    /// Runs `body` with an `AppendSession` that holds the exclusive lock
    /// until `body` returns. The committed ledger (and anything after its
    /// committed end, which an append must not write over) is checked once,
    /// here, exactly as `append` checks it.
    public func withAppendSession<T>(_ body: (AppendSession) throws -> T) throws -> T {
        try FileLock.holding(layout, exclusive: true) {
            let committed = try readCommitted(inspectRemainder: true, collectDerived: true)
            return try body(AppendSession(store: self, committed: committed))
        }
    }
}
