import LedgerEvents

/// Every limit of the store in one place, so a reviewer sees them together
/// and a test can name them. Those a user can meet are defined in
/// `LedgerLimits` (LedgerEvents) and only named here.
///
/// Example: a batch of 1,000,001 events is refused before the lock is taken
/// (`StoreError.batchTooLarge(count: 1000001, limit: 1000000)`), and a
/// stored line longer than 1 MiB is refused before anything is written,
/// because a reader would refuse it later.
public enum StoreLimits {
    /// The most events one `append` may carry: `LedgerLimits.maximumBatchEvents`.
    public static let maximumBatchEvents = LedgerLimits.maximumBatchEvents

    /// The longest stored line, in bytes, without its newline: the codec's
    /// own limit, so whatever the store writes the store can read back.
    public static let maximumLineBytes = LedgerLimits.maximumLineBytes

    /// An event file larger than this makes `verify` advise rotation:
    /// `LedgerLimits.rotationAdvisedFileBytes`.
    public static let rotationAdvisedFileBytes = LedgerLimits.rotationAdvisedFileBytes

    /// How much of a file one `read` call asks for. Large reads keep the
    /// number of system calls small on a multi-gigabyte ledger.
    public static let readChunkBytes = 8 << 20

    /// The manifest is a small JSON document (one entry per family file); a
    /// larger one is not ours.
    public static let maximumManifestBytes = 64 << 10

    /// How many same-second quarantine names `repair` tries before giving up
    /// (`orders.jsonl.20261101T000000Z`, then `...-2`, `...-3`, …).
    public static let maximumQuarantineNameAttempts = 100
}
