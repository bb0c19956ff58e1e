/// Escapes text for HTML element content and quoted attribute values.
///
/// Example: `HTML.escape(#"Smith & Sons <"Q1"> O'Hara"#)` gives
/// `Smith &amp; Sons &lt;&quot;Q1&quot;&gt; O&#39;Hara`. Every piece of
/// ledger data (names, references, reasons) passes through here before it
/// reaches a page, because those strings come from outside the program.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
