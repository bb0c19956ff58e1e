#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerCore
import LedgerEvents

/// Repair: moves what an interrupted append left after a file's committed
/// end (a torn last line, and whole lines that missed the commit) into
/// `quarantine/`, then truncates the file back to its committed end. It
/// never deletes a byte, and it refuses, changing nothing, when the ledger
/// has any other damage.
///
/// Example: `orders.jsonl` has 5 committed lines (812 bytes) and a crash
/// left 37 more bytes without a newline. `repair(now: 2026-11-01T00:00:00Z)`
/// writes those 37 bytes to `quarantine/orders.jsonl.20261101T000000Z`,
/// fsyncs it, truncates `orders.jsonl` to 812 bytes, and reports
/// `orders.jsonl: moved 37 bytes (from line 6 on) to quarantine/orders.jsonl.20261101T000000Z`.
/// The manifest is not rewritten: it already records the committed ends,
/// which is what the files are cut back to.
extension LedgerStore {
    public func repair(now: Instant) throws -> RepairReport {
        try FileLock.holding(layout, exclusive: true) {
            let before = verifyUnlocked()
            if before.isClean { return RepairReport(moved: []) }
            let others = before.problems.filter { !$0.isRepairable }
            guard others.isEmpty else { throw StoreError.repairRefused(problems: others) }
            let manifest = try self.manifest()
            let damagedFiles = Set(before.problems.compactMap(Self.fileName))
            var moved: [QuarantinedTail] = []
            for family in EventFamily.allCases where damagedFiles.contains(family.fileName) {
                moved.append(try moveTail(of: family, committed: manifest[family], now: now))
            }
            let after = verifyUnlocked()
            if let problem = after.problems.first { throw StoreError.damaged(problem) }
            return RepairReport(moved: moved)
        }
    }

    private func moveTail(of family: EventFamily, committed: ManifestEntry, now: Instant) throws -> QuarantinedTail {
        let file = try POSIXFile.open(layout.path(family), flags: O_RDWR)
        let tail = try file.readToEnd(from: committed.bytes)
        let relativePath = try quarantine(tail, name: family.fileName, now: now)
        // Only once the bytes are durable in quarantine is the file cut back.
        try file.truncate(to: committed.bytes)
        try file.sync()
        return QuarantinedTail(file: family.fileName, fromLine: committed.lines + 1, bytes: tail.count, quarantinePath: relativePath)
    }

    /// Writes `bytes` to a new file `quarantine/<name>.<timestamp>` (never
    /// over an existing one) and makes it durable; returns its path
    /// relative to the ledger directory.
    private func quarantine(_ bytes: [UInt8], name: String, now: Instant) throws -> String {
        try FileSystem.makeDirectory(layout.quarantineDirectory)
        try FileSystem.syncDirectory(layout.directory)
        let stamp = String(now.description.filter { $0 != "-" && $0 != ":" })
        for attempt in 1...StoreLimits.maximumQuarantineNameAttempts {
            let fileName = "\(name).\(stamp)" + (attempt == 1 ? "" : "-\(attempt)")
            let relativePath = StoreLayout.quarantineDirectoryName + "/" + fileName
            guard let file = try POSIXFile.createNew(layout.path(relativePath)) else { continue }
            try file.write(bytes, at: 0)
            try file.sync()
            try FileSystem.syncDirectory(layout.quarantineDirectory)
            return relativePath
        }
        throw StoreError.io(path: layout.quarantineDirectory, operation: "create a quarantine file",
                            message: "\(StoreLimits.maximumQuarantineNameAttempts) names for \(name).\(stamp) are taken")
    }

    private static func fileName(of problem: StoreProblem) -> String? {
        switch problem {
        case .tornTail(let file, _, _), .uncommittedLines(let file, _, _): file
        default: nil
        }
    }
}
