/// One `--option` a command accepts: its name without the dashes, and
/// whether it takes a value (`--period 2026-10`) or is a flag (`--dry-run`).
///
/// Example: `OptionSpec("period")` accepts `--period 2026-10` and
/// `--period=2026-10`; `OptionSpec("dry-run", takesValue: false)` accepts
/// `--dry-run` and refuses `--dry-run=1`.
public struct OptionSpec: Sendable {
    public let name: String
    public let takesValue: Bool

    public init(_ name: String, takesValue: Bool = true) {
        // A name with a dash in front or an `=` inside could never be typed
        // on a command line: that is a mistake in the command's table.
        precondition(!name.isEmpty && !name.hasPrefix("-") && !name.contains("="), "bad option name '\(name)'")
        self.name = name
        self.takesValue = takesValue
    }
}
