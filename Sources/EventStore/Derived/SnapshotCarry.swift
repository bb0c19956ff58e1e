import LedgerEvents

/// A projection snapshot an indexed append carries over its commit, so the
/// next reader need not replay the ledger for a few new lines.
///
/// Under the append's exclusive lock, the snapshot `name` written by
/// `producer` is read if it is current (`SnapshotKey`) before the batch is
/// written; after the commit, `update` gets its payload, the ledger as it
/// was (through the derived index), and the events just stored, and
/// returns the payload for the ledger after the append — or nil, and the
/// snapshot stays behind (stale, so the next reader replays). The new
/// payload is saved under the key of the files as the append left them:
/// nothing else can have written them in between (the lock is held).
///
/// Example: a snapshot of balance positions; a batch of two payments of
/// R-ACME; `update` replays R-ACME's events and the two payments (the
/// partition property) and replaces R-ACME's positions in the payload.
public struct SnapshotCarry {
    public let name: String
    public let producer: String
    public let update: (_ payload: [UInt8], _ ledger: IndexedLedger, _ appended: [Event]) throws -> [UInt8]?

    public init(name: String, producer: String,
                update: @escaping (_ payload: [UInt8], _ ledger: IndexedLedger, _ appended: [Event]) throws -> [UInt8]?) {
        self.name = name
        self.producer = producer
        self.update = update
    }
}
