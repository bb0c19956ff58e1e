import LedgerCore
import LedgerEvents

/// The events a bitemporal question sees (DESIGN.md §2): `--as-of D` keeps
/// events effective on or before D, `--known-at T` those recorded on or
/// before T. Together: "what did we believe on 1 Nov about 31 Oct".
///
/// Example: a payment recorded 2026-05-10 but effective 2026-04-20 is seen
/// with `asOf: 2026-04-30` alone, and not with `knownAt: 2026-05-05T00:00:00Z`.
/// An event without `recorded` (not stored yet) counts as known.
public enum Bitemporal {
    public static func events(_ events: [Event], asOf: CivilDate?, knownAt: Instant?) -> [Event] {
        events.filter { event in
            if let asOf, event.effective > asOf { return false }
            if let knownAt, let recorded = event.recorded, recorded > knownAt { return false }
            return true
        }
    }
}
