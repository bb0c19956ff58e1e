/// What the manifest records about one family file at the last commit.
///
/// Example: after two orders were appended as seqs 4 and 9,
/// `ManifestEntry(lastSeq: 9, lines: 2, bytes: 812, chainHead: "3f0c…")`:
/// the file's committed part is its first 812 bytes, which hold 2 lines, the
/// last with seq 9 and chain `3f0c…`.
public struct ManifestEntry: Equatable, Sendable {
    /// The seq of the file's last committed line, 0 for an empty file.
    public let lastSeq: Int
    public let lines: Int
    /// The length of the committed part; anything after it is the remains of
    /// an interrupted append.
    public let bytes: Int
    /// The chain of the last committed line, 64 zeros for an empty file.
    public let chainHead: String

    public init(lastSeq: Int, lines: Int, bytes: Int, chainHead: String) {
        self.lastSeq = lastSeq
        self.lines = lines
        self.bytes = bytes
        self.chainHead = chainHead
    }

    public static let empty = ManifestEntry(lastSeq: 0, lines: 0, bytes: 0, chainHead: ChainHash.genesis)
}
