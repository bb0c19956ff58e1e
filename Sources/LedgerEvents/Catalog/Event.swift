import LedgerCore

/// One fact of the ledger: the envelope of EVENTS.md and a typed payload.
///
/// Example: `Event(id: "ord-gd-0042", effective: 2026-03-02, payload: .orderPlaced(...))`
/// is an input event (seq 0, no `recorded`); the store assigns `seq` and
/// `recorded` when it appends it.
public struct Event: Equatable, Sendable {
    /// Global position, contiguous from 1; 0 for an input not yet stored.
    public var seq: Int
    public var id: String
    public var recorded: Instant?
    public var effective: CivilDate
    public var payload: EventPayload

    public init(seq: Int = 0, id: String, recorded: Instant? = nil, effective: CivilDate, payload: EventPayload) {
        self.seq = seq
        self.id = id
        self.recorded = recorded
        self.effective = effective
        self.payload = payload
    }

    public var type: EventType { payload.type }
    public var family: EventFamily { payload.type.family }

    /// Replay order: by business date, then position (DESIGN.md §2).
    public static func replayOrder(_ a: Event, _ b: Event) -> Bool {
        a.effective != b.effective ? a.effective < b.effective : a.seq < b.seq
    }
}
