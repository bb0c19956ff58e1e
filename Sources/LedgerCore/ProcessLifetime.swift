/// Values a one-shot command keeps until the process exits instead of
/// freeing them: the operating system takes back a process's pages at
/// once, while freeing a replayed state of a million-event ledger is
/// millions of `free` calls (about a fifth of a `balances` replay).
///
/// Example: `ProcessLifetime.keep(state)` after `balances` has read its
/// positions out of a partition's state; the state's memory is returned
/// when `rledger` exits, a moment later.
public enum ProcessLifetime {
    public static func keep<Value>(_ value: consuming Value) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    private final class Kept<Value> {
        let value: Value
        init(_ value: consuming Value) { self.value = value }
    }
}
