import Testing
import Foundation
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// The builders' presets are RULES.md §6 exactly: the same JSON text (up to
/// whitespace) as the rules, and the same terms as the public sample's
/// `program.terms` lines.
@Suite struct PresetTests {
    /// The four objects of the ```json block under "## 6. Presets", whitespace removed.
    static func presetsInRules() throws -> [String] {
        let url = Fixtures.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/RULES.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let section = try #require(text.range(of: "## 6. Presets")).upperBound
        let start = try #require(text.range(of: "```json\n", range: section..<text.endIndex)).upperBound
        let end = try #require(text.range(of: "```", range: start..<text.endIndex)).lowerBound
        return text[start..<end].components(separatedBy: "\n\n").map(withoutWhitespace).filter { !$0.isEmpty }
    }

    static func withoutWhitespace(_ text: some StringProtocol) -> String {
        String(text.filter { !$0.isWhitespace })
    }

    @Test("each preset is the RULES.md §6 text", arguments: Preset.allCases)
    func presetMatchesRules(_ preset: Preset) throws {
        let rules = try Self.presetsInRules()
        #expect(rules.count == 4)
        #expect(rules.contains(Self.withoutWhitespace(preset.json)))
    }

    @Test("each preset decodes to the public sample's terms", arguments: Preset.allCases)
    func presetMatchesPublicSample(_ preset: Preset) throws {
        let sample = Fixtures.lines("2026-01", "programs").map(Event.decodeInput).compactMap { event -> ProgramTermsPayload? in
            if case .programTerms(let p) = event.payload, p.program == preset.program { p } else { nil }
        }
        guard case .programTerms(let built) = Event.terms(preset).payload else { Issue.record("not terms"); return }
        #expect(sample == [built])
        #expect(built.currency.code == preset.currency)
    }
}
