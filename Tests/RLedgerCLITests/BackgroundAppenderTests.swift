import EventStore
import LedgerCore
import LedgerEvents
import LedgerTestSupport
import Testing
@testable import RLedgerCLI

/// `BackgroundAppender` returns each batch as the store stores it, writes
/// the batches in order, and stops at the first refusal, which `finish`
/// throws.
@Suite struct BackgroundAppenderTests {
    let now = Instant(parsing: "2026-02-01T23:59:59Z")!

    @Test func theEventsItReturnsAreTheEventsTheStoreHolds() throws {
        let scratch = try TemporaryDirectory()
        let store = try LedgerStore.create(at: scratch.path("EventLogs"))
        var returned: [Event] = []
        try store.withAppendSession { session in
            let appender = BackgroundAppender(session: session, proof: .encoderTrusted)
            returned += appender.append([.taxRate("US-NY", "8.875", from: "2026-01-01")], now: now)
            returned += appender.append([.enrol("R-A", in: "bytekast", tier: "silver"), .enrol("R-B", in: "bytekast", tier: "gold")], now: now)
            try appender.finish()
        }
        #expect(returned.map(\.seq) == [1, 2, 3])
        #expect(returned.allSatisfy { $0.recorded == now })
        #expect(try store.readAll() == returned)
    }

    @Test func aRefusedBatchStopsTheWritingAndFinishThrowsIt() throws {
        let scratch = try TemporaryDirectory()
        let store = try LedgerStore.create(at: scratch.path("EventLogs"))
        let first = Event.taxRate("US-NY", "8.875", from: "2026-01-01", id: "rate-1")
        let reused = Event.taxRate("US-CA", "7.25", from: "2026-01-01", id: "rate-1")
        #expect(throws: (any Error).self) {
            try store.withAppendSession { session in
                let appender = BackgroundAppender(session: session, proof: .encoderTrusted)
                _ = appender.append([first], now: now)
                _ = appender.append([reused], now: now)
                _ = appender.append([.enrol("R-A", in: "bytekast", tier: "silver")], now: now)
                try appender.finish()
            }
        }
        #expect(try store.readAll().map(\.id) == ["rate-1"])
    }
}
