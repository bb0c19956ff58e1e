import Foundation

/// How large the process-level reliability tests run. CI runs the short
/// versions (the defaults); `Scripts/crash-test.sh` and
/// `Scripts/concurrent-writers.sh` run the full sizes through these
/// variables. Docs/Reliability.md lists both.
///
/// Example: `RLEDGER_CRASH_KILLS=200 swift test --filter AppendCrashTests`
/// kills the appending child 200 times instead of 50;
/// `RLEDGER_SEED=7` repeats a run's random choices (not its timing).
enum ReliabilityScale {
    /// SIGKILLs of the appending child (CI: 50; the script: 200).
    static var crashKills: Int { value("RLEDGER_CRASH_KILLS", default: 50) }
    /// Month-end runs killed part-way (CI: 8; the script: 40).
    static var monthEndKills: Int { value("RLEDGER_MONTH_END_KILLS", default: 8) }
    /// Batches each of the four concurrent writers appends (CI: 50; the script: 500).
    static var batchesPerWriter: Int { value("RLEDGER_BATCHES_PER_WRITER", default: 50) }
    /// Mutated lines fed to `append`, and stored lines damaged under the reader.
    static var fuzzIterations: Int { value("RLEDGER_FUZZ_ITERATIONS", default: 600) }
    /// The seed of every random choice; printed with each summary line.
    static var seed: UInt64 { UInt64(value("RLEDGER_SEED", default: 20_261_101)) }

    private static func value(_ name: String, default fallback: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) }.map { max(1, $0) } ?? fallback
    }
}
