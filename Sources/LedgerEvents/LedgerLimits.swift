/// Every limit a user can run into, in one place: what one line, one
/// append, one order and one ledger file may hold. Each is enforced with an
/// error that names the limit and its value; `Docs/Reliability.md` lists
/// them for users. (Limits internal to the store, such as its read chunk
/// size, are in `StoreLimits` and refer to these where they overlap.)
///
/// Example: a 10 MB input line is refused with
/// `in.jsonl:1: line is 10485760 bytes; the limit is 1048576`; an order with
/// 501 lines with `in.jsonl:1: lines: has 501 lines; an order may have at
/// most 500`; and `rledger verify` on a ledger whose `orders.jsonl` has
/// grown past 1 GiB warns that rotation is advised.
public enum LedgerLimits {
    /// The longest event line, in bytes, without its newline: input lines and
    /// stored lines alike, so whatever is accepted can be stored and read back.
    public static let maximumLineBytes = 1 << 20

    /// JSON nesting deeper than this is refused by the parser before it
    /// recurses further. The deepest event (program terms) needs 5 levels.
    public static let maximumJSONDepth = 32

    /// The most events one `rledger append` input may carry. Every event of
    /// a batch is held in memory and checked against the whole ledger before
    /// anything is written; larger inputs are split into several files.
    public static let maximumAppendEvents = 100_000

    /// The largest input one `rledger append` reads, in bytes: it is refused
    /// before it is read into memory (a file) or as soon as it passes the
    /// limit (standard input).
    public static let maximumAppendInputBytes = 256 << 20

    /// The most events one batch written to the store may carry, whoever
    /// writes it. A month-end for 10,000 resellers writes a few tens of
    /// thousands; the limit only stops a runaway producer from building a
    /// batch that cannot fit in memory.
    public static let maximumBatchEvents = 1_000_000

    /// The most lines of one order, and so of the order's invoice (each order
    /// line becomes one invoice line). At about 250 bytes an invoice line,
    /// 500 lines keep the invoice's stored line well under `maximumLineBytes`.
    public static let maximumInvoiceLines = 500

    /// The most documents a `run.completed` lists one by one (about 100
    /// bytes each keeps the line well under `maximumLineBytes`). A run that
    /// writes more — a month-end of a few thousand resellers — lists one
    /// document index instead, which names every document with its SHA-256.
    public static let maximumListedRunDocuments = 2_000

    /// The size of one event file beyond which `rledger verify` advises
    /// rotation: every append and every report reads the whole file, so a
    /// larger file keeps working but makes each of them slower.
    public static let rotationAdvisedFileBytes = 1 << 30
}
