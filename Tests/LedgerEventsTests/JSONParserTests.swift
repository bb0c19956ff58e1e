/// The strict JSON parser: the RFC 8259 §13 examples, the accepted edge
/// cases, and a table of malformed inputs with the offset and message each
/// must be refused with.
///
/// Example: `{"amount":"1","amount":"2"}` is refused at byte 14 with
/// `duplicate key "amount"`; `[1,]` at byte 3 with `unexpected character ']'`.
import Testing
import LedgerEvents

struct JSONParserTests {
    // MARK: RFC 8259 §13

    @Test func rfcImageExample() throws {
        let text = """
        {
          "Image": {
              "Width":  800,
              "Height": 600,
              "Title":  "View from 15th Floor",
              "Thumbnail": {
                  "Url":    "http://www.example.com/image/481989943",
                  "Height": 125,
                  "Width":  100
              },
              "Animated" : false,
              "IDs": [116, 943, 234, 38793]
            }
        }
        """
        let thumbnail = JSONValue.object(JSONObject(members: [
            .init(key: "Url", value: .string("http://www.example.com/image/481989943")),
            .init(key: "Height", value: .number("125")),
            .init(key: "Width", value: .number("100")),
        ]))
        let image = JSONValue.object(JSONObject(members: [
            .init(key: "Width", value: .number("800")),
            .init(key: "Height", value: .number("600")),
            .init(key: "Title", value: .string("View from 15th Floor")),
            .init(key: "Thumbnail", value: thumbnail),
            .init(key: "Animated", value: .bool(false)),
            .init(key: "IDs", value: .array([.number("116"), .number("943"), .number("234"), .number("38793")])),
        ]))
        #expect(try JSONParser.parse(text) == .object(JSONObject(members: [.init(key: "Image", value: image)])))
    }

