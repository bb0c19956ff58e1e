/// The canonical JSON writer: escaping pinned byte for byte, containers
/// without whitespace, and parse → write → parse round trips.
///
/// Example: the string `a"b` followed by a tab is written `"a\"b\t"`;
/// U+001F is written `\u001f`; `é`, `🙂` and `/` are written as they are.
import Testing
import LedgerEvents

struct JSONWriterTests {
    static func written(_ value: JSONValue) -> [UInt8] {
        var writer = JSONWriter()
        writer.value(value)
        return writer.bytes
    }

    static func writtenText(_ value: JSONValue) -> String {
        String(decoding: written(value), as: UTF8.self)
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        ("", #""""#),
        ("a\"b", #""a\"b""#),
        ("a\\b", #""a\\b""#),
        ("\n\r\t\u{8}\u{C}", #""\n\r\t\b\f""#),
        ("\u{0}\u{1}\u{1A}\u{1F}", #""\u0000\u0001\u001a\u001f""#),
        ("\u{7F}", "\"\u{7F}\""),
        ("a/b", #""a/b""#),
        ("é🙂\u{2028}", "\"é🙂\u{2028}\""),
        ("x\"\"\\y\n", #""x\"\"\\y\n""#),
    ])
    func stringEscaping(text: String, expected: String) {
        var writer = JSONWriter()
        writer.string(text)
        #expect(writer.bytes == Array(expected.utf8))
    }

    /// Non-ASCII goes out as raw UTF-8, never as `\u` escapes.
    @Test func nonASCIIIsRawUTF8() {
        var writer = JSONWriter()
        writer.string("é🙂")
        #expect(writer.bytes == [0x22, 0xC3, 0xA9, 0xF0, 0x9F, 0x99, 0x82, 0x22])
    }

    @Test func containersHaveNoWhitespaceAndKeepMemberOrder() {
        let value = JSONValue.object(JSONObject(members: [
            .init(key: "seq", value: .number("12")),
            .init(key: "id", value: .string("a\"b")),
            .init(key: "lines", value: .array([.number("-3.5e2"), .null, .bool(true), .bool(false)])),
            .init(key: "empty", value: .object(JSONObject())),
            .init(key: "none", value: .array([])),
            .init(key: "chain", value: .string("é/\t")),
        ]))
        #expect(Self.writtenText(value)
            == #"{"seq":12,"id":"a\"b","lines":[-3.5e2,null,true,false],"empty":{},"none":[],"chain":"é/\t"}"#)
    }

    @Test func rawAppendsTextUnchanged() {
        var writer = JSONWriter()
        writer.raw("{")
        writer.string("k")
        writer.raw(":1}")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"k":1}"#)
    }

    @Test(arguments: [
        #"null"#,
        #"-0"#,
        #"[1,-2.50,3e-7,4E+2]"#,
        #"{"a":{"b":{"c":[[],{}]}}}"#,
        #"["\"\\\/\b\f\n\r\t"]"#,
        #"{"caf\u00e9":"\ud83d\ude42","raw":"café🙂","nul":"\u0000","us":"\u001F"}"#,
        #"{"":"","k":[true,false,null]}"#,
        "  {\n  \"spaced\" : [ 1 , 2 ]\n}\n",
    ])
    func roundTrip(text: String) throws {
        let value = try JSONParser.parse(text)
        let bytes = Self.written(value)
        #expect(try JSONParser.parse(bytes) == value)
        // Canonical: writing what was read back gives the same bytes again.
        #expect(Self.written(try JSONParser.parse(bytes)) == bytes)
    }

    /// The canonical form of escaped input: escapes that are not needed
    /// (`\/`, `\u00e9`, surrogate pairs) are written as plain UTF-8.
    @Test func canonicalFormOfEscapedInput() throws {
        let value = try JSONParser.parse(#"["\/","\u00e9","\ud83d\ude42","\u001F","\u0008"]"#)
        #expect(Self.writtenText(value) == #"["/","é","🙂","\u001f","\b"]"#)
    }

    @Test func valuesBuiltInCodeRoundTrip() throws {
        let value = JSONValue.array([
            .string("tab\there \"quoted\" back\\slash"),
            .string("\u{1}\u{1F}\u{7F}"),
            .string("é and 🙂"),
            .object(JSONObject(members: [.init(key: "nested", value: .array([.array([])]))])),
            .number("0.000"),
        ])
        #expect(try JSONParser.parse(Self.written(value)) == value)
    }

    /// A `.number` whose text is not a JSON number would make a line no
    /// reader accepts; writing one stops the process.
    @Test(arguments: ["NaN", "01", "1.", "+1", "", "1 ", "0x10"])
    func writingANonNumberStops(literal: String) async {
        await #expect(processExitsWith: .failure) { [literal] in
            var writer = JSONWriter()
            writer.value(.number(literal))
        }
    }
}
