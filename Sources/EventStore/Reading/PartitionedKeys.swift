/// The keys of a read grouped by partition of resellers, file by file:
/// each file's keys of resellers in one array, grouped by partition (a
/// counting sort, in file order within each partition), and its keys of no
/// reseller, which every partition has. A partition's keys are put
/// together when asked for (`subscript`), file by file in file order.
///
/// Example: a file with lines A1 (partition 1), S (no reseller), B0
/// (partition 0), A1' (partition 1) keeps `[B0, A1, A1']` with bounds
/// `[0, 1, 3]` and `[S]`; partition 1 is `[A1, S, A1']`.
///
/// One array per file instead of one per partition and file: with
/// thousands of small partitions, appending to that many arrays cost more
/// than reading the lines (growing arrays are fresh pages, and every
/// append went through two levels of copy-on-write checks).
public struct PartitionedKeys: RandomAccessCollection, Sendable {
    struct File: Sendable {
        /// The keys of resellers, grouped by partition.
        var grouped: [LineKey]
        /// Where partition `p` starts in `grouped` (`count` + 1 entries).
        var bounds: [Int]
        /// The keys of no reseller, in file order.
        var shared: [LineKey]
    }

    var files: [File]
    public let count: Int

    init(files: [File], count: Int) {
        self.files = files
        self.count = count
    }

    /// Groups one file's keys of resellers by their partitions.
    static func file(keys: [LineKey], partitions: [Int32], shared: [LineKey], count: Int) -> File {
        var bounds = [Int](repeating: 0, count: count + 1)
        for part in partitions { bounds[Int(part) + 1] += 1 }
        for part in 0..<count { bounds[part + 1] += bounds[part] }
        var next = bounds
        let grouped = [LineKey](unsafeUninitializedCapacity: keys.count) { buffer, initialized in
            for (key, part) in zip(keys, partitions) {
                buffer.baseAddress!.advanced(by: next[Int(part)]).initialize(to: key)
                next[Int(part)] += 1
            }
            initialized = keys.count
        }
        return File(grouped: grouped, bounds: bounds, shared: shared)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// Partition `part`'s keys: file by file, the keys of its resellers and
    /// of no reseller merged in file order.
    public subscript(part: Int) -> [LineKey] {
        var keys: [LineKey] = []
        keys.reserveCapacity(files.reduce(0) { $0 + $1.bounds[part + 1] - $1.bounds[part] + $1.shared.count })
        for file in files {
            let own = file.grouped[file.bounds[part]..<file.bounds[part + 1]]
            var i = own.startIndex, j = 0
            while i < own.endIndex || j < file.shared.count {
                if j == file.shared.count || (i < own.endIndex && own[i].offset < file.shared[j].offset) {
                    keys.append(own[i])
                    i += 1
                } else {
                    keys.append(file.shared[j])
                    j += 1
                }
            }
        }
        return keys
    }
}
