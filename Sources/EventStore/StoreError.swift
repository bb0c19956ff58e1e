/// Why the store refused an operation. Each case carries where (path, id,
/// or the problem found); `description` is the one-line message a person
/// reads.
///
/// Example: appending `ord-1` again with another amount throws
/// `.idConflict(id: "ord-1")`, which prints as
/// `event id "ord-1" is already in the ledger with other content (ids are idempotency keys: a retry must repeat the same content)`.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The directory has no `MANIFEST.json`.
    case notALedger(path: String)
    /// `create` found a manifest: the directory already holds a ledger.
    case alreadyALedger(path: String)
    /// `create` found a family file with data but no manifest: someone's
    /// data that is not a ledger of ours, which `create` will not adopt.
    case notEmpty(path: String)
    /// A system call failed; `message` is the system's text for errno.
    case io(path: String, operation: String, message: String)
    case idConflict(id: String)
    case duplicateIdInBatch(id: String)
    /// An event the store will not write: a bad id, a line over the length
    /// limit, or a line that would not read back to the same bytes.
    case invalidEvent(id: String, reason: String)
    case batchTooLarge(count: Int, limit: Int)
    /// The batch was committed (the manifest names it), but the fsync that
    /// makes the commit survive a power loss failed; `detail` says which.
    case notDurable(detail: String)
    /// Reading found damage; the ledger needs `verify` (and perhaps `repair`).
    case damaged(StoreProblem)
    /// `repair` fixes torn tails only; these are the other problems.
    case repairRefused(problems: [StoreProblem])

    public var description: String {
        switch self {
        case .notALedger(let path):
            "\(path) is not a ledger: it has no \(StoreLayout.manifestFileName) (create a ledger with `rledger init`)"
        case .alreadyALedger(let path):
            "\(path) already holds a ledger (it has a \(StoreLayout.manifestFileName)); nothing was changed"
        case .notEmpty(let path):
            "\(path) holds data but no \(StoreLayout.manifestFileName); a new ledger is only created where no event file has data"
        case .io(let path, let operation, let message):
            "\(path): \(operation) failed: \(message)"
        case .idConflict(let id):
            "event id \"\(id)\" is already in the ledger with other content (ids are idempotency keys: a retry must repeat the same content)"
        case .duplicateIdInBatch(let id):
            "event id \"\(id)\" appears more than once in the batch (ids are idempotency keys: each may appear once)"
        case .invalidEvent(let id, let reason):
            "event \"\(id)\" cannot be stored: \(reason)"
        case .batchTooLarge(let count, let limit):
            "the batch has \(count) events; the limit is \(limit) per append"
        case .notDurable(let detail):
            "the batch was appended, but making it durable failed (\(detail)): a power loss now could undo it; "
                + "check with `rledger verify` and append the same input again (events already present are skipped)"
        case .damaged(let problem):
            "the ledger is damaged: \(problem) (run `rledger verify` for the full list)"
        case .repairRefused(let problems):
            Self.repairRefusal(problems)
        }
    }

    private static func repairRefusal(_ problems: [StoreProblem]) -> String {
        let first = problems.first.map { String(describing: $0) } ?? "unknown damage"
        let more = problems.count > 1 ? " (and \(problems.count - 1) more; run `rledger verify`)" : ""
        return "repair only moves aside torn tails (what an interrupted append left after the last committed line); "
            + "nothing was changed, because the ledger has other damage, which needs a person: \(first)\(more)"
    }
}
