/// What `ArgumentParser` found on a command line: the positionals in order,
/// the values of options by name (without dashes) and the flags given.
///
/// Example: `append --ledger L - --dry-run` gives positionals
/// `["append", "-"]`, `value("ledger") == "L"` and `has("dry-run") == true`.
public struct ParsedArguments: Equatable, Sendable {
    public var positionals: [String]
    public var values: [String: String]
    public var flags: Set<String>

    public init(positionals: [String] = [], values: [String: String] = [:], flags: Set<String> = []) {
        self.positionals = positionals
        self.values = values
        self.flags = flags
    }

    /// The value of option `name` (no dashes), or nil when it was not given.
    public func value(_ name: String) -> String? { values[name] }

    /// Whether flag `flag` (no dashes) was given.
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}
