/// CSV writing per RFC 4180: fields with a comma, quote, CR or LF are
/// quoted, quotes doubled; lines end with CRLF.
///
/// Example: `["R-ACME", "Acme, Inc."]` → `R-ACME,"Acme, Inc."\r\n`;
/// `say "hi"` → `"say ""hi"""`.
public enum CSV {
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func document(header: [String], rows: [[String]]) -> String {
        record(header) + rows.map(record).joined()
    }
}
