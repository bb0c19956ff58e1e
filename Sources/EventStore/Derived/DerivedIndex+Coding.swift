import LedgerEvents

/// `derived/index.json`: fixed key order, one file per line, like the
/// manifest. The checksum state is written as hex so no number leaves
/// JSON's exact integer range.
///
/// Example (abridged):
/// ```
/// {
///   "formatVersion": 1,
///   "files": {
///     "orders.jsonl": {"lastSeq": 1, "lines": 1, "bytes": 265, "chainHead": "9a0e…",
///                      "checksum": "6b1f…", "pending": "0000…", "pendingBytes": 1},
///     …
///   },
///   "shards": [{"bytes": 37, "checksum": "…", "pending": "…", "pendingBytes": 5}, …]
/// }
/// ```
extension DerivedIndex {
    public func encoded() -> [UInt8] {
        var text = "{\n  \"formatVersion\": \(Self.formatVersion),\n  \"files\": {\n"
        for (index, family) in EventFamily.allCases.enumerated() {
            let coverage = self[family]
            let entry = coverage.entry
            text += "    \"\(family.fileName)\": {\"lastSeq\": \(entry.lastSeq), \"lines\": \(entry.lines), "
                + "\"bytes\": \(entry.bytes), \"chainHead\": \"\(entry.chainHead)\", "
                + "\"checksum\": \"\(Self.hex(coverage.checksum.state))\", \"pending\": \"\(Self.hex(coverage.checksum.pending))\", "
                + "\"pendingBytes\": \(coverage.checksum.pendingCount)}"
            text += index == EventFamily.allCases.count - 1 ? "\n" : ",\n"
        }
        text += "  },\n  \"shards\": [\n"
        for (index, shard) in shards.enumerated() {
            text += "    {\"bytes\": \(shard.count), \"checksum\": \"\(Self.hex(shard.state))\", \"pending\": \"\(Self.hex(shard.pending))\", "
                + "\"pendingBytes\": \(shard.pendingCount)}" + (index == shards.count - 1 ? "\n" : ",\n")
        }
        text += "  ]\n}\n"
        return Array(text.utf8)
    }

    /// Nil for anything that is not an index this program wrote: derived
    /// data that cannot be read is simply not used.
    public static func decode(_ bytes: [UInt8]) -> DerivedIndex? {
        guard let value = try? JSONParser.parse(bytes), var reader = try? ObjectReader(value, path: "") else { return nil }
        do {
            guard try reader.int("formatVersion") == formatVersion else { return nil }
            var files: [EventFamily: Coverage] = [:]
            try reader.object("files") { object in
                for family in EventFamily.allCases {
                    files[family] = try object.object(family.fileName) { try coverage(&$0) }
                }
                try object.finish()
            }
            let shards = try reader.array("shards") { value, path in
                var object = try ObjectReader(value, path: path)
                return try checksum(&object, bytes: try object.int("bytes", minimum: 0))
            }
            try reader.finish()
            guard shards.count == shardCount else { return nil }
            return DerivedIndex(files: files, shards: shards)
        } catch {
            return nil
        }
    }

    private struct Malformed: Error {}

    private static func coverage(_ entry: inout ObjectReader) throws -> Coverage {
        let chainHead = try entry.string("chainHead")
        let bytes = try entry.int("bytes", minimum: 0)
        guard ChainHash.isWellFormed(chainHead) else { throw Malformed() }
        let manifestEntry = ManifestEntry(lastSeq: try entry.int("lastSeq", minimum: 0), lines: try entry.int("lines", minimum: 0),
                                          bytes: bytes, chainHead: chainHead)
        return Coverage(entry: manifestEntry, checksum: try checksum(&entry, bytes: bytes))
    }

    /// The checksum fields of an object (and nothing else after them).
    private static func checksum(_ object: inout ObjectReader, bytes: Int) throws -> RunningChecksum {
        let pendingCount = try object.int("pendingBytes", minimum: 0)
        guard pendingCount < 8, pendingCount == bytes % 8,
              let state = UInt64(try object.string("checksum"), radix: 16),
              let pending = UInt64(try object.string("pending"), radix: 16) else { throw Malformed() }
        try object.finish()
        return RunningChecksum(state: state, pending: pending, pendingCount: pendingCount, count: bytes)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
