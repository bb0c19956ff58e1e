import Testing
import LedgerCore

/// `ProcessLifetime.keep` keeps what it is given alive after the caller
/// lets it go.
@Suite struct ProcessLifetimeTests {
    final class Tracked {}

    @Test func aKeptObjectOutlivesItsLastReference() {
        weak var kept: Tracked?
        weak var dropped: Tracked?
        do {
            let a = Tracked(), b = Tracked()
            kept = a
            dropped = b
            ProcessLifetime.keep(a)
        }
        #expect(kept != nil)
        #expect(dropped == nil)
    }
}
