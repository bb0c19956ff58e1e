/// Why a CSV text is not RFC 4180, with the line where it happens.
///
/// Example: `a,b"c` → `.quoteInUnquotedField(line: 1)`, printed
/// `line 1: a quote inside an unquoted field (quote the whole field and double the quote: "b""c")`.
public enum CSVReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case quoteInUnquotedField(line: Int)
    case textAfterClosingQuote(line: Int)
    case unterminatedQuotedField(line: Int)

    public var line: Int {
        switch self {
        case .quoteInUnquotedField(let line), .textAfterClosingQuote(let line), .unterminatedQuotedField(let line): line
        }
    }

    public var description: String {
        switch self {
        case .quoteInUnquotedField(let line):
            "line \(line): a quote inside an unquoted field (quote the whole field and double the quote: \"b\"\"c\")"
        case .textAfterClosingQuote(let line):
            "line \(line): text after a closing quote (a quoted field ends at a comma or the end of the line)"
        case .unterminatedQuotedField(let line):
            "line \(line): a quoted field is never closed"
        }
    }
}
