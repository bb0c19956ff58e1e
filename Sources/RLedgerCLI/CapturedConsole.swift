/// A console that keeps what a command writes, for tests and for callers
/// that run commands in-process.
///
/// Example: after `RLedger.main(arguments: ["frobnicate"], console: console, environment: [:])`
/// returns 2, `console.standardError` is
/// `rledger: unknown command "frobnicate" (run `rledger help` for the list)\n`.
public final class CapturedConsole: Console {
    public private(set) var standardOutput = ""
    public private(set) var standardError = ""
    private let input: [UInt8]

    public init(input: String = "") { self.input = Array(input.utf8) }

    /// Standard input that is not text: invalid UTF-8, a NUL byte.
    public init(inputBytes: [UInt8]) { self.input = inputBytes }

    public func output(_ bytes: [UInt8]) { standardOutput += String(decoding: bytes, as: UTF8.self) }
    public func message(_ text: String) { standardError += "rledger: " + text + "\n" }
    public func standardInput(maximumBytes: Int) throws -> [UInt8] { Array(input.prefix(maximumBytes + 1)) }
    public func flush() {}
}
