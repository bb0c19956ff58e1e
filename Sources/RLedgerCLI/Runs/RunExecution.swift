import Foundation
import EventStore
import LedgerCore
import LedgerEvents
import Billing

/// Runs a planned run against the store: with `--dry-run` it prints the
/// summary and exactly the lines that would be appended, and appends
/// nothing; otherwise it plans under the store's lock (so no other writer
/// can slip in between reading and appending), appends the batch
/// atomically, then writes the documents.
///
/// Example: `rledger month-end --period 2026-10` prints the summary table
/// and writes out/2026-10/; run again with no new facts it prints
/// `month-end 2026-10: nothing to do (no new facts since the last run)`.
enum RunExecution {
    static func execute(context: CommandContext, dryRun: Bool, outDirectory: String?,
                        check: ([Event]) throws -> Void, plan: ([Event]) -> RunPlan) throws -> Int32 {
        let store = try context.openStore()
        if dryRun {
            let events = try store.readAll()
            try check(events)
            let planned = plan(events)
            context.console.output(Array(RunSummary.render(planned, outDirectory: outDirectory, dryRun: true).utf8))
            for event in planned.events { context.console.output(EventCodec.encodeInput(event) + [0x0A]) }
            return ExitCode.ok
        }
        let outExisted = outDirectory.map { FileManager.default.fileExists(atPath: $0) } ?? false
        var planned: RunPlan?
        _ = try store.append(now: try context.now()) { existing in
            try check(existing)
            let made = plan(existing)
            planned = made
            // The out directory is made before the run commits, so a run
            // stopped between its commit and its documents leaves the
            // directory behind: the sign its re-run looks for.
            if let outDirectory, !made.isEmpty { try makeDirectory(outDirectory) }
            return made.events
        }
        guard let planned else { return ExitCode.ok }
        if let outDirectory, !planned.isEmpty { try write(planned.documents, to: outDirectory) }
        context.console.output(Array(RunSummary.render(planned, outDirectory: outDirectory, dryRun: false).utf8))
        if let outDirectory, planned.isEmpty, outExisted {
            try recoverDocuments(of: planned, store: store, outDirectory: outDirectory, plan: plan, context: context)
        }
        return ExitCode.ok
    }

    static func makeDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CLIError.refused("could not create \(path): \(error.localizedDescription) (nothing was appended)")
        }
    }

    /// A run with nothing to append, into an out directory that already
    /// existed, writes there the documents its recorded run should have
    /// written and did not (it was stopped after its commit point): see
    /// `RunDocumentRecovery`. A new out directory gets nothing: a repeated
    /// run is not a way to copy documents elsewhere.
    static func recoverDocuments(of planned: RunPlan, store: LedgerStore, outDirectory: String,
                                 plan: ([Event]) -> RunPlan, context: CommandContext) throws {
        let missing = RunDocumentRecovery.missing(
            run: planned.run, period: planned.period, events: try store.readAll(),
            isPresent: { FileManager.default.fileExists(atPath: URL(fileURLWithPath: outDirectory).appendingPathComponent($0).path) },
            plan: plan)
        guard !missing.isEmpty else { return }
        try write(missing, to: outDirectory)
        context.console.line("\(planned.run) \(planned.period): wrote \(missing.count) documents of the recorded run that were missing from \(outDirectory)")
    }

    /// Writes each document (atomically: a temporary file renamed), on
    /// every core — a month-end of 10,000 resellers writes about 21,000.
    /// The run's events already record their SHA-256, so a document lost
    /// here can be rendered again from the ledger. The first failure, in
    /// the documents' order, is reported.
    static func write(_ documents: [RunPlan.Document], to directory: String) throws {
        let root = URL(fileURLWithPath: directory)
        let folders = Set(documents.map { root.appendingPathComponent($0.name).deletingLastPathComponent().path })
        for folder in folders.sorted() {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw CLIError.refused(refusedWrite(folder, error))
            }
        }
        let failures = ParallelMap.map(documents) { document -> String? in
            let url = root.appendingPathComponent(document.name)
            do {
                try Data(document.bytes).write(to: url, options: .atomic)
                return nil
            } catch {
                return refusedWrite(url.path, error)
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw CLIError.refused(failure) }
    }

    private static func refusedWrite(_ path: String, _ error: any Error) -> String {
        "could not write \(path): \(error.localizedDescription) (the run's events were appended; render the document again with `rledger invoice` or re-run month-end's documents)"
    }

    /// Refuses a run for a period that has not ended yet: it would invoice
    /// service months in advance and close tiers and rebates early.
    /// Example: on 2026-11-22, `month-end --period 2026-12` is refused.
    static func requireEnded(_ lastDay: CivilDate, _ what: String, context: CommandContext) throws {
        let today = try context.now().date
        guard lastDay <= today else {
            throw CLIError.refused("\(what) ends on \(lastDay), after today (\(today)): a period is run once it has ended")
        }
    }

    static func guardRefusal(_ body: () throws(RunGuard.Refusal) -> Void) throws {
        do { try body() } catch { throw CLIError.refused(error.message) }
    }
}
