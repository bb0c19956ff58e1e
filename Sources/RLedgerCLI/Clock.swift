import Foundation
import LedgerCore

/// The only place the program reads the time (DESIGN.md §1). Tests and
/// reproducible runs pin it with `RLEDGER_NOW`.
///
/// Example: with `RLEDGER_NOW=2026-11-01T00:00:00Z`, `Clock.now(environment:)`
/// is 2026-11-01T00:00:00Z; with `RLEDGER_NOW=yesterday` it throws the usage
/// error `RLEDGER_NOW="yesterday" is not an RFC 3339 UTC instant (e.g. 2026-11-01T00:00:00Z)`.
public enum Clock {
    public static let environmentVariable = "RLEDGER_NOW"

    public static func now(environment: [String: String]) throws -> Instant {
        guard let pinned = environment[environmentVariable] else {
            return Instant(secondsSinceEpoch: Int64(Date().timeIntervalSince1970.rounded(.down)))
        }
        guard let instant = Instant(parsing: pinned) else {
            throw CLIError.usage("\(environmentVariable)=\"\(pinned)\" is not an RFC 3339 UTC instant (e.g. 2026-11-01T00:00:00Z)")
        }
        return instant
    }
}
