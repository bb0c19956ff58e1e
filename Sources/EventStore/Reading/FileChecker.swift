import LedgerEvents

/// Checks the lines of one family file in order, as they are read: each
/// line must decode as a stored event of this file's family, carry the
/// chain computed from the previous line, and have a higher seq than the
/// line before it.
///
/// Example: when someone changes `"unitPrice":"1000.00"` to `"100.00"` on
/// line 3 of `orders.jsonl`, the checker reports
/// `chainMismatch(file: "orders.jsonl", line: 3)`; line 4 is checked against
/// the chain stored on line 3, so one edit gives one problem.
struct FileChecker {
    let family: EventFamily
    /// The chain of the last line read: the stored value, so that checking
    /// continues past a damaged line.
    private(set) var chainHead = ChainHash.genesis
    /// The seq of the last line that decoded.
    private(set) var lastSeq = 0

    init(family: EventFamily) { self.family = family }

    /// Continues checking a file after a part already checked, which ended
    /// with `chainHead` and `lastSeq`.
    init(family: EventFamily, chainHead: String, lastSeq: Int) {
        self.family = family
        self.chainHead = chainHead
        self.lastSeq = lastSeq
    }

    /// Checks one line (without its newline); returns its event when it
    /// decodes, and reports every problem found through `report`.
    /// `hashChain: false` skips only the SHA-256 of the line, for bytes a
    /// seal vouches for (`DerivedIndex`); everything else is checked.
    mutating func check(_ slice: ArraySlice<UInt8>, line: Int, hashChain: Bool = true,
                        report: (StoreProblem) throws -> Void) rethrows -> Event? {
        let bytes = Array(slice)
        let file = family.fileName
        let decoded: EventCodec.Decoded
        do {
            decoded = try EventCodec.decode(line: bytes, form: .stored)
        } catch {
            chainHead = ChainHash.rawChain(of: bytes) ?? chainHead
            let reason = error as? DecodeError ?? DecodeError(field: "", message: "\(error)")
            try report(.undecodable(file: file, line: line, error: reason))
            return nil
        }
        guard let chain = decoded.chain, let prefixEnd = ChainHash.prefixEnd(of: bytes),
              ChainHash.hasCanonicalTail(bytes, prefixEnd: prefixEnd) else {
            chainHead = decoded.chain ?? chainHead
            let reason = DecodeError(field: "chain", message: "must be the last key, written as 64 lowercase hex digits")
            try report(.undecodable(file: file, line: line, error: reason))
            return nil
        }
        let event = decoded.event
        if event.family != family {
            try report(.wrongFile(file: file, line: line, type: event.type.rawValue))
        }
        if hashChain && ChainHash.next(previous: chainHead, prefix: bytes[..<prefixEnd]) != chain {
            try report(.chainMismatch(file: file, line: line))
        }
        if event.seq <= lastSeq {
            try report(.seqOutOfOrder(file: file, line: line, seq: event.seq, previousSeq: lastSeq))
        }
        chainHead = chain
        lastSeq = event.seq
        return event
    }
}
