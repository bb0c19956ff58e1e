import Testing

/// One bad input for `rledger append` and the exact message it must get.
/// The corpus is in `HostileInputs+*.swift`; every case is fed on standard
/// input, so its location reads `<stdin>:N:`.
///
/// Example: `HostileInput("date: 30 February", line: Corpus.order.replacing("2026-03-10", "2026-02-30"),
/// expected: #"<stdin>:1: effective: "2026-02-30" is not a date (YYYY-MM-DD, a real calendar day)"#)`
/// must exit 1, print `rledger: ` and that message on stderr, and leave the
/// ledger byte for byte as it was.
struct HostileInput: Sendable, CustomTestStringConvertible {
    let name: String
    let input: [UInt8]
    /// Standard error without the `rledger: ` prefix and the newline.
    let expected: String

    init(_ name: String, bytes: [UInt8], expected: String) {
        self.name = name
        self.input = bytes
        self.expected = expected
    }

    init(_ name: String, line: String, expected: String) {
        self.init(name, bytes: Array((line + "\n").utf8), expected: expected)
    }

    init(_ name: String, lines: [String], expected: String) {
        self.init(name, bytes: Array((lines.joined(separator: "\n") + "\n").utf8), expected: expected)
    }

    var testDescription: String { name }
}

extension String {
    /// The line with its first `old` replaced by `new`; a corpus case that
    /// names text the line does not have is a mistake in the corpus.
    func replacing(_ old: String, _ new: String) -> String {
        guard let range = range(of: old) else { preconditionFailure("corpus: \"\(old)\" is not in \(self)") }
        return replacingCharacters(in: range, with: new)
    }
}
