/// An error a command throws to end with a message and an exit status.
///
/// Example: `throw CLIError.usage("--as-of \"2026-13-01\" is not a date (YYYY-MM-DD)")`
/// prints `rledger: --as-of "2026-13-01" is not a date (YYYY-MM-DD)` on
/// stderr and exits with 2; `.refused(...)` exits with 1.
public enum CLIError: Error, Equatable, Sendable {
    case usage(String)
    case refused(String)
}
