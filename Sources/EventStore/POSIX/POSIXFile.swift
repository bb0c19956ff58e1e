#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file descriptor with the few system calls the store needs. The
/// write path uses these directly, not Foundation, so that every `fsync`,
/// positioned write and truncation is explicit; each failure becomes a
/// `StoreError.io` naming the path.
///
/// Example: `try POSIXFile.open(path, flags: O_WRONLY | O_CREAT)` then
/// `try file.write(lines, at: 812)` and `try file.sync()` append lines at
/// the committed end and make them durable; the descriptor closes when the
/// value goes away.
final class POSIXFile {
    let path: String
    let descriptor: Int32
    #if DEBUG
    /// Set by the write path of an append when a test injects a fault.
    var faults: FaultInjector?
    #endif

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { _ = close(descriptor) }

    /// Opens (and with `O_CREAT` creates, owner-only) a file.
    static func open(_ path: String, flags: Int32, mode: UInt32 = StoreLayout.fileMode) throws(StoreError) -> POSIXFile {
        let descriptor = retryingOnInterrupt { openFile(path, flags | O_CLOEXEC, mode_t(mode)) }
        guard descriptor >= 0 else { throw FileSystem.error(path, "open") }
        return POSIXFile(path: path, descriptor: descriptor)
    }

    /// Opens for reading, or returns nil when there is no such file.
    static func openForReadingIfExists(_ path: String) throws(StoreError) -> POSIXFile? {
        let descriptor = retryingOnInterrupt { openFile(path, O_RDONLY | O_CLOEXEC, 0) }
        if descriptor < 0 && errno == ENOENT { return nil }
        guard descriptor >= 0 else { throw FileSystem.error(path, "open") }
        return POSIXFile(path: path, descriptor: descriptor)
    }

    /// Creates a file that must not exist yet, for writing; nil when it does.
    static func createNew(_ path: String) throws(StoreError) -> POSIXFile? {
        let descriptor = retryingOnInterrupt { openFile(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(StoreLayout.fileMode)) }
        if descriptor < 0 && errno == EEXIST { return nil }
        guard descriptor >= 0 else { throw FileSystem.error(path, "open") }
        return POSIXFile(path: path, descriptor: descriptor)
    }

    func size() throws(StoreError) -> Int {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileSystem.error(path, "fstat") }
        return Int(status.st_size)
    }

    /// Reads up to `memory.count` bytes at `offset` into `memory`; returns
    /// how many were read (fewer only at the end of the file).
    func read(into memory: UnsafeMutableRawBufferPointer, at offset: Int) throws(StoreError) -> Int {
        var read = 0
        while read < memory.count {
            let got = retryingOnInterrupt { pread(descriptor, memory.baseAddress! + read, memory.count - read, off_t(offset + read)) }
            if got < 0 { throw FileSystem.error(path, "read") }
            if got == 0 { break }
            read += got
        }
        return read
    }

    /// Reads up to `count` bytes at `offset`, appending them to `buffer`;
    /// returns how many were read (0 at the end of the file).
    func read(appendingTo buffer: inout [UInt8], at offset: Int, count: Int) throws(StoreError) -> Int {
        var failed = false
        // Read into uninitialized memory: filling a large buffer with zeros
        // first would cost as much as the read itself.
        let chunk = [UInt8](unsafeUninitializedCapacity: count) { memory, initialized in
            initialized = 0
            while initialized < count {
                let got = retryingOnInterrupt {
                    pread(descriptor, memory.baseAddress! + initialized, count - initialized, off_t(offset + initialized))
                }
                if got < 0 { failed = true }
                if got <= 0 { break }
                initialized += got
            }
        }
        if failed { throw FileSystem.error(path, "read") }
        buffer.append(contentsOf: chunk)
        return chunk.count
    }

    /// All bytes from `offset` to the end of the file.
    func readToEnd(from offset: Int) throws(StoreError) -> [UInt8] {
        var bytes: [UInt8] = []
        var position = offset
        while true {
            let wanted = min(StoreLimits.readChunkBytes, max(try size() - position, 0))
            let got = try read(appendingTo: &bytes, at: position, count: wanted)
            if got == 0 { return bytes }
            position += got
        }
    }

    /// Writes all of `bytes` at `offset`: one `pwrite` unless the system
    /// writes less than asked.
    func write(_ bytes: [UInt8], at offset: Int) throws(StoreError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                retryingOnInterrupt { writeOnce(raw.baseAddress! + written, bytes.count - written, at: offset + written) }
            }
            guard count > 0 else { throw FileSystem.error(path, "write") }
            written += count
        }
    }

    func sync() throws(StoreError) {
        guard retryingOnInterrupt({ syncOnce() }) == 0 else { throw FileSystem.error(path, "fsync") }
    }

    /// One `pwrite`; in a debug build, an injected fault may change it.
    private func writeOnce(_ start: UnsafeRawPointer, _ count: Int, at offset: Int) -> Int {
        #if DEBUG
        if let faults { return faults.pwrite(descriptor, start, count, off_t(offset)) }
        #endif
        return pwrite(descriptor, start, count, off_t(offset))
    }

    /// One `fsync`; in a debug build, an injected fault may fail it.
    private func syncOnce() -> Int32 {
        #if DEBUG
        if let faults { return faults.fsync(descriptor) }
        #endif
        return fsync(descriptor)
    }

    func truncate(to length: Int) throws(StoreError) {
        guard retryingOnInterrupt({ ftruncate(descriptor, off_t(length)) }) == 0 else {
            throw FileSystem.error(path, "truncate")
        }
    }

    /// Blocks until the lock is granted: another process appending is
    /// waited for, not refused.
    func lock(exclusive: Bool) throws(StoreError) {
        guard retryingOnInterrupt({ flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) }) == 0 else {
            throw FileSystem.error(path, "flock")
        }
    }
}

/// `open` is variadic in C; this wrapper gives Swift one fixed signature.
private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}

/// Repeats a system call that a signal interrupted (EINTR).
func retryingOnInterrupt<T: BinaryInteger>(_ call: () -> T) -> T {
    while true {
        let result = call()
        if result >= 0 || errno != EINTR { return result }
    }
}
