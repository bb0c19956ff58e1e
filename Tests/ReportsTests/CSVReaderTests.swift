import Testing
import Reports

/// RFC 4180 §2's examples, line numbers, and the refusals.
@Suite struct CSVReaderTests {
    static func fields(_ text: String) throws -> [[String]] { try CSVReader.records(text).map(\.fields) }

    @Test(arguments: [
        // §2.1 records end with CRLF.
        ("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n", [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]]),
        // §2.2 the last record may have no line break.
        ("aaa,bbb,ccc\r\nzzz,yyy,xxx", [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]]),
        // §2.3 a header is an ordinary first record.
        ("field_name,field_name,field_name\r\naaa,bbb,ccc\r\n", [["field_name", "field_name", "field_name"], ["aaa", "bbb", "ccc"]]),
        // §2.4 spaces are part of a field.
        ("aaa, bbb ,ccc", [["aaa", " bbb ", "ccc"]]),
        // §2.5 fields may be quoted.
        ("\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx", [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]]),
        // §2.6 line breaks and commas inside quotes.
        ("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx", [["aaa", "b\r\nbb", "ccc"], ["zzz", "yyy", "xxx"]]),
        ("\"a,a\",b", [["a,a", "b"]]),
        // §2.7 a quote inside quotes is doubled.
        ("\"aaa\",\"b\"\"bb\",\"ccc\"", [["aaa", "b\"bb", "ccc"]]),
        // LF alone, empty fields, an empty quoted field, a blank line, a BOM.
        ("a,b\nc,d\n", [["a", "b"], ["c", "d"]]),
        (",,\r\n", [["", "", ""]]),
        ("\"\",x", [["", "x"]]),
        ("a\r\n\r\nb", [["a"], [""], ["b"]]),
        ("\u{FEFF}date,amount", [["date", "amount"]]),
        ("", []),
    ])
    func rfc4180(text: String, expected: [[String]]) throws {
        #expect(try Self.fields(text) == expected)
    }

    @Test func recordsKnowTheLineTheyStartOn() throws {
        let records = try CSVReader.records("h1,h2\r\n\"multi\r\nline\",x\r\nlast,y\n")
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test(arguments: [
        ("a,b\"c", CSVReadError.quoteInUnquotedField(line: 1),
         "line 1: a quote inside an unquoted field (quote the whole field and double the quote: \"b\"\"c\")"),
        ("ok\r\n\"ab\"c,d", CSVReadError.textAfterClosingQuote(line: 2),
         "line 2: text after a closing quote (a quoted field ends at a comma or the end of the line)"),
        ("ok\n\"x\n\nno end", CSVReadError.unterminatedQuotedField(line: 2), "line 2: a quoted field is never closed"),
    ])
    func refusals(text: String, error: CSVReadError, message: String) {
        #expect(throws: error) { try CSVReader.records(text) }
        #expect(error.description == message)
    }
}
