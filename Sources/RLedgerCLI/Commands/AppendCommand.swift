import EventStore
import Foundation
import LedgerEvents

/// `rledger append FILE|-`: appends the events of a JSON-lines file, or of
/// standard input, as one batch: all of them or none.
///
/// Example: `rledger append 2026-01/orders.jsonl` with three new orders
/// prints `appended 3 events, 0 already present`; run again, it prints
/// `appended 0 events, 3 already present`. A bad third line prints
/// `rledger: 2026-01/orders.jsonl:3: lines[0].quantity: must be an integer of at least 1, got 0`,
/// appends nothing and exits 1.
enum AppendCommand: Command {
    static let name = "append"
    static let summary = "Append the events of a JSON-lines file (- for standard input)"
    static let usage = """
        usage: rledger append FILE|-

        Reads one event per line (id, type, effective and the payload; no seq,
        recorded or chain) from FILE, or from standard input with -, and appends
        them as one batch: either all of them or, when any line or rule refuses,
        none. Blank lines are skipped. An event whose id is already in the
        ledger with the same content is skipped as a retry; the same id with
        other content is refused. Prints `appended N events, M already present`.

        """
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard arguments.positionals.count == 1, let source = arguments.positionals.first else {
            throw CLIError.usage("append: give one FILE, or - for standard input")
        }
        let now = try context.now()
        let name = source == "-" ? "<stdin>" : source
        let batch = try InputBatch(decoding: try read(source, console: context.console), file: name)
        let store = try context.openStore()
        do {
            // Through the derived index when it matches the files (the
            // checks read only the batch's resellers); else the whole ledger.
            // A current balances snapshot is carried over the commit.
            let result = try store.appendIndexed(batch.events, now: now, validate: { try validateBusinessRules(ledger: $0, fresh: $1) },
                                                 carry: BalanceSnapshotCache.carry)
                ?? store.append(batch.events, now: now, validate: validateBusinessRules)
            context.console.line("appended \(result.appended.count) events, \(result.alreadyPresent.count) already present")
            return ExitCode.ok
        } catch let refusal as AppendRefusal {
            throw located(refusal.error, id: refusal.eventId, in: batch)
        } catch StoreError.idConflict(let id) {
            throw located(DecodeError(field: "id", message: StoreError.idConflict(id: id).description), id: id, in: batch)
        } catch StoreError.invalidEvent(let id, let reason) {
            throw located(DecodeError(field: "", message: "cannot be stored: \(reason)"), id: id, in: batch)
        }
    }

    /// The whole input, refused past `LedgerLimits.maximumAppendInputBytes`:
    /// a file by its size before it is read, standard input as soon as it
    /// passes the limit.
    private static func read(_ source: String, console: any Console) throws -> [UInt8] {
        let limit = LedgerLimits.maximumAppendInputBytes
        let bytes: [UInt8]
        if source == "-" {
            bytes = try console.standardInput(maximumBytes: limit)
        } else {
            if let size = (try? FileManager.default.attributesOfItem(atPath: source))?[.size] as? Int, size > limit {
                throw inputTooLarge(source, size: "\(size) bytes")
            }
            do {
                bytes = Array(try Data(contentsOf: URL(fileURLWithPath: source)))
            } catch {
                throw CLIError.refused("cannot read \(source): \((error as NSError).localizedDescription)")
            }
        }
        guard bytes.count <= limit else { throw inputTooLarge(source == "-" ? "<stdin>" : source, size: "more than \(limit) bytes") }
        return bytes
    }

    private static func inputTooLarge(_ name: String, size: String) -> CLIError {
        .refused("\(name): the input is \(size); the limit for one append is \(LedgerLimits.maximumAppendInputBytes) bytes "
                 + "(split it into several files; nothing was appended)")
    }

    /// The message with the file and line of the event it concerns.
    private static func located(_ error: DecodeError, id: String, in batch: InputBatch) -> any Error {
        guard let location = batch.location(of: id) else { return CLIError.refused(error.description) }
        return LocatedError(location: location, error: error)
    }
}
