/// Walks the seqs of all family files in ascending order, as one merged
/// sequence, and reports every seq that is missing from `1...lastSeq`,
/// repeated, or beyond the manifest's last seq.
///
/// Example: `orders.jsonl` holding seqs 1, 3 and `payments.jsonl` holding
/// 2, 5 with a manifest last seq of 5 visit 1, 2, 3, 5 in that order and
/// report `seqGap(file: "payments.jsonl", line: 2, missing: 4...4)`.
/// Each file's seqs must already rise; `readAll` has checked that, and
/// `verify` sorts them first.
enum SeqMerge {
    static func walk(
        _ files: [FileScan], lastSeq: Int,
        visit: (_ file: Int, _ index: Int) -> Void,
        report: (StoreProblem) throws -> Void
    ) rethrows {
        var heads = [Int](repeating: 0, count: files.count)
        var expected = 1
        var previous: (file: String, line: Int)?
        while let file = smallestHead(files, heads) {
            let item = files[file].seqLines[heads[file]]
            let name = files[file].family.fileName
            if item.seq < expected, let previous {
                // Ascending merge: a seq below the expected one repeats the last seq.
                try report(.duplicateSeq(file: name, line: item.line, seq: item.seq, firstFile: previous.file, firstLine: previous.line))
            } else {
                if item.seq > expected && expected <= lastSeq {
                    try report(.seqGap(file: name, line: item.line, missing: expected...min(item.seq - 1, lastSeq)))
                }
                if item.seq > lastSeq {
                    try report(.manifestMismatch(file: name, line: item.line,
                                                 detail: "the line holds seq \(item.seq), beyond the manifest's last seq \(lastSeq)"))
                }
                visit(file, heads[file])
                previous = (name, item.line)
                expected = item.seq + 1
            }
            heads[file] += 1
        }
        if expected <= lastSeq {
            try report(.seqGap(file: nil, line: nil, missing: expected...lastSeq))
        }
    }

    /// The file whose next line has the smallest seq; nil when all are done.
    /// Nine files make a linear search cheaper than a heap.
    private static func smallestHead(_ files: [FileScan], _ heads: [Int]) -> Int? {
        var best: Int?
        var bestSeq = Int.max
        for index in files.indices where heads[index] < files[index].seqLines.count {
            let seq = files[index].seqLines[heads[index]].seq
            if seq < bestSeq {
                best = index
                bestSeq = seq
            }
        }
        return best
    }
}
