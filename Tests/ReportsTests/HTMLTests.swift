import Testing
import Reports

/// The HTML escaping every document uses for ledger text.
@Suite struct HTMLTests {
    @Test(arguments: [
        ("<", "&lt;"), (">", "&gt;"), ("&", "&amp;"), ("\"", "&quot;"), ("'", "&#39;"),
        ("plain text", "plain text"), ("", ""),
        ("Smith & Sons <\"Q1\"> O'Hara", "Smith &amp; Sons &lt;&quot;Q1&quot;&gt; O&#39;Hara"),
        ("&amp;", "&amp;amp;"), ("Viña Azul — Москва", "Viña Azul — Москва"),
    ])
    func escapes(text: String, escaped: String) {
        #expect(HTML.escape(text) == escaped)
    }
}
