import Foundation

/// Runs the plain-text accounting tools the peer-agreement tests compare
/// against (hledger, bean-check, bean-query), found on `PATH`.
///
/// Example: `PeerTool.isInstalled("hledger")` is true after
/// `Scripts/install-test-peers.sh`; `try PeerTool.run("bean-check", ["x.beancount"])`
/// returns its exit status and output.
public enum PeerTool {
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// Whether CI=true: there a missing tool fails the tests instead of skipping them.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    public static func path(of tool: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public static func isInstalled(_ tool: String) -> Bool { path(of: tool) != nil }

    /// Runs a tool to completion. Its output goes to temporary files, not
    /// pipes, so a large report can never fill a pipe and stall the tool.
    public static func run(_ tool: String, _ arguments: [String]) throws -> Output {
        guard let executable = path(of: tool) else { throw PeerToolError.notInstalled(tool) }
        let outURL = try temporaryFile("", suffix: ".out"), errURL = try temporaryFile("", suffix: ".err")
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
                      stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// A temporary file holding `text`, removed by the caller.
    public static func temporaryFile(_ text: String, suffix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rledger-\(UUID().uuidString)\(suffix)")
        try Data(text.utf8).write(to: url)
        return url
    }
}
