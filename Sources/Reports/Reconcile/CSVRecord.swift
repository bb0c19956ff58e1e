/// One record of a CSV file and the line it starts on (a quoted field may
/// span lines, so the next record can start several lines later).
///
/// Example: `"aaa","b<CRLF>bb","ccc"<CRLF>zzz,yyy,xxx` gives
/// `CSVRecord(line: 1, fields: ["aaa", "b\r\nbb", "ccc"])` and
/// `CSVRecord(line: 3, fields: ["zzz", "yyy", "xxx"])`.
public struct CSVRecord: Equatable, Sendable {
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// An empty line: one empty, unquoted field.
    public var isBlank: Bool { fields == [""] }
}
