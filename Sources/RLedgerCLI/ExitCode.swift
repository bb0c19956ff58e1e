/// The process exit statuses of DESIGN.md §6.
///
/// Example: `rledger verify` ends with `ExitCode.ok` (0) on an intact
/// ledger and `ExitCode.refused` (1) on a damaged one; `rledger frobnicate`
/// ends with `ExitCode.usage` (2).
public enum ExitCode {
    public static let ok: Int32 = 0
    /// The input was refused, or the ledger is damaged.
    public static let refused: Int32 = 1
    /// The command line (or the environment) cannot be acted on.
    public static let usage: Int32 = 2
}
