import LedgerCore
import LedgerEvents

/// Appending: under the exclusive lock, read the committed events, plan,
/// validate, encode, write, commit.
///
/// Example: `try store.append([order], now: now) { _, _ in }` on a ledger
/// with 12 events returns the order with seq 13 and `recorded == now`;
/// calling it again returns `appended == []`, `alreadyPresent == [order.id]`
/// and writes nothing, not even the manifest.
extension LedgerStore {
    public func append(
        _ batch: [Event], now: Instant,
        validate: (_ existing: [Event], _ fresh: [Event]) throws -> Void
    ) throws -> AppendResult {
        try Self.checkSize(batch)
        return try FileLock.holding(layout, exclusive: true) {
            let committed = try readCommitted(inspectRemainder: true, collectDerived: true)
            return try commit(batch, over: committed, now: now, validate: validate)
        }
    }

    /// For runs: `decide` sees the committed events (seq order) under the
    /// lock, so nothing can be appended between its decision and the write.
    public func append(now: Instant, decide: (_ existing: [Event]) throws -> [Event]) throws -> AppendResult {
        try FileLock.holding(layout, exclusive: true) {
            let committed = try readCommitted(inspectRemainder: true, collectDerived: true)
            let batch = try decide(committed.events)
            try Self.checkSize(batch)
            return try commit(batch, over: committed, now: now) { _, _ in }
        }
    }

    static func checkSize(_ batch: [Event]) throws {
        guard batch.count <= StoreLimits.maximumBatchEvents else {
            throw StoreError.batchTooLarge(count: batch.count, limit: StoreLimits.maximumBatchEvents)
        }
    }

    private func commit(
        _ batch: [Event], over committed: Committed, now: Instant,
        validate: (_ existing: [Event], _ fresh: [Event]) throws -> Void
    ) throws -> AppendResult {
        let plan = try AppendPlan(batch: batch, existing: committed.events)
        try validate(committed.events, plan.fresh)
        guard !plan.fresh.isEmpty else {
            // Nothing to write; a derived index that an interrupted append
            // left behind is brought up to date all the same.
            updateDerived(after: committed.derived, to: committed.manifest)
            return AppendResult(appended: [], alreadyPresent: plan.alreadyPresent)
        }
        let output = try BatchEncoder.encode(plan.fresh, after: committed.manifest, recorded: now)
        var writer = BatchWriter(layout: layout, interruption: interruption)
        #if DEBUG
        writer.faults = writeFault.map(FaultInjector.init)
        #endif
        try writer.write(output, over: committed.manifest)
        updateDerived(after: committed.derived, committed: committed.manifest, written: output)
        return AppendResult(appended: output.appended, alreadyPresent: plan.alreadyPresent)
    }
}
