/// Reads CSV per RFC 4180: fields separated by commas, records by CRLF
/// (LF and a lone CR are accepted too), fields optionally in double
/// quotes, a quote inside a quoted field doubled, commas and line breaks
/// inside a quoted field kept. Spaces belong to the field. A UTF-8 byte
/// order mark at the start is dropped; a final line break is optional.
///
/// Example (RFC 4180 §2.7): `"aaa","b""bb","ccc"` → one record
/// `["aaa", "b\"bb", "ccc"]` on line 1. `a,b"c` is refused:
/// `line 1: a quote inside an unquoted field …`.
public enum CSVReader {
    public static func records(_ text: String) throws(CSVReadError) -> [CSVRecord] {
        var scanner = Scanner(scalars: Array(text.unicodeScalars))
        return try scanner.run()
    }

    /// The state machine; one pass over the scalars (not Characters: Swift
    /// joins CR LF into one Character, and a field must keep both).
    struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var field = String.UnicodeScalarView()
        var fields: [String] = []
        var records: [CSVRecord] = []
        var inQuotes = false
        var closedQuote = false

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            if scalars.first == "\u{FEFF}" { index = 1 }
        }

        mutating func run() throws(CSVReadError) -> [CSVRecord] {
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                if inQuotes { quoted(scalar) } else { try unquoted(scalar) }
            }
            if inQuotes { throw .unterminatedQuotedField(line: quoteLine) }
            if !field.isEmpty || !fields.isEmpty || closedQuote { endRecord() }
            return records
        }

        mutating func quoted(_ scalar: Unicode.Scalar) {
            if scalar == "\"" {
                if index < scalars.count, scalars[index] == "\"" {
                    field.append("\"")
                    index += 1
                } else {
                    inQuotes = false
                    closedQuote = true
                }
                return
            }
            field.append(scalar)
            if isLineBreak(scalar) { line += 1 }
        }

        mutating func unquoted(_ scalar: Unicode.Scalar) throws(CSVReadError) {
            switch scalar {
            case ",":
                endField()
            case "\r", "\n":
                consumeLineBreak(scalar)
                endRecord()
                recordLine = line
            case "\"":
                if closedQuote { throw .textAfterClosingQuote(line: line) }
                guard field.isEmpty else { throw .quoteInUnquotedField(line: line) }
                inQuotes = true
                quoteLine = line
            default:
                if closedQuote { throw .textAfterClosingQuote(line: line) }
                field.append(scalar)
            }
        }

        /// CR LF is one break; so is a lone LF or a lone CR.
        mutating func consumeLineBreak(_ scalar: Unicode.Scalar) {
            if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
            line += 1
        }

        /// Counts lines inside quoted fields the same way: CR LF once.
        func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\n" || (scalar == "\r" && !(index < scalars.count && scalars[index] == "\n"))
        }

        mutating func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            closedQuote = false
        }

        mutating func endRecord() {
            endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields = []
        }
    }
}
