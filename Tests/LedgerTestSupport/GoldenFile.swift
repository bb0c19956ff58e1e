import Foundation

/// Golden-file comparison for rendered documents. A test renders its output
/// and compares it byte for byte with a file under its target's
/// `Snapshots/` folder; with `RLEDGER_RECORD_SNAPSHOTS=1` in the
/// environment the file is (re)written instead, to be reviewed as a diff.
///
/// Example: `GoldenFile.check(html, named: "statement.html", testFile: #filePath)`
/// returns nil when `Tests/ReportsTests/Snapshots/statement.html` holds
/// exactly `html`, else a message naming the first differing line:
/// ```
/// statement.html differs from the golden file at line 12:
/// - expected: <td class="num">2,252.96</td>
/// + actual:   <td class="num">2,252.97</td>
/// ```
public enum GoldenFile {
    public static let recordVariable = "RLEDGER_RECORD_SNAPSHOTS"

    public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// The snapshot folder beside the test file that calls.
    public static func directory(testFile: String) -> URL {
        URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    /// Nil when `actual` matches (or was recorded); otherwise the failure message.
    public static func check(_ actual: String, named name: String, testFile: String) -> String? {
        let url = directory(testFile: testFile).appendingPathComponent(name)
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url, options: .atomic)
                return nil
            } catch {
                return "could not record \(url.path): \(error)"
            }
        }
        guard let data = try? Data(contentsOf: url) else {
            return "no golden file \(url.path); run the tests with \(recordVariable)=1 to record it, then review it"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard data != Data(actual.utf8) else { return nil }
        return difference(name: name, expected: expected, actual: actual)
    }

    /// The first differing line with two lines of context before it.
    public static func difference(name: String, expected: String, actual: String) -> String {
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < min(want.count, got.count), want[index] == got[index] { index += 1 }
        var message = "\(name) differs from the golden file at line \(index + 1)"
            + " (expected \(want.count) lines, got \(got.count)):\n"
        for context in max(0, index - 2)..<index { message += "  \(want[context])\n" }
        message += "- expected: " + (index < want.count ? String(want[index]) : "<end of file>") + "\n"
        message += "+ actual:   " + (index < got.count ? String(got[index]) : "<end of file>") + "\n"
        message += "Re-record with \(recordVariable)=1 and review the diff if the change is intended."
        return message
    }
}
