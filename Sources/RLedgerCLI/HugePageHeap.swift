#if canImport(Glibc)
import Glibc
#endif
import LedgerEvents

/// Asks glibc's allocator to back its heap with transparent huge pages
/// (`glibc.malloc.hugetlb=1`), which it reads from `GLIBC_TUNABLES` once,
/// when the process starts: so `rledger` starts itself again, once, with
/// the tunable added. On this project's machine a fresh 4 KiB page costs
/// the kernel about 10 µs to fault in, and a replay of 10M events touches
/// 7.5 GB: huge pages take `balances` at 10M from 34 s to 29 s (12.7 s of
/// system time instead of 18.3 s; Docs/Performance.md).
///
/// Starting again costs a few milliseconds, so it is done only where it
/// pays: for `generate`, and for a ledger whose event files hold at least
/// 64 MB (about 130,000 events); the demo ledger's commands run as they are.
///
/// Example: `rledger balances` on a 1M-event ledger with no `GLIBC_TUNABLES` runs as
/// `GLIBC_TUNABLES=glibc.malloc.hugetlb=1 rledger balances`; with
/// `GLIBC_TUNABLES=glibc.malloc.arena_max=2` it runs with
/// `glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1`. Nothing happens when
/// the tunable is already set (to any value, so `glibc.malloc.hugetlb=0`
/// turns this off), when `RLEDGER_NO_HUGE_PAGES` is set, or off Linux;
/// when starting again fails, the command simply runs as it is.
public enum HugePageHeap {
    static let tunable = "glibc.malloc.hugetlb"
    public static let optOutVariable = "RLEDGER_NO_HUGE_PAGES"

    /// The `GLIBC_TUNABLES` value to start again with, or nil to run as is.
    static func tunables(from environment: [String: String]) -> String? {
        guard environment[optOutVariable] == nil else { return nil }
        guard let current = environment["GLIBC_TUNABLES"], !current.isEmpty else { return tunable + "=1" }
        if current.split(separator: ":").contains(where: { $0.hasPrefix(tunable + "=") }) { return nil }
        return current + ":" + tunable + "=1"
    }

    static let largeLedgerBytes = 64 << 20

    /// Whether the command works on enough memory for huge pages to pay:
    /// `generate`, or a ledger (`--ledger`, default `EventLogs`) of at
    /// least `largeLedgerBytes` of event files.
    static func isLarge(_ arguments: [String], fileSize: (String) -> Int) -> Bool {
        guard let command = RLedger.commandIndex(in: arguments).map({ arguments[$0] }) else { return false }
        if command == "generate" { return true }
        var ledger = "EventLogs"
        if let option = arguments.firstIndex(of: "--ledger"), option + 1 < arguments.count { ledger = arguments[option + 1] }
        let total = EventFamily.allCases.reduce(0) { $0 + fileSize(ledger + "/" + $1.fileName) }
        return total >= largeLedgerBytes
    }

    /// Starts this program again with the tunable, when it should; returns
    /// only when it does not (or cannot).
    public static func restartIfNeeded(arguments: [String], environment: [String: String]) {
        #if os(Linux)
        guard let value = tunables(from: environment), isLarge(arguments, fileSize: Self.fileSize) else { return }
        setenv("GLIBC_TUNABLES", value, 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Still here: the program could not be started again. Run as is,
        // without the tunable in the environment of what it runs.
        if let old = environment["GLIBC_TUNABLES"] { setenv("GLIBC_TUNABLES", old, 1) } else { unsetenv("GLIBC_TUNABLES") }
        #endif
    }

    /// The size of a file, 0 when it cannot be read.
    static func fileSize(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }
}
