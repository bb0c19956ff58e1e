/// Something `verify` points out that is not damage: the ledger reads
/// correctly, but a person should act.
///
/// Example: after `git checkout` wrote `orders.jsonl` with mode 0644,
/// `verify` still prints `ok: …` and exits 0, and warns
/// `orders.jsonl: readable by others than its owner (mode 0644); ledger data is financial data: run `chmod 600` on it`.
public enum StoreWarning: Equatable, Sendable, CustomStringConvertible {
    /// A ledger file (event file, manifest, lock or quarantined tail) that
    /// its group or everyone may read or write.
    case exposed(file: String, mode: UInt32)
    /// An event file past `LedgerLimits.rotationAdvisedFileBytes`.
    case rotationAdvised(file: String, bytes: Int, limit: Int)
    /// The derived index disagreed with the event files it claimed to
    /// describe; `verify` rebuilt it from its full check.
    case derivedIndexRebuilt

    public var description: String {
        switch self {
        case .exposed(let file, let mode):
            "\(file): readable by others than its owner (mode \(Self.octal(mode))); ledger data is financial data: run `chmod 600` on it"
        case .derivedIndexRebuilt:
            "derived/index.json: did not match the event files; rebuilt it from this check (derived data only: the ledger itself is unchanged)"
        case .rotationAdvised(let file, let bytes, let limit):
            "\(file): \(bytes) bytes, more than \(limit): rotation is advised (every full read, verify and run reads the whole file, so each gets slower)"
        }
    }

    /// `0644`: the permission bits as `chmod` writes them.
    static func octal(_ mode: UInt32) -> String {
        let digits = String(mode & 0o777, radix: 8)
        return "0" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