    @Test func rfcArrayOfLocationsExample() throws {
        let text = """
        [
          {
             "precision": "zip",
             "Latitude":  37.7668,
             "Longitude": -122.3959,
             "Address":   "",
             "City":      "SAN FRANCISCO",
             "State":     "CA",
             "Zip":       "94107",
             "Country":   "US"
          },
          {
             "precision": "zip",
             "Latitude":  37.371991,
             "Longitude": -122.026020,
             "Address":   "",
             "City":      "SUNNYVALE",
             "State":     "CA",
             "Zip":       "94085",
             "Country":   "US"
          }
        ]
        """
        func location(_ latitude: String, _ longitude: String, _ city: String, _ zip: String) -> JSONValue {
            .object(JSONObject(members: [
                .init(key: "precision", value: .string("zip")),
                .init(key: "Latitude", value: .number(latitude)),
                .init(key: "Longitude", value: .number(longitude)),
                .init(key: "Address", value: .string("")),
                .init(key: "City", value: .string(city)),
                .init(key: "State", value: .string("CA")),
                .init(key: "Zip", value: .string(zip)),
                .init(key: "Country", value: .string("US")),
            ]))
        }
        // Numbers keep their text: the trailing zero of -122.026020 survives.
        #expect(try JSONParser.parse(text) == .array([
            location("37.7668", "-122.3959", "SAN FRANCISCO", "94107"),
            location("37.371991", "-122.026020", "SUNNYVALE", "94085"),
        ]))
    }

    @Test(arguments: [
        ("\"Hello world!\"", JSONValue.string("Hello world!")),
        ("42", .number("42")),
        ("true", .bool(true)),
    ])
    func rfcScalarTexts(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
    }

    // MARK: Accepted edge cases

    @Test(arguments: [
        ("-0", JSONValue.number("-0")),
        ("0.0e+00", .number("0.0e+00")),
        ("-3.5E-2", .number("-3.5E-2")),
        ("1e7", .number("1e7")),
        (" \t\r\n null \n", .null),
        ("false", .bool(false)),
        ("[]", .array([])),
        ("{}", .object(JSONObject())),
        ("[ ]", .array([])),
        ("{ }", .object(JSONObject())),
        ("[[[]]]", .array([.array([.array([])])])),
        ("\"\"", .string("")),
        ("\"\\u0000\"", .string("\u{0}")),
        ("\"\u{7F}\"", .string("\u{7F}")),
        ("\"\\/\"", .string("/")),
        ("\"caf\u{E9} 🙂\"", .string("café 🙂")),
        ("\"\\ud83d\\ude42\"", .string("🙂")),
        ("\"\\uD83D\\uDE42\"", .string("🙂")),
        ("\"\\u00e9\\u00E9\"", .string("éé")),
        ("\"\\uffff\"", .string("\u{FFFF}")),
    ])
    func accepts(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
    }

    @Test func decodesEveryEscape() throws {
        let text = #""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude42z""#
        #expect(try JSONParser.parse(text) == .string("a\"b\\c/d\u{8}\u{C}\n\r\té🙂z"))
    }

    /// Escaped strings share one scratch buffer: each must come out whole
    /// and alone, whatever the string before it held.
    @Test func stringsAfterEscapedStringsAreIndependent() throws {
        let text = #"["a\nb", "c", "\tlonger text\t", "d", {"k\u0031":"v\"", "k2":"w"}]"#
        #expect(try JSONParser.parse(text) == .array([
            .string("a\nb"), .string("c"), .string("\tlonger text\t"), .string("d"),
            .object(JSONObject(members: [.init(key: "k1", value: .string("v\"")), .init(key: "k2", value: .string("w"))])),
        ]))
    }

    @Test func objectKeepsDocumentOrderAndLooksUpKeys() throws {
        guard case .object(let object) = try JSONParser.parse(#"{"z":1,"a":{"b":null},"m":"x"}"#) else {
            Issue.record("not an object")
            return
        }
        #expect(object.members.map(\.key) == ["z", "a", "m"])
        #expect(object["m"] == .string("x"))
        #expect(object["a"] == .object(JSONObject(members: [.init(key: "b", value: .null)])))
        #expect(object["b"] == nil)
    }

    @Test func bytesArrayAndRawBufferEntryPoints() throws {
        let bytes = Array(#"{"a":[1,true]}"#.utf8)
        let expected = JSONValue.object(JSONObject(members: [.init(key: "a", value: .array([.number("1"), .bool(true)]))]))
        #expect(try JSONParser.parse(bytes) == expected)
        try bytes.withUnsafeBytes { raw throws -> Void in
            #expect(try JSONParser.parse(raw) == expected)
            // A slice of a larger buffer: offsets count from the slice's start.
            #expect(throws: JSONParseError(offset: 7, message: "unexpected end of input")) {
                try JSONParser.parse(UnsafeRawBufferPointer(rebasing: raw[5..<12]))
            }
        }
        #expect(throws: JSONParseError(offset: 0, message: "unexpected end of input")) {
            try JSONParser.parse(UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }

    // MARK: Limits

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let text = String(repeating: "[", count: 32) + String(repeating: "]", count: 32)
        #expect(throws: Never.self) { try JSONParser.parse(text) }
        let objects = String(repeating: #"{"a":"#, count: 32) + "1" + String(repeating: "}", count: 32)
        #expect(throws: Never.self) { try JSONParser.parse(objects) }
    }

    @Test func nestingBeyondTheLimitIsRefused() throws {
        let arrays = String(repeating: "[", count: 33) + String(repeating: "]", count: 33)
        #expect(throws: JSONParseError(offset: 32, message: "nesting deeper than 32 levels")) {
            try JSONParser.parse(arrays)
        }
        // Depth counts open containers, not siblings: 33 arrays side by side are fine.
        #expect(throws: Never.self) { try JSONParser.parse("[" + Array(repeating: "[]", count: 33).joined(separator: ",") + "]") }
        #expect(throws: JSONParseError(offset: 6, message: "nesting deeper than 2 levels")) {
            try JSONParser.parse(#"{"a":[{}]}"#, maximumDepth: 2)
        }
        #expect(throws: JSONParseError(offset: 1, message: "nesting deeper than 1 level")) {
            try JSONParser.parse("[[]]", maximumDepth: 1)
        }
        #expect(throws: JSONParseError(offset: 0, message: "nesting deeper than 0 levels")) {
            try JSONParser.parse("[]", maximumDepth: 0)
        }
        #expect(try JSONParser.parse("7", maximumDepth: 0) == .number("7"))
    }

    /// Past 16 members the duplicate check switches from a scan to a set;
    /// both must find a duplicate, early or late.
    @Test(arguments: [0, 5, 15, 16, 17, 39])
    func duplicateKeyInLargeObject(duplicateOf position: Int) {
        let keys = (0..<40).map { "k\($0)" } + ["k\(position)"]
        let members = keys.map { #""\#($0)":0"# }
        let text = "{" + members.joined(separator: ",") + "}"
        let offset = text.utf8.count - 1 - members.last!.utf8.count
        #expect(throws: JSONParseError(offset: offset, message: "duplicate key \"k\(position)\"")) {
            try JSONParser.parse(text)
        }
        #expect(throws: Never.self) { try JSONParser.parse("{" + members.dropLast().joined(separator: ",") + "}") }
    }

    // MARK: Refusals

    struct Malformed: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let offset: Int
        let message: String
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ offset: Int, _ message: String) {
            self.init(name, Array(text.utf8), offset, message)
        }

        init(_ name: String, _ bytes: [UInt8], _ offset: Int, _ message: String) {
            self.name = name
            self.bytes = bytes
            self.offset = offset
            self.message = message
        }
    }

    static let quote = UInt8(ascii: "\"")

    static let malformed: [Malformed] = [
        // Structure and end of input.
        Malformed("empty input", "", 0, "unexpected end of input"),
        Malformed("whitespace only", " \n\t", 3, "unexpected end of input"),
        Malformed("unclosed array", "[1,2", 4, "unexpected end of input"),
        Malformed("unclosed array after bracket", "[", 1, "unexpected end of input"),
        Malformed("unclosed object", "{", 1, "unexpected end of input"),
        Malformed("missing member value", #"{"a":"#, 5, "unexpected end of input"),
        Malformed("trailing comma in array", "[1,]", 3, "unexpected character ']'"),
        Malformed("trailing comma in object", #"{"a":1,}"#, 7, "expected a string key, found '}'"),
        Malformed("missing colon", #"{"a" 1}"#, 5, "expected ':' after a key, found '1'"),
        Malformed("unquoted key", "{a:1}", 1, "expected a string key, found 'a'"),
        Malformed("number key", "{1:1}", 1, "expected a string key, found '1'"),
        Malformed("missing comma in array", "[1 2]", 3, "expected ',' or ']' in an array, found '2'"),
        Malformed("missing comma in object", #"{"a":1 "b":2}"#, 7, "expected ',' or '}' in an object, found '\"'"),
        Malformed("two values", "1 2", 2, "trailing characters after the JSON value"),
        Malformed("text after object", "{} x", 3, "trailing characters after the JSON value"),
        Malformed("second object", "{}{}", 2, "trailing characters after the JSON value"),
        Malformed("single quotes", "'a'", 0, "unexpected character '''"),
        Malformed("comment", "// note\n1", 0, "unexpected character '/'"),
        Malformed("form feed is not whitespace", "\u{C}1", 0, "unexpected character U+000C"),
        Malformed("no-break space is not whitespace", "\u{A0}1", 0, "unexpected character U+00A0"),
        Malformed("byte order mark", "\u{FEFF}1", 0, "unexpected character U+FEFF"),
        Malformed("non-ASCII outside a string", "[é]", 1, "unexpected character U+00E9"),
        // Literals.
        Malformed("truncated null", "nul", 0, "invalid literal, expected null"),
        Malformed("misspelt true", "tru e", 0, "invalid literal, expected true"),
        Malformed("false with a capital", "[False]", 1, "unexpected character 'F'"),
        Malformed("True", "True", 0, "unexpected character 'T'"),
        Malformed("undefined", "undefined", 0, "unexpected character 'u'"),
        Malformed("NaN", "NaN", 0, "unexpected character 'N'"),
        Malformed("Infinity", "Infinity", 0, "unexpected character 'I'"),
        // Numbers.
        Malformed("minus Infinity", "-Infinity", 1, "invalid number: expected a digit after '-'"),
        Malformed("lone minus", "-", 1, "invalid number: expected a digit after '-'"),
        Malformed("leading zero", "01", 1, "invalid number: leading zero"),
        Malformed("negative leading zero", "[-012]", 3, "invalid number: leading zero"),
        Malformed("plus sign", "+1", 0, "unexpected character '+'"),
        Malformed("bare fraction", ".5", 0, "unexpected character '.'"),
        Malformed("point without digits", "1.", 2, "invalid number: expected a digit after '.'"),
        Malformed("point before exponent", "1.e5", 2, "invalid number: expected a digit after '.'"),
        Malformed("empty exponent", "1e", 2, "invalid number: expected a digit in the exponent"),
        Malformed("signed empty exponent", "1e+", 3, "invalid number: expected a digit in the exponent"),
        Malformed("hex number", "0x1F", 1, "trailing characters after the JSON value"),
        // Strings.
        Malformed("unterminated string", #""abc"#, 0, "unterminated string"),
        Malformed("unterminated after escape", #"["a\"#, 1, "unterminated string"),
        Malformed("unterminated escaped string", #""a\n"#, 0, "unterminated string"),
        Malformed("raw line feed", "\"a\nb\"", 2, "unescaped control character U+000A in a string"),
        Malformed("raw tab", "\"\t\"", 1, "unescaped control character U+0009 in a string"),
        Malformed("raw NUL", "\"\u{0}\"", 1, "unescaped control character U+0000 in a string"),
        Malformed("raw control after escape", "\"\\n\u{1F}\"", 3, "unescaped control character U+001F in a string"),
        Malformed("unknown escape", #""\x""#, 1, "invalid escape '\\x'"),
        Malformed("escaped single quote", #""\'""#, 1, "invalid escape '\\''"),
        Malformed("escaped line feed", "\"\\\n\"", 1, "invalid escape: '\\' followed by U+000A"),
        Malformed("bad hex in \\u", #""\u12G4""#, 1, "invalid \\u escape"),
        Malformed("short \\u", #""\u00""#, 1, "invalid \\u escape"),
        Malformed("lone high surrogate", #""\ud83d""#, 1, "unpaired surrogate \\uD83D"),
        Malformed("lone low surrogate", #""\ude42""#, 1, "unpaired surrogate \\uDE42"),
        Malformed("high surrogate then letter", #""\ud83dx""#, 1, "unpaired surrogate \\uD83D"),
        Malformed("high surrogate then non-surrogate", #""\ud83d\u0041""#, 1, "unpaired surrogate \\uD83D"),
        Malformed("two high surrogates", #""ok\ud83d\ud83d""#, 3, "unpaired surrogate \\uD83D"),
        // UTF-8, in and out of strings.
        Malformed("byte 0xFF in a string", [quote, 0xFF, quote], 1, "invalid UTF-8 at byte 1"),
        Malformed("lone continuation byte", [quote, 0x61, 0x80, quote], 2, "invalid UTF-8 at byte 2"),
        Malformed("overlong slash", [quote, 0xC0, 0xAF, quote], 1, "invalid UTF-8 at byte 1"),
        Malformed("overlong 3-byte", [quote, 0xE0, 0x80, 0xAF, quote], 1, "invalid UTF-8 at byte 1"),
        Malformed("overlong 4-byte", [quote, 0xF0, 0x80, 0x80, 0xAF, quote], 1, "invalid UTF-8 at byte 1"),
        Malformed("UTF-8 encoded surrogate", [quote, 0xED, 0xA0, 0x80, quote], 1, "invalid UTF-8 at byte 1"),
        Malformed("above U+10FFFF", [quote, 0xF4, 0x90, 0x80, 0x80, quote], 1, "invalid UTF-8 at byte 1"),
        Malformed("lead byte 0xF5", [quote, 0xF5, 0x80, 0x80, 0x80, quote], 1, "invalid UTF-8 at byte 1"),
        Malformed("truncated before quote", [quote, 0x61, 0xC3, quote], 2, "invalid UTF-8 at byte 2"),
        Malformed("truncated at end of input", [quote, 0xE2, 0x82], 1, "invalid UTF-8 at byte 1"),
        Malformed("invalid after escape", Array(#""\n"#.utf8) + [0xFE, quote], 3, "invalid UTF-8 at byte 3"),
        Malformed("invalid byte as escape letter", [quote, UInt8(ascii: "\\"), 0xFF, quote], 2, "invalid UTF-8 at byte 2"),
        Malformed("invalid byte outside a string", [UInt8(ascii: "["), 0xFF, UInt8(ascii: "]")], 1, "invalid UTF-8 at byte 1"),
        Malformed("invalid byte as key", [UInt8(ascii: "{"), 0xC3, UInt8(ascii: "}")], 1, "invalid UTF-8 at byte 1"),
        // Duplicate keys.
        Malformed("duplicate key", #"{"amount":"1","amount":"2"}"#, 14, "duplicate key \"amount\""),
        Malformed("duplicate key, same value", #"{"a":1,"b":2,"a":1}"#, 13, "duplicate key \"a\""),
        Malformed("duplicate key in nested object", #"{"a":{"b":1,"b":2}}"#, 12, "duplicate key \"b\""),
        Malformed("duplicate key written with an escape", #"{"a":1,"\u0061":2}"#, 7, "duplicate key \"a\""),
        Malformed("duplicate key shown escaped", #"{"x\"y":1,"x\"y":2}"#, 10, "duplicate key \"x\\\"y\""),
        Malformed("duplicate empty key", #"{"":1,"":2}"#, 6, "duplicate key \"\""),
    ]

    @Test(arguments: malformed)
    func refuses(_ input: Malformed) {
        #expect(throws: JSONParseError(offset: input.offset, message: input.message)) {
            try JSONParser.parse(input.bytes)
        }
    }

    /// The same key in different objects is not a duplicate.
    @Test func sameKeyInSiblingObjectsIsAccepted() {
        #expect(throws: Never.self) { try JSONParser.parse(#"[{"a":1},{"a":2},{"b":{"a":3}}]"#) }
    }

    @Test func errorDescriptionNamesTheByte() {
        #expect(JSONParseError(offset: 3, message: "unexpected character ']'").description
            == "unexpected character ']' (at byte 3)")
    }
}
