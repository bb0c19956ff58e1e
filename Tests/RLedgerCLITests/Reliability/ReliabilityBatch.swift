import Foundation
import LedgerEvents

/// The batches the crash and concurrency tests append: two events in two
/// files (a 2.00 payment in `payments.jsonl`, a 1.00 award in
/// `incentives.jsonl`), both for R-ACME, whom `CLIFixture.initWithGroupDocs`
/// enrols. Each batch lowers R-ACME's balance by exactly 3.00, so a reader
/// that saw half a batch would see a balance that is not a multiple of 3.00.
///
/// Example: `ReliabilityBatch.lines("w2-b000017")` is the payment
/// `w2-b000017-pay` and the award `w2-b000017-award`; in a ledger read back,
/// `ReliabilityBatch.eventCounts(events)["w2-b000017"]` must be 2 or absent.
enum ReliabilityBatch {
    static let eventsPerBatch = 2
    static let balanceStepMinor = 300

    static func lines(_ name: String) -> String {
        let payment = #"{"id":"\#(name)-pay","type":"payment.received","effective":"2026-04-15","reseller":"R-ACME","program":"groupdocs","payment":"\#(name.uppercased())","amount":"2.00","currency":"USD","method":"bankTransfer"}"#
        let award = #"{"id":"\#(name)-award","type":"award.granted","effective":"2026-04-15","reseller":"R-ACME","program":"groupdocs","kind":"other","amount":"1.00"}"#
        return payment + "\n" + award + "\n"
    }

    /// Writes `<directory>/<name>.jsonl` unless it is there already.
    static func write(_ name: String, in directory: String) throws {
        let path = directory + "/" + name + ".jsonl"
        if FileManager.default.fileExists(atPath: path) { return }
        try Data(lines(name).utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Batch name → how many of its events the ledger holds.
    static func eventCounts(_ events: [Event]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for event in events {
            for suffix in ["-pay", "-award"] where event.id.hasSuffix(suffix) {
                counts[String(event.id.dropLast(suffix.count)), default: 0] += 1
            }
        }
        return counts
    }

    /// The shell loop a child process runs: append each batch named in its
    /// arguments, and only after `rledger` returned 0 report it by writing
    /// its name to `$ACKS` (one `echo`, one write: a kill cannot leave half
    /// a name). Any other status ends the loop with status 3.
    static let appendLoop = #"""
        for batch in "$@"; do
          "$RLEDGER" --ledger "$LEDGER" append "$BATCHES/$batch.jsonl" >/dev/null || exit 3
          echo "$batch" >> "$ACKS"
        done
        """#
}
