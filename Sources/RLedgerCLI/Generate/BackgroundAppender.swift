import Dispatch
import EventStore
import LedgerCore
import LedgerEvents
import Synchronization

/// Appends batches through an `AppendSession` on a thread of its own, one
/// after another in the order they were given, while the caller goes on
/// deciding the next ones: `rledger generate` encodes and writes a month's
/// events on one core while the month-end deciders run on the other.
///
/// The caller needs the events as stored before they are written (the
/// month-end reads their seqs), so `append` returns them as the store
/// will store them — the same events with `seq` counted on from the
/// session's last seq and `recorded` set to `now`, exactly what
/// `BatchEncoder` assigns — and the writer checks that the store stored
/// that many, ending at that seq. The first failure stops the writing;
/// `finish()` waits for the last batch and throws it.
///
/// Example:
/// ```
/// let appender = BackgroundAppender(session: session, proof: .encoderTrusted)
/// let stored = appender.append(facts, now: now)   // returns at once
/// ...                                              // decide on `stored`
/// try appender.finish()
/// ```
final class BackgroundAppender: @unchecked Sendable {
    /// Used only on `queue` once the appender exists.
    private let session: AppendSession
    private let proof: LineProof
    private let queue = DispatchQueue(label: "rledger.generate.append")
    private let failure = Mutex<(any Error)?>(nil)
    /// The last seq of the batches given so far (read and written by the caller only).
    private var lastSeq: Int

    init(session: AppendSession, proof: LineProof) {
        self.session = session
        self.proof = proof
        lastSeq = session.lastSeq
    }

    /// Queues the batch and returns its events as they will be stored.
    func append(_ batch: [Event], now: Instant) -> [Event] {
        var stored = batch
        for index in stored.indices {
            stored[index].seq = lastSeq + index + 1
            stored[index].recorded = now
        }
        lastSeq += batch.count
        let expectedLastSeq = lastSeq
        queue.async { [self] in
            guard failure.withLock({ $0 == nil }) else { return }
            do {
                let result = try session.append(batch, now: now, proof: proof) { _ in }
                guard result.appended.count == batch.count, result.appended.last?.seq == expectedLastSeq else {
                    throw CLIError.refused("generate: the store stored \(result.appended.count) of \(batch.count) events, "
                                           + "ending at seq \(result.appended.last?.seq ?? 0) instead of \(expectedLastSeq)")
                }
            } catch {
                failure.withLock { $0 = error }
            }
        }
        return stored
    }

    /// Lets `value` go on the writer's thread, after the batches queued so
    /// far: freeing a month's old ledger state takes the deciding thread
    /// about as long as a tenth of deciding the month.
    func release<Value>(_ value: consuming Value) {
        let box = UncheckedBox(value)
        queue.async { _ = box }
    }

    /// The first failure so far, if any (the writing stopped there).
    func check() throws {
        if let error = failure.withLock({ $0 }) { throw error }
    }

    /// Waits until every queued batch is written, then throws the first failure.
    func finish() throws {
        queue.sync {}
        try check()
    }
}

/// Carries a value that is never used again to the thread that frees it.
private final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: consuming Value) { self.value = value }
}
