import LedgerEvents

/// What reading one family file gave: its events (when kept), the seq and
/// line number of every line that decoded, and where the chain ended.
///
/// Example: `orders.jsonl` with seqs 2 and 5 gives
/// `seqLines == [SeqLine(seq: 2, line: 1), SeqLine(seq: 5, line: 2)]`,
/// `lines == 2`, and `chainHead` the chain stored on line 2.
struct FileScan {
    struct SeqLine: Equatable {
        let seq: Int
        let line: Int
    }

    let family: EventFamily
    /// The decoded events in file order; empty unless the caller keeps them.
    var events: [Event] = []
    /// The stored lines of `events`; empty unless the caller keeps them.
    var lines: [[UInt8]] = []
    var seqLines: [SeqLine] = []
    /// Complete lines in the committed part of the file.
    var lineCount = 0
    var chainHead = ChainHash.genesis
    var lastSeq = 0
    /// The derived data built while reading, when the scanner collects it.
    var derived: DerivedFileBuilder?
    /// Whether `derived` continues the index's coverage (the seal held) or
    /// starts from the file's first line.
    var derivedFromSeal = false

    init(family: EventFamily) { self.family = family }
}
