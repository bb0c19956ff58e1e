#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A process the reliability tests start, kill and wait for: spawned with
/// `posix_spawn` in a process group of its own, so that `kill()` stops it
/// and everything it started (a shell loop and the `rledger` it runs) at
/// once, with SIGKILL, as a power cut or the OOM killer would.
///
/// Example: `let child = try ChildProcess(["/bin/sh", "-c", "sleep 5"], output: log)`,
/// then `child.kill()` and `child.wait()` gives `.signalled(9)`;
/// `try ChildProcess.run([rledger, "verify"])` waits and gives
/// `(.exited(0), "ok: 12 events in 9 files, chains verified\n", "")`.
public final class ChildProcess {
    public enum Termination: Equatable, Sendable, CustomStringConvertible {
        case exited(Int32)
        case signalled(Int32)

        public var description: String {
            switch self {
            case .exited(let status): "exited with status \(status)"
            case .signalled(let signal): "killed by signal \(signal)"
            }
        }
    }

    public let pid: pid_t
    private var termination: Termination?

    /// Starts `arguments[0]` (a path) with the rest as its arguments,
    /// standard input from /dev/null and standard output and error appended
    /// to the files given (or /dev/null).
    public init(_ arguments: [String], environment: [String: String] = [:],
                output: String = "/dev/null", errors: String = "/dev/null") throws {
        #if canImport(Glibc)
        var attributes = posix_spawnattr_t()
        var actions = posix_spawn_file_actions_t()
        #else
        var attributes: posix_spawnattr_t?
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawnattr_init(&attributes)
        posix_spawn_file_actions_init(&actions)
        defer {
            posix_spawnattr_destroy(&attributes)
            posix_spawn_file_actions_destroy(&actions)
        }
        // Process group 0: a new group led by the child, so one kill(-pid)
        // reaches the child and every process it starts.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw ChildProcessError(message: "cannot start \(arguments[0]): \(String(cString: strerror(status)))")
        }
        self.pid = pid
    }

    /// SIGKILL to the child's whole process group.
    public func kill() {
        _ = killProcess(-pid, SIGKILL)
    }

    /// Waits for the child to end (once; later calls return the same).
    @discardableResult
    public func wait() -> Termination {
        if let termination { return termination }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let result = Self.termination(status)
        termination = result
        return result
    }

    /// The child's termination when it has already ended, without waiting.
    public func poll() -> Termination? {
        if let termination { return termination }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        termination = Self.termination(status)
        return termination
    }

    /// The POSIX wait status, decoded as the C macros do (they are not
    /// available in Swift): the low 7 bits are the signal, 0 for an exit.
    private static func termination(_ status: Int32) -> Termination {
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }
}

/// A child that could not start, or a harness check that failed.
public struct ChildProcessError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// The C `kill`, by a name the method does not hide.
private func killProcess(_ pid: pid_t, _ signal: Int32) -> Int32 {
    kill(pid, signal)
}
