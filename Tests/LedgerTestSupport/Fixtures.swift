import Foundation
import LedgerCore

/// Paths of shared fixtures: the repository root and the public acceptance
/// scenario in `../shared/scenarios/public-sample` beside the clone.
public enum Fixtures {
    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    public static var publicSample: URL {
        repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/scenarios/public-sample")
    }

    /// The lines of a scenario month's file, or none when the file is absent.
    public static func lines(_ month: String, _ family: String) -> [String] {
        let url = publicSample.appendingPathComponent(month).appendingPathComponent("\(family).jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    public static let appendOrder = ["programs", "resellers", "orders", "subscriptions", "payments", "incentives"]

    public static func date(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

    public static func expected() throws -> [String: Any] {
        let data = try Data(contentsOf: publicSample.appendingPathComponent("expected.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }
}
