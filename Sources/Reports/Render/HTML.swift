/// Escapes text for HTML element content and quoted attribute values.
///
/// Example: `HTML.escape(#"Smith & Sons <"Q1"> O'Hara"#)` gives
/// `Smith &amp; Sons &lt;&quot;Q1&quot;&gt; O&#39;Hara`. Every piece of
/// ledger data (names, references, reasons) passes through here before it
/// reaches a page, because those strings come from outside the program.
public enum HTML {
    /// Works on UTF-8 bytes: the five characters replaced are ASCII, and an
    /// ASCII byte never occurs inside a multi-byte character, so this gives
    /// the same text as replacing `Character`s, without grapheme breaking.
    /// Text with nothing to escape (nearly all of it) is returned as is.
    public static func escape(_ text: String) -> String {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsEscape) else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            result.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case 0x26: result.append(contentsOf: "&amp;".utf8)
                case 0x3C: result.append(contentsOf: "&lt;".utf8)
                case 0x3E: result.append(contentsOf: "&gt;".utf8)
                case 0x22: result.append(contentsOf: "&quot;".utf8)
                case 0x27: result.append(contentsOf: "&#39;".utf8)
                default: result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }
}
