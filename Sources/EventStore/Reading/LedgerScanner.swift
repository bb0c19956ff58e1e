import LedgerCore
import LedgerEvents

/// Reads the family files of a ledger and checks them against each other
/// and against the manifest. `readAll` stops at the first problem (its
/// `report` throws); `verify` collects them all.
///
/// Example: with a manifest recording 812 committed bytes for
/// `orders.jsonl` and a file of 849 bytes whose last 37 have no newline,
/// scanning with `inspectRemainder` reports
/// `tornTail(file: "orders.jsonl", line: 3, bytes: 37)`; without it (a
/// plain read) only the committed 812 bytes are read and nothing is reported.
struct LedgerScanner {
    let layout: StoreLayout
    /// Keep the decoded events (reads) or only their seqs (verification).
    let keepEvents: Bool
    /// Keep the stored lines too (`log`).
    var keepLines = false
    /// Also read and check the bytes after each file's committed end
    /// (verify, append, repair). Plain reads do not: those bytes were never
    /// committed.
    let inspectRemainder: Bool
    /// The derived index whose seals let this read skip the SHA-256 of
    /// already-verified lines (their checksum is checked instead); nil for
    /// a full chain check (`verify`).
    var seals: DerivedIndex?
    /// Also build each file's derived data (coverage, checksum, reseller
    /// entries) for the lines read with a full check, for a caller that
    /// will write the derived index (appends, `verify`).
    var collectDerived = false

    /// Scans every family file; `manifest` is nil when it could not be read,
    /// and then whole files are checked.
    ///
    /// The files are read and decoded in parallel, one task per file (the
    /// machine's cores share the decoding and chain hashing, which dominate
    /// a read). Each file's problems are collected, then handed to `report`
    /// on the calling thread in file order, so `report` sees exactly the
    /// problems, in the order, that one file after another would give; a
    /// throwing `report` stops at the same first problem.
    func scan(manifest: Manifest?, families: [EventFamily] = EventFamily.allCases,
              report: (StoreProblem) throws -> Void) throws -> [FileScan] {
        let outcomes = ParallelMap.map(families, minimumItems: 2) { family -> (Result<FileScan, any Error>, [StoreProblem]) in
            let entry = manifest?[family]
            var problems: [StoreProblem] = []
            var result = Result { try scanFile(family, entry: entry, seal: seal(family, entry)) { problems.append($0) } }
            if case .failure(let error) = result, error is SealMismatch {
                // The bytes are not what the seal recorded: check every chain.
                problems = []
                result = Result { try scanFile(family, entry: entry, seal: nil) { problems.append($0) } }
            }
            return (result, problems)
        }
        return try outcomes.map { result, problems in
            for problem in problems { try report(problem) }
            return try result.get()
        }
    }

    /// The seal usable for a file: one covering part of what the manifest commits.
    private func seal(_ family: EventFamily, _ entry: ManifestEntry?) -> DerivedIndex.Coverage? {
        guard let seals, let entry else { return nil }
        let coverage = seals[family]
        return coverage.entry.bytes <= entry.bytes ? coverage : nil
    }

    /// Thrown when a file's bytes differ from its seal: the file is then
    /// scanned again with every chain hashed, which names the damaged line.
    struct SealMismatch: Error {}

