import LedgerCore
import LedgerEvents

/// Sorts a batch into events to write and idempotent retries, before any
/// byte is written.
///
/// Example: with `ord-1` stored, the batch `[ord-1 (same content), ord-2]`
/// plans `fresh == [ord-2]` and `alreadyPresent == ["ord-1"]`; the batch
/// `[ord-1 (other amount)]` throws `StoreError.idConflict(id: "ord-1")`, and
/// `[ord-2, ord-2]` throws `duplicateIdInBatch`. Content is compared by the
/// input encoding (`EventCodec.encodeInput`), which leaves out `seq` and
/// `recorded`: a retry is recorded at another time and that is not a conflict.
struct AppendPlan {
    let fresh: [Event]
    let alreadyPresent: [String]

    init(batch: [Event], existing: [Event]) throws(StoreError) {
        var seen = Set<String>()
        seen.reserveCapacity(batch.count)
        for event in batch {
            guard Identifier.isValidEvent(event.id) else {
                throw .invalidEvent(id: event.id, reason: "the id is not a valid event id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})")
            }
            guard seen.insert(event.id).inserted else { throw .duplicateIdInBatch(id: event.id) }
        }
        var stored: [String: Int] = [:]
        stored.reserveCapacity(existing.count)
        for (index, event) in existing.enumerated() { stored[event.id] = index }
        var fresh: [Event] = []
        var alreadyPresent: [String] = []
        for event in batch {
            guard let index = stored[event.id] else {
                fresh.append(event)
                continue
            }
            guard EventCodec.encodeInput(existing[index]) == EventCodec.encodeInput(event) else {
                throw .idConflict(id: event.id)
            }
            alreadyPresent.append(event.id)
        }
        self.fresh = fresh
        self.alreadyPresent = alreadyPresent
    }
}
