import LedgerCore
import LedgerEvents

/// The manifest's JSON: fixed key order, one file per line, so two equal
/// manifests are equal bytes and a person can read it.
///
/// Example (abridged):
/// ```
/// {
///   "formatVersion": 1,
///   "lastSeq": 1,
///   "files": {
///     "programs.jsonl": {"lastSeq": 0, "lines": 0, "bytes": 0, "chainHead": "0000…"},
///     "orders.jsonl": {"lastSeq": 1, "lines": 1, "bytes": 265, "chainHead": "9a0e…"},
///     …
///   }
/// }
/// ```
extension Manifest {
    public func encoded() -> [UInt8] {
        var text = "{\n  \"formatVersion\": \(formatVersion),\n  \"lastSeq\": \(lastSeq),\n  \"files\": {\n"
        for (index, family) in EventFamily.allCases.enumerated() {
            let entry = self[family]
            // Every value is a number or a hex digest, so nothing needs escaping.
            text += "    \"\(family.fileName)\": {\"lastSeq\": \(entry.lastSeq), \"lines\": \(entry.lines), "
                + "\"bytes\": \(entry.bytes), \"chainHead\": \"\(entry.chainHead)\"}"
            text += index == EventFamily.allCases.count - 1 ? "\n" : ",\n"
        }
        text += "  }\n}\n"
        return Array(text.utf8)
    }

    /// Reads a manifest strictly: every file of the catalog must be listed,
    /// nothing else may be, and every number must be in range.
    public static func decode(_ bytes: [UInt8]) throws(DecodeError) -> Manifest {
        do {
            let value: JSONValue
            do { value = try JSONParser.parse(bytes) } catch {
                throw DecodeError(field: "", message: "not valid JSON: \(error.message) (byte \(error.offset))")
            }
            var reader = try ObjectReader(value, path: "")
            let version = try reader.int("formatVersion", minimum: 1)
            guard version == currentFormatVersion else {
                throw DecodeError(field: "formatVersion", message: "is \(version); this program reads format \(currentFormatVersion)")
            }
            let lastSeq = try reader.int("lastSeq", minimum: 0)
            let entries = try reader.object("files") { files in try decodeEntries(&files) }
            try reader.finish()
            return Manifest(formatVersion: version, lastSeq: lastSeq, entries: entries)
        } catch let error as DecodeError {
            throw error
        } catch {
            throw DecodeError(field: "", message: "\(error)")
        }
    }

    private static func decodeEntries(_ files: inout ObjectReader) throws -> [EventFamily: ManifestEntry] {
        var entries: [EventFamily: ManifestEntry] = [:]
        for family in EventFamily.allCases {
            entries[family] = try files.object(family.fileName) { entry in
                let chainHead = try entry.string("chainHead")
                guard ChainHash.isWellFormed(chainHead) else {
                    throw DecodeError(field: entry.fieldPath("chainHead"), message: "must be 64 lowercase hex digits")
                }
                return ManifestEntry(lastSeq: try entry.int("lastSeq", minimum: 0), lines: try entry.int("lines", minimum: 0),
                                     bytes: try entry.int("bytes", minimum: 0), chainHead: chainHead)
            }
        }
        return entries
    }
}
