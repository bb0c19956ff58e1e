import LedgerEvents

/// What an append did.
///
/// Example: appending `[a, b]` where `a` was stored by an earlier, retried
/// call gives `appended == [b with seq 13 and recorded set]` and
/// `alreadyPresent == ["a"]`.
public struct AppendResult: Equatable, Sendable {
    /// The new events as stored, with `seq` and `recorded` set, in seq order.
    public let appended: [Event]
    /// Ids skipped as idempotent retries (same id, same content as stored).
    public let alreadyPresent: [String]

    public init(appended: [Event], alreadyPresent: [String]) {
        self.appended = appended
        self.alreadyPresent = alreadyPresent
    }
}
