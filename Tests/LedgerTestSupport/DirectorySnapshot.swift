import Foundation

/// Every regular file under a directory with its bytes: compare two
/// snapshots to prove an operation changed nothing at all.
///
/// Example: `let before = try DirectorySnapshot(of: ledger)`, then a refused
/// append, then `#expect(try DirectorySnapshot(of: ledger) == before)`
/// holds only if no file (MANIFEST.json included) gained, lost or changed a
/// byte, and no file appeared or vanished. `restore(to:)` puts a directory
/// back the way the snapshot saw it.
public struct DirectorySnapshot: Equatable, CustomStringConvertible {
    /// Relative path → bytes.
    public let files: [String: [UInt8]]

    public init(of directory: String) throws {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var files: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            files[relative] = Array(try Data(contentsOf: url))
        }
        self.files = files
    }

    /// Puts `directory` back to this snapshot: every file gets its bytes
    /// again, and files the snapshot does not have are removed.
    public func restore(to directory: String) throws {
        let current = try DirectorySnapshot(of: directory)
        let root = URL(fileURLWithPath: directory)
        for name in current.files.keys where files[name] == nil {
            try FileManager.default.removeItem(at: root.appendingPathComponent(name))
        }
        for (name, bytes) in files where current.files[name] != bytes {
            try FileBytes.write(bytes, to: root.appendingPathComponent(name).path)
        }
    }

    public var description: String {
        files.keys.sorted().map { "\($0): \(files[$0]!.count) bytes" }.joined(separator: "\n")
    }
}
