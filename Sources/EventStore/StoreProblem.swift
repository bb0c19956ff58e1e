import LedgerEvents

/// One kind of damage that reading or `verify` found, with the file and the
/// 1-based line it concerns.
///
/// Example: after someone edits a byte of the third line of `orders.jsonl`,
/// `verify` reports `.chainMismatch(file: "orders.jsonl", line: 3)`, printed
/// as `orders.jsonl:3: chain mismatch: the line was edited, or a line before
/// it was inserted, deleted or reordered`.
public enum StoreProblem: Equatable, Sendable, CustomStringConvertible {
    /// The line's `chain` is not the hash of the previous chain and this
    /// line's bytes.
    case chainMismatch(file: String, line: Int)
    /// Within one file `seq` must rise from line to line.
    case seqOutOfOrder(file: String, line: Int, seq: Int, previousSeq: Int)
    /// Two lines hold the same `seq`; `firstFile:firstLine` is the earlier one.
    case duplicateSeq(file: String, line: Int, seq: Int, firstFile: String, firstLine: Int)
    /// No line holds the seqs `missing`; `file:line` is the line holding the
    /// next seq, or nil when the gap runs to the manifest's last seq.
    case seqGap(file: String?, line: Int?, missing: ClosedRange<Int>)
    case undecodable(file: String, line: Int, error: DecodeError)
    /// An event of a type that belongs in another family file.
    case wrongFile(file: String, line: Int, type: String)
    /// The file is shorter than the manifest records: its end was cut off,
    /// or lines were deleted; `line` is the first line the file lacks.
    case truncated(file: String, line: Int, fileBytes: Int, manifestBytes: Int)
    /// Bytes after the file's last newline: a crash in the middle of an append.
    case tornTail(file: String, line: Int, bytes: Int)
    /// Whole lines after the manifest's end: an append that wrote its lines
    /// but stopped before its commit point (the manifest rename).
    case uncommittedLines(file: String, line: Int, count: Int)
    /// The manifest and the file disagree; `line` is the line concerned
    /// (nil when the disagreement is about the file as a whole).
    case manifestMismatch(file: String, line: Int?, detail: String)
    case missingFile(file: String)
    /// A file that exists but could not be read (permissions, I/O error).
    case unreadableFile(file: String, reason: String)
    case manifestUnreadable(reason: String)

    /// The kinds that `repair` fixes: both are the remains of an interrupted
    /// append after the committed end, so moving them aside loses nothing
    /// that was ever committed.
    public var isRepairable: Bool {
        switch self {
        case .tornTail, .uncommittedLines: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case .chainMismatch(let file, let line):
            "\(file):\(line): chain mismatch: the line was edited, or a line before it was inserted, deleted or reordered"
        case .seqOutOfOrder(let file, let line, let seq, let previousSeq):
            "\(file):\(line): seq \(seq) comes after seq \(previousSeq): lines were reordered or inserted (seq rises line by line within a file)"
        case .duplicateSeq(let file, let line, let seq, let firstFile, let firstLine):
            "\(file):\(line): seq \(seq) is also held by \(firstFile):\(firstLine): a line was copied, or a seq was edited"
        case .seqGap(let file, let line, let missing):
            Self.gapMessage(file: file, line: line, missing: missing)
        case .undecodable(let file, let line, let error):
            "\(file):\(line): the line does not decode: \(error)"
        case .wrongFile(let file, let line, let type):
            "\(file):\(line): a \(type) event does not belong in \(file)"
        case .truncated(let file, let line, let fileBytes, let manifestBytes):
            "\(file):\(line): truncated: the file has \(fileBytes) bytes but the manifest records \(manifestBytes) (its end was cut off, or lines were deleted)"
        case .tornTail(let file, let line, let bytes):
            "\(file):\(line): torn tail: \(bytes) bytes after the last newline (an append was interrupted mid-write); `rledger repair` moves them to quarantine"
        case .uncommittedLines(let file, let line, let count):
            "\(file):\(line): \(count) uncommitted \(count == 1 ? "line" : "lines") after the manifest's end (an append stopped before its commit point); `rledger repair` moves them to quarantine"
        case .manifestMismatch(let file, let line, let detail):
            "\(file)\(line.map { ":\($0)" } ?? ""): the manifest disagrees with the file: \(detail)"
        case .missingFile(let file):
            "\(file): missing: the manifest lists this file but it is not in the ledger directory"
        case .unreadableFile(let file, let reason):
            "\(file): cannot be read: \(reason)"
        case .manifestUnreadable(let reason):
            "\(StoreLayout.manifestFileName): unreadable: \(reason)"
        }
    }

    private static func gapMessage(file: String?, line: Int?, missing: ClosedRange<Int>) -> String {
        let seqs = missing.count == 1 ? "seq \(missing.lowerBound)" : "seqs \(missing.lowerBound) to \(missing.upperBound)"
        guard let file, let line else {
            return "\(StoreLayout.manifestFileName): seq gap: no line holds \(seqs), though the manifest records seqs up to \(missing.upperBound): a line was deleted"
        }
        return "\(file):\(line): seq gap: no line holds \(seqs) (the next seq is on this line): a line was deleted, or a seq was edited"
    }
}
