/// What `repair` did: which bytes it moved to quarantine, or that there was
/// nothing to do.
///
/// Example: after a crash left 37 bytes without a newline at the end of
/// `orders.jsonl` (after line 5), `repair` reports one `QuarantinedTail`
/// printed as
/// `orders.jsonl: moved 37 bytes (from line 6 on) to quarantine/orders.jsonl.20261101T000000Z`.
public struct RepairReport: Equatable, Sendable {
    public let moved: [QuarantinedTail]

    public init(moved: [QuarantinedTail]) { self.moved = moved }

    public var isNothingToRepair: Bool { moved.isEmpty }

    public var lines: [String] {
        moved.isEmpty ? ["nothing to repair: the ledger verifies clean"] : moved.map(\.description)
    }
}

/// The bytes of one family file that `repair` moved aside.
public struct QuarantinedTail: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// The first line number the moved bytes occupied in the file.
    public let fromLine: Int
    public let bytes: Int
    /// Relative to the ledger directory: `quarantine/orders.jsonl.20261101T000000Z`.
    public let quarantinePath: String

    public init(file: String, fromLine: Int, bytes: Int, quarantinePath: String) {
        self.file = file
        self.fromLine = fromLine
        self.bytes = bytes
        self.quarantinePath = quarantinePath
    }

    public var description: String {
        "\(file): moved \(bytes) bytes (from line \(fromLine) on) to \(quarantinePath)"
    }
}
