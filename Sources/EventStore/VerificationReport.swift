/// What `verify` found: every problem, and how much it checked.
///
/// Example: a clean ledger of 12 events gives `isClean == true` and the
/// summary `ok: 12 events in 9 files, chains verified`; after an edit it
/// lists `orders.jsonl:3: chain mismatch: …` among `problems`. A file
/// others may read adds a warning and leaves the ledger clean.
public struct VerificationReport: Equatable, Sendable {
    public let problems: [StoreProblem]
    /// Lines that decoded, in the committed part of the files.
    public let eventCount: Int
    /// Family files checked (all nine, present or not).
    public let fileCount: Int
    /// What a person should act on although nothing is damaged (file
    /// permissions, file sizes); warnings never make a ledger unclean.
    public var warnings: [StoreWarning] = []

    public init(problems: [StoreProblem], eventCount: Int, fileCount: Int, warnings: [StoreWarning] = []) {
        self.problems = problems
        self.eventCount = eventCount
        self.fileCount = fileCount
        self.warnings = warnings
    }

    public var isClean: Bool { problems.isEmpty }

    /// True when there is damage and all of it is what `repair` fixes.
    public var isRepairable: Bool { !problems.isEmpty && problems.allSatisfy(\.isRepairable) }

    /// One line for a clean ledger; one line per problem otherwise.
    public var lines: [String] {
        isClean ? ["ok: \(eventCount) events in \(fileCount) files, chains verified"] : problems.map(\.description)
    }
}
