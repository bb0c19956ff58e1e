import LedgerEvents

/// The documents of a recorded run that are missing from its out
/// directory. A run makes its out directory, appends its events, then writes
/// its documents; killed after the append, it leaves a complete ledger and
/// an incomplete out directory, and running it again finds nothing to
/// append. `RunExecution` asks for these only when the out directory
/// existed before the repeated run. This finds the
/// latest `run.completed` of the same kind and period, plans the run again
/// on exactly the events it saw (seq up to its watermark), and returns the
/// documents whose files are missing — each only when its SHA-256 is the
/// one the run recorded (directly, or through the run's document index when
/// it wrote too many to list), so nothing is written that the run did not
/// write.
///
/// Example: month-end 2026-04 killed after its commit point but before it
/// wrote `statement-R-ACME-groupdocs-2026-04.html`; run again, it prints
/// `month-end 2026-04: nothing to do (no new facts since the last run)` and
/// `month-end 2026-04: wrote 3 documents of the recorded run that were missing from out/2026-04`.
enum RunDocumentRecovery {
    static func missing(run: String, period: String, events: [Event], isPresent: (String) -> Bool,
                        plan: ([Event]) -> RunPlan) -> [RunPlan.Document] {
        let recorded = events.reversed().lazy.compactMap { event -> RunCompletedPayload? in
            guard case .runCompleted(let payload) = event.payload, payload.run == run, payload.period == period else { return nil }
            return payload
        }.first
        guard let recorded else { return [] }
        let recordedHashes = Dictionary(recorded.documents.map { ($0.name, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        let indexName = RunPlanner.documentIndexName(run: run, period: period)
        // A run that listed its documents through an index: any of them may
        // be missing, so the run is planned again to know their names.
        let listsIndex = recordedHashes[indexName] != nil
        guard listsIndex || recorded.documents.contains(where: { !isPresent($0.name) }) else { return [] }
        let seen = events.filter { $0.seq <= recorded.watermark }
        let documents = plan(seen).documents
        // The re-planned index has the recorded hash only when every
        // document it lists is the one the run wrote.
        let indexHolds = listsIndex && documents.contains { $0.name == indexName && $0.sha256 == recordedHashes[indexName] }
        return documents.filter { !isPresent($0.name) && (recordedHashes[$0.name] == $0.sha256 || indexHolds) }
    }
}
