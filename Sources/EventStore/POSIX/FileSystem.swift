#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Directory-level system calls of the store: existence checks, `mkdir`,
/// `rename`, and `fsync` of a directory (which makes a rename durable).
///
/// Example: the manifest commit is `FileSystem.rename(temporary, to: manifest)`
/// followed by `FileSystem.syncDirectory(ledger)`; without the second call a
/// power loss could bring the old manifest back.
enum FileSystem {
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The size of a file, or nil when it does not exist.
    static func size(_ path: String) -> Int? {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : nil
    }

    /// Makes one directory, owner-only; an existing directory is fine.
    static func makeDirectory(_ path: String) throws(StoreError) {
        if mkdir(path, mode_t(StoreLayout.directoryMode)) != 0 && !(errno == EEXIST && isDirectory(path)) {
            throw error(path, "mkdir")
        }
    }

    /// Makes a directory and its missing parents (like `mkdir -p`).
    static func makeDirectories(_ path: String) throws(StoreError) {
        if isDirectory(path) { return }
        let parent = parentDirectory(of: path)
        if !parent.isEmpty && parent != path { try makeDirectories(parent) }
        try makeDirectory(path)
    }

    static func rename(_ source: String, to destination: String) throws(StoreError) {
        guard renameFile(source, destination) == 0 else { throw error(destination, "rename") }
    }

    /// Makes the directory's entries (a rename, a new file) durable.
    static func syncDirectory(_ path: String) throws(StoreError) {
        let directory = try POSIXFile.open(path, flags: O_RDONLY | O_DIRECTORY)
        try directory.sync()
    }

    #if DEBUG
    /// The same, with a test's injected faults (debug builds only).
    static func syncDirectory(_ path: String, faults: FaultInjector?) throws(StoreError) {
        let directory = try POSIXFile.open(path, flags: O_RDONLY | O_DIRECTORY)
        directory.faults = faults
        try directory.sync()
    }
    #endif

    /// Removes a file; a missing one is not an error.
    static func remove(_ path: String) throws(StoreError) {
        if unlink(path) != 0 && errno != ENOENT { throw error(path, "unlink") }
    }

    static func parentDirectory(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// The `StoreError` for the system call that just failed.
    static func error(_ path: String, _ operation: String) -> StoreError {
        .io(path: path, operation: operation, message: String(cString: strerror(errno)))
    }
}

/// The C `rename`, reachable by a name the enum's own `rename` does not hide.
private func renameFile(_ source: String, _ destination: String) -> Int32 {
    rename(source, destination)
}
