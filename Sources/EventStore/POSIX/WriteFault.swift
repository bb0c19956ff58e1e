#if DEBUG
/// A fault injected below the store's write path, to prove that a failing
/// disk never damages the ledger. Debug builds only: in a release build this
/// type, and every hook that consults it, does not exist.
///
/// Example: `WriteFault(parsing: "write#1:fail-after=100")` makes the first
/// `pwrite` of the next append write 100 bytes and then fail with ENOSPC, as
/// a disk that fills up part-way does; the append rolls back and reports
/// `…/orders.jsonl: write failed: No space left on device`. The forms are
/// `CALL#N:EFFECT`, where CALL is `write`, `fsync` or `rename`, N counts
/// that call from 1 within one append, and EFFECT is
/// - `fail`: the call fails (EIO) and does nothing;
/// - `short=B`: a write writes only its first B bytes and says so, as the
///   system may; the store must write the rest itself;
/// - `fail-after=B`: a write writes B bytes, then fails (ENOSPC);
/// - `crash-after=B`: a write writes B bytes, then the process is killed
///   with SIGKILL: a real torn tail, for the crash tests.
/// The CLI reads it from `RLEDGER_DEBUG_WRITE_FAULT` (see `CommandContext`).
public struct WriteFault: Equatable, Sendable, CustomStringConvertible {
    public enum Call: String, Sendable, CaseIterable {
        case write, fsync, rename
    }

    public enum Effect: Equatable, Sendable {
        case fail
        case short(bytes: Int)
        case failAfter(bytes: Int)
        case crashAfter(bytes: Int)
    }

    public let call: Call
    /// Which call of its kind, counted from 1 within one append.
    public let occurrence: Int
    public let effect: Effect

    public init(call: Call, occurrence: Int, effect: Effect) {
        self.call = call
        self.occurrence = occurrence
        self.effect = effect
    }

    /// Reads `CALL#N:EFFECT`; nil when the text is not of that form.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let target = parts.first?.split(separator: "#").map(String.init) ?? []
        guard parts.count == 2, target.count == 2, let call = Call(rawValue: target[0]),
              let occurrence = Int(target[1]), occurrence >= 1, let effect = Self.effect(parts[1]) else { return nil }
        if call != .write, effect != .fail { return nil }
        self.init(call: call, occurrence: occurrence, effect: effect)
    }

    private static func effect(_ text: String) -> Effect? {
        if text == "fail" { return .fail }
        let pair = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard pair.count == 2, let bytes = Int(pair[1]), bytes >= 0 else { return nil }
        switch pair[0] {
        case "short": return bytes > 0 ? .short(bytes: bytes) : nil
        case "fail-after": return .failAfter(bytes: bytes)
        case "crash-after": return .crashAfter(bytes: bytes)
        default: return nil
        }
    }

    public var description: String {
        let effect = switch self.effect {
        case .fail: "fail"
        case .short(let bytes): "short=\(bytes)"
        case .failAfter(let bytes): "fail-after=\(bytes)"
        case .crashAfter(let bytes): "crash-after=\(bytes)"
        }
        return "\(call.rawValue)#\(occurrence):\(effect)"
    }
}
#endif
