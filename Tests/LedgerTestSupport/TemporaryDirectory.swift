import Foundation

/// A fresh directory under the system's temporary directory, removed with
/// everything in it when the value goes away.
///
/// Example: `let scratch = try TemporaryDirectory()` gives
/// `/tmp/rledger-test-6F9A…/`; `scratch.path("EventLogs")` names a ledger
/// inside it; at the end of the test the whole tree is deleted.
public final class TemporaryDirectory {
    public let url: URL

    public init(prefix: String = "rledger-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The directory itself, as a path.
    public var path: String { url.path }

    /// A path inside the directory.
    public func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Writes a file inside the directory (creating parent directories).
    public func write(_ text: String, to relative: String) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
    }
}
