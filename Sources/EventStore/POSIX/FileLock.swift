#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The ledger's `flock` on `<dir>/.lock`: exclusive for appends, `init` and
/// `repair`, shared for `verify`. It is released when the value goes away
/// (closing the descriptor drops the lock), also when the process dies.
///
/// Example: `let lock = try FileLock(layout, exclusive: true)` blocks while
/// another process appends, then holds the ledger until `lock` is released.
/// Reads need no lock: they read only up to the manifest's committed ends,
/// which no append changes.
struct FileLock {
    private let file: POSIXFile

    init(_ layout: StoreLayout, exclusive: Bool) throws(StoreError) {
        file = try POSIXFile.open(layout.lockPath, flags: O_RDWR | O_CREAT)
        try file.lock(exclusive: exclusive)
    }

    /// Runs `body` while holding the lock.
    static func holding<T>(_ layout: StoreLayout, exclusive: Bool, _ body: () throws -> T) throws -> T {
        let lock = try FileLock(layout, exclusive: exclusive)
        return try withExtendedLifetime(lock) { try body() }
    }
}
