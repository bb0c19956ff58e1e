import LedgerEvents
import Testing
@testable import EventStore

/// Every message the store can print, pinned word for word.
@Suite struct StoreMessageTests {
    static let problems: [(StoreProblem, String)] = [
        (.chainMismatch(file: "orders.jsonl", line: 3),
         "orders.jsonl:3: chain mismatch: the line was edited, or a line before it was inserted, deleted or reordered"),
        (.seqOutOfOrder(file: "orders.jsonl", line: 4, seq: 3, previousSeq: 5),
         "orders.jsonl:4: seq 3 comes after seq 5: lines were reordered or inserted (seq rises line by line within a file)"),
        (.duplicateSeq(file: "orders.jsonl", line: 4, seq: 3, firstFile: "orders.jsonl", firstLine: 2),
         "orders.jsonl:4: seq 3 is also held by orders.jsonl:2: a line was copied, or a seq was edited"),
        (.seqGap(file: "payments.jsonl", line: 2, missing: 7...9),
         "payments.jsonl:2: seq gap: no line holds seqs 7 to 9 (the next seq is on this line): a line was deleted, or a seq was edited"),
        (.seqGap(file: nil, line: nil, missing: 12...12),
         "MANIFEST.json: seq gap: no line holds seq 12, though the manifest records seqs up to 12: a line was deleted"),
        (.undecodable(file: "orders.jsonl", line: 3, error: DecodeError(field: "recorded", message: "\"x\" is not an RFC 3339 UTC instant")),
         "orders.jsonl:3: the line does not decode: recorded: \"x\" is not an RFC 3339 UTC instant"),
        (.wrongFile(file: "orders.jsonl", line: 6, type: "payment.received"),
         "orders.jsonl:6: a payment.received event does not belong in orders.jsonl"),
        (.truncated(file: "orders.jsonl", line: 5, fileBytes: 1400, manifestBytes: 1500),
         "orders.jsonl:5: truncated: the file has 1400 bytes but the manifest records 1500 (its end was cut off, or lines were deleted)"),
        (.tornTail(file: "orders.jsonl", line: 6, bytes: 37),
         "orders.jsonl:6: torn tail: 37 bytes after the last newline (an append was interrupted mid-write); `rledger repair` moves them to quarantine"),
        (.uncommittedLines(file: "orders.jsonl", line: 6, count: 1),
         "orders.jsonl:6: 1 uncommitted line after the manifest's end (an append stopped before its commit point); `rledger repair` moves them to quarantine"),
        (.manifestMismatch(file: "orders.jsonl", line: 5, detail: "it records last seq 9; the last line holds seq 8"),
         "orders.jsonl:5: the manifest disagrees with the file: it records last seq 9; the last line holds seq 8"),
        (.manifestMismatch(file: "fees.jsonl", line: nil, detail: "it records 1 line in the first 300 bytes; the file has 0"),
         "fees.jsonl: the manifest disagrees with the file: it records 1 line in the first 300 bytes; the file has 0"),
        (.missingFile(file: "fees.jsonl"),
         "fees.jsonl: missing: the manifest lists this file but it is not in the ledger directory"),
        (.unreadableFile(file: "fees.jsonl", reason: "open failed: Permission denied"),
         "fees.jsonl: cannot be read: open failed: Permission denied"),
        (.manifestUnreadable(reason: "formatVersion: is missing"),
         "MANIFEST.json: unreadable: formatVersion: is missing"),
    ]

    @Test(arguments: problems)
    func problemMessage(problem: StoreProblem, message: String) {
        #expect(problem.description == message)
    }

    static let errors: [(StoreError, String)] = [
        (.notALedger(path: "EventLogs"), "EventLogs is not a ledger: it has no MANIFEST.json (create a ledger with `rledger init`)"),
        (.alreadyALedger(path: "EventLogs"), "EventLogs already holds a ledger (it has a MANIFEST.json); nothing was changed"),
        (.notEmpty(path: "EventLogs/orders.jsonl"),
         "EventLogs/orders.jsonl holds data but no MANIFEST.json; a new ledger is only created where no event file has data"),
        (.io(path: "EventLogs/orders.jsonl", operation: "write", message: "No space left on device"),
         "EventLogs/orders.jsonl: write failed: No space left on device"),
        (.idConflict(id: "ord-1"),
         "event id \"ord-1\" is already in the ledger with other content (ids are idempotency keys: a retry must repeat the same content)"),
        (.duplicateIdInBatch(id: "ord-1"),
         "event id \"ord-1\" appears more than once in the batch (ids are idempotency keys: each may appear once)"),
        (.invalidEvent(id: "ord-1", reason: "its line would be 2000000 bytes; the limit is 1048576"),
         "event \"ord-1\" cannot be stored: its line would be 2000000 bytes; the limit is 1048576"),
        (.batchTooLarge(count: 1_000_001, limit: 1_000_000), "the batch has 1000001 events; the limit is 1000000 per append"),
        (.damaged(.chainMismatch(file: "orders.jsonl", line: 3)),
         "the ledger is damaged: orders.jsonl:3: chain mismatch: the line was edited, or a line before it was inserted, deleted or reordered (run `rledger verify` for the full list)"),
        (.repairRefused(problems: [.missingFile(file: "fees.jsonl"), .chainMismatch(file: "orders.jsonl", line: 3)]),
         "repair only moves aside torn tails (what an interrupted append left after the last committed line); nothing was changed, "
            + "because the ledger has other damage, which needs a person: fees.jsonl: missing: the manifest lists this file but it is not "
            + "in the ledger directory (and 1 more; run `rledger verify`)"),
    ]

    @Test(arguments: errors)
    func errorMessage(error: StoreError, message: String) {
        #expect(error.description == message)
    }
}
