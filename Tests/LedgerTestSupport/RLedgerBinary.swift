import Foundation

/// The built `rledger` executable, for tests that need real processes
/// (crashes, concurrent writers). `swift build --build-tests` and
/// `swift test` build it next to the test bundle.
///
/// Example: in a clone at `/src/ResellerLedger` after `swift test`,
/// `try RLedgerBinary.path()` is
/// `/src/ResellerLedger/.build/x86_64-unknown-linux-gnu/debug/rledger`, and
/// `try RLedgerBinary.run(["--ledger", dir, "verify"])` returns
/// `(.exited(0), "ok: 3 events in 9 files, chains verified\n", "")`.
/// `RLEDGER_BINARY=/path/to/rledger` overrides the search (a release build,
/// for instance).
public enum RLedgerBinary {
    public static let overrideVariable = "RLEDGER_BINARY"

    public struct Outcome: Equatable, Sendable {
        public let termination: ChildProcess.Termination
        public let output: String
        public let errors: String
    }

    /// The first executable `rledger` among: `$RLEDGER_BINARY`, the directory
    /// of the running test executable (Linux), the directory that holds the
    /// `.xctest` bundle (macOS), and `<repository>/.build/debug`.
    public static func path() throws -> String {
        let candidates = try candidateDirectories().map { $0 + "/rledger" }
        let environment = ProcessInfo.processInfo.environment
        for path in (environment[overrideVariable].map { [$0] } ?? []) + candidates
        where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        throw ChildProcessError(message: "no rledger executable found (looked in: \(candidates.joined(separator: ", "))); "
            + "build it with `swift build --build-tests`, or set \(overrideVariable)")
    }

    private static func candidateDirectories() throws -> [String] {
        var directories: [String] = []
        if let executable = Bundle.main.executableURL {
            directories.append(executable.resolvingSymlinksInPath().deletingLastPathComponent().path)
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directories.append(URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent().path)
        }
        directories.append(Fixtures.repositoryRoot.appendingPathComponent(".build/debug").path)
        return directories
    }

    /// Runs `rledger` with `arguments` to its end and returns what it printed.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        let scratch = try TemporaryDirectory(prefix: "rledger-run")
        let output = scratch.path("stdout")
        let errors = scratch.path("stderr")
        let child = try ChildProcess([try path()] + arguments, environment: environment, output: output, errors: errors)
        let termination = child.wait()
        return Outcome(termination: termination, output: Self.text(output), errors: Self.text(errors))
    }

    /// A file's text, or "" when it does not exist.
    public static func text(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
