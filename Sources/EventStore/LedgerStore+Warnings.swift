#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerEvents

/// The warnings of `verify`: ledger files that others than the owner may
/// read or write, and event files large enough that rotation is advised.
///
/// Example: a ledger created by `rledger init` has every file at mode 0600
/// and gives no warning; after `chmod 644 EventLogs/orders.jsonl` it gives
/// `.exposed(file: "orders.jsonl", mode: 0o644)`.
extension LedgerStore {
    /// Group and other permission bits: any of them exposes financial data.
    static let exposingModeBits: UInt32 = 0o077

    func warnings(rotationAdvisedBytes: Int = StoreLimits.rotationAdvisedFileBytes) -> [StoreWarning] {
        var warnings: [StoreWarning] = []
        let names = EventFamily.allCases.map(\.fileName)
            + [StoreLayout.manifestFileName, StoreLayout.lockFileName]
            + quarantinedFileNames()
        for name in names {
            var status = stat()
            guard stat(layout.path(name), &status) == 0 else { continue }
            let mode = UInt32(status.st_mode)
            if mode & Self.exposingModeBits != 0 { warnings.append(.exposed(file: name, mode: mode & 0o777)) }
        }
        for family in EventFamily.allCases {
            if let size = FileSystem.size(layout.path(family)), size > rotationAdvisedBytes {
                warnings.append(.rotationAdvised(file: family.fileName, bytes: size, limit: rotationAdvisedBytes))
            }
        }
        return warnings
    }

    /// `quarantine/<name>` for each file `repair` moved aside, in name order.
    private func quarantinedFileNames() -> [String] {
        guard let directory = opendir(layout.quarantineDirectory) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(StoreLayout.quarantineDirectoryName + "/" + name) }
        }
        return names.sorted()
    }
}
