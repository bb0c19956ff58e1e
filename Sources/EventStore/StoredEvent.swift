import LedgerEvents

/// An event with the exact bytes of its stored line (without the newline),
/// for commands that show the ledger as it is written, chain included.
///
/// Example: `rledger log` prints `line` for each `StoredEvent` that
/// `readStored(asOf:knownAt:)` returns:
/// `{"seq":1,"id":"tax-ny","type":"tax.rate",…,"chain":"e435…"}`.
public struct StoredEvent: Equatable, Sendable {
    public let event: Event
    public let line: [UInt8]

    public init(event: Event, line: [UInt8]) {
        self.event = event
        self.line = line
    }
}