    private func scanFile(_ family: EventFamily, entry: ManifestEntry?, seal: DerivedIndex.Coverage?,
                          report: (StoreProblem) throws -> Void) throws -> FileScan {
        var scan = FileScan(family: family)
        if collectDerived {
            scan.derived = DerivedFileBuilder(family: family, from: seal ?? .empty)
            scan.derivedFromSeal = seals != nil && seal != nil
        }
        let sealedEnd = seal?.entry.bytes ?? 0
        var sealChecksum = RunningChecksum()
        guard let file = try POSIXFile.openForReadingIfExists(layout.path(family)) else {
            try report(.missingFile(file: family.fileName))
            return scan
        }
        let size = try file.size()
        // Without a manifest every complete line counts as committed.
        let committedEnd = entry?.bytes ?? Int.max
        var checker = FileChecker(family: family)
        var lineEnd = 0
        var crossingLine: Int?
        var uncommittedLines = 0
        let outcome = try LineSplitter.forEachLine(in: file, upTo: inspectRemainder ? size : min(committedEnd, size)) { slice, number in
            let lineStart = lineEnd
            lineEnd += slice.count + 1
            let sealed = lineEnd <= sealedEnd
            if lineStart < sealedEnd && !sealed { throw SealMismatch() }
            // Lines after the committed end are checked too: the remains of
            // an interrupted append continue the chain; anything else is damage.
            let event = try checker.check(slice, line: number, hashChain: !sealed, report: report)
            if sealed {
                sealChecksum.update(slice)
                sealChecksum.update(Self.newline)
                if lineEnd == sealedEnd, let seal {
                    let confirmed = sealChecksum.value == seal.checksum.value && checker.chainHead == seal.entry.chainHead
                        && number == seal.entry.lines && checker.lastSeq == seal.entry.lastSeq
                    if !confirmed { throw SealMismatch() }
                }
            }
            guard lineEnd <= committedEnd else {
                if lineStart < committedEnd { crossingLine = number }
                uncommittedLines += 1
                return
            }
            scan.lineCount = number
            scan.chainHead = checker.chainHead
            scan.lastSeq = checker.lastSeq
            guard let event else { return }
            scan.seqLines.append(FileScan.SeqLine(seq: event.seq, line: number))
            if !sealed { scan.derived?.add(slice, line: number, offset: lineStart, event: event, chain: checker.chainHead) }
            if keepEvents { scan.events.append(event) }
            if keepLines { scan.lines.append(Array(slice)) }
        }
        if lineEnd < sealedEnd { throw SealMismatch() }
        if outcome.partialBytes > 0 && lineEnd < committedEnd && size >= committedEnd {
            crossingLine = crossingLine ?? outcome.lines + 1
        }
        let ends = FileEnds(size: size, lines: outcome.lines, partialBytes: outcome.partialBytes,
                            crossingLine: crossingLine, uncommittedLines: uncommittedLines)
        try classifyEnd(of: scan, entry: entry, ends, report: report)
        return scan
    }

    /// How a file ends relative to its committed end.
    private struct FileEnds {
        let size: Int
        let lines: Int
        let partialBytes: Int
        /// The first line that runs across the committed end, if one does.
        let crossingLine: Int?
        let uncommittedLines: Int
    }

    /// The committed part must end on a line boundary and hold exactly what
    /// the manifest records; after it may come only what an interrupted
    /// append leaves: whole uncommitted lines, then perhaps a torn one.
    private func classifyEnd(of scan: FileScan, entry: ManifestEntry?, _ ends: FileEnds,
                             report: (StoreProblem) throws -> Void) throws {
        let name = scan.family.fileName
        if let entry, ends.size < entry.bytes {
            try report(.truncated(file: name, line: ends.lines + 1, fileBytes: ends.size, manifestBytes: entry.bytes))
        } else if let entry, let line = ends.crossingLine {
            try report(.manifestMismatch(file: name, line: line,
                                         detail: "its committed end, byte \(entry.bytes), falls inside line \(line)"))
        } else {
            if let entry, let detail = disagreement(scan, entry) {
                try report(.manifestMismatch(file: name, line: scan.lineCount > 0 ? scan.lineCount : nil, detail: detail))
            }
            if ends.uncommittedLines > 0 {
                try report(.uncommittedLines(file: name, line: scan.lineCount + 1, count: ends.uncommittedLines))
            }
            if ends.partialBytes > 0 {
                try report(.tornTail(file: name, line: ends.lines + 1, bytes: ends.partialBytes))
            }
        }
    }

    private func disagreement(_ scan: FileScan, _ entry: ManifestEntry) -> String? {
        if scan.lineCount != entry.lines {
            return "it records \(count(entry.lines, "line")) in the first \(entry.bytes) bytes; the file has \(scan.lineCount)"
        }
        if scan.lastSeq != entry.lastSeq {
            return "it records last seq \(entry.lastSeq); the last line holds seq \(scan.lastSeq)"
        }
        if scan.chainHead != entry.chainHead {
            return "it records chain head \(entry.chainHead.prefix(12))…; the last line's chain is \(scan.chainHead.prefix(12))…"
        }
        return nil
    }

    private static let newline: [UInt8] = [0x0A]

    private func count(_ number: Int, _ noun: String) -> String { number == 1 ? "1 \(noun)" : "\(number) \(noun)s" }
}
