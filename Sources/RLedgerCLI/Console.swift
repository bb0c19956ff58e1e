/// Where a command writes and reads: standard output for results, standard
/// error for messages, standard input for `append -`. Commands use only
/// this, so tests run them in-process with `CapturedConsole`.
///
/// Example: `console.line("ok: 12 events in 9 files, chains verified")`
/// writes that line to standard output; `console.message("unknown command")`
/// writes `rledger: unknown command` to standard error.
public protocol Console: AnyObject {
    /// Raw bytes for standard output (stored lines are printed as they are).
    func output(_ bytes: [UInt8])
    /// One line for standard error, without the `rledger: ` prefix or newline.
    func message(_ text: String)
    /// Standard input up to `maximumBytes` bytes and one more, so the caller
    /// can tell an input at the limit from one past it without reading an
    /// endless stream into memory.
    func standardInput(maximumBytes: Int) throws -> [UInt8]
    func flush()
}

extension Console {
    /// One line of text for standard output.
    public func line(_ text: String) { output(Array((text + "\n").utf8)) }
}
