#if DEBUG
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts the system calls of one append and carries out a `WriteFault` on
/// the one it names. Debug builds only; `BatchWriter` makes one per append,
/// so "the first write" means the first write of that append.
///
/// Example: with `write#2:short=10`, the first `pwrite` of the append runs
/// as usual and the second writes only 10 bytes and returns 10, so
/// `POSIXFile.write` must loop to write the rest.
final class FaultInjector {
    private let fault: WriteFault
    private var counts: [WriteFault.Call: Int] = [:]

    init(_ fault: WriteFault) { self.fault = fault }

    /// The effect to apply to this call, when it is the one the fault names.
    private func effect(for call: WriteFault.Call) -> WriteFault.Effect? {
        counts[call, default: 0] += 1
        return call == fault.call && counts[call] == fault.occurrence ? fault.effect : nil
    }

    /// `pwrite`, or what the fault makes of it.
    func pwrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int, _ offset: off_t) -> Int {
        guard let effect = effect(for: .write) else { return systemPwrite(descriptor, bytes, count, offset) }
        switch effect {
        case .fail:
            errno = EIO
            return -1
        case .short(let limit):
            return systemPwrite(descriptor, bytes, min(limit, count), offset)
        case .failAfter(let limit):
            _ = systemPwrite(descriptor, bytes, min(limit, count), offset)
            errno = ENOSPC
            return -1
        case .crashAfter(let limit):
            _ = systemPwrite(descriptor, bytes, min(limit, count), offset)
            // Nothing after this line runs: the kernel keeps the bytes in
            // the file, exactly as after a kill in the middle of a write.
            kill(getpid(), SIGKILL)
            return -1
        }
    }

    /// `fsync`, or a failure (EIO) when the fault names this call.
    func fsync(_ descriptor: Int32) -> Int32 {
        guard effect(for: .fsync) != nil else { return systemFsync(descriptor) }
        errno = EIO
        return -1
    }

    /// Whether this `rename` must fail (EIO) instead of running.
    func failsRename() -> Bool {
        guard effect(for: .rename) != nil else { return false }
        errno = EIO
        return true
    }
}

/// The C calls, by names the methods above do not hide.
private func systemPwrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int, _ offset: off_t) -> Int {
    pwrite(descriptor, bytes, count, offset)
}

private func systemFsync(_ descriptor: Int32) -> Int32 {
    fsync(descriptor)
}
#endif
