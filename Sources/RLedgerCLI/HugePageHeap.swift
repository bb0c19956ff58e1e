#if canImport(Glibc)
import Glibc
#endif

/// Asks glibc's allocator to back its heap with transparent huge pages
/// (`glibc.malloc.hugetlb=1`), which it reads from `GLIBC_TUNABLES` once,
/// when the process starts: so `rledger` starts itself again, once, with
/// the tunable added. On this project's machine a fresh 4 KiB page costs
/// the kernel about 10 µs to fault in, and a replay of 10M events touches
/// 7.5 GB: huge pages take `balances` at 10M from 34 s to 29 s (12.7 s of
/// system time instead of 18.3 s; Docs/Performance.md).
///
/// Example: `rledger balances` with no `GLIBC_TUNABLES` runs as
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

    /// Starts this program again with the tunable, when it should; returns
    /// only when it does not (or cannot).
    public static func restartIfNeeded(environment: [String: String]) {
        #if os(Linux)
        guard let value = tunables(from: environment) else { return }
        setenv("GLIBC_TUNABLES", value, 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Still here: the program could not be started again. Run as is,
        // without the tunable in the environment of what it runs.
        if let old = environment["GLIBC_TUNABLES"] { setenv("GLIBC_TUNABLES", old, 1) } else { unsetenv("GLIBC_TUNABLES") }
        #endif
    }
}
