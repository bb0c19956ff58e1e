import LedgerCore
import LedgerEvents

/// Verification: every line of every file, the seqs across files, and the
/// manifest against the files; all problems collected, none thrown.
///
/// Example: after someone deletes line 2 of `payments.jsonl` in a ledger of
/// 12 events, `verify()` lists
/// `payments.jsonl:2: chain mismatch: …`, `payments.jsonl:…: the manifest
/// disagrees with the file: …` and `orders.jsonl:3: seq gap: no line holds
/// seq 4 …`; on an intact ledger its only line is
/// `ok: 12 events in 9 files, chains verified`.
extension LedgerStore {
    public func verify() -> VerificationReport {
        // A shared lock waits for a running append, so its lines are not
        // mistaken for uncommitted ones. A read-only copy of a ledger (an
        // auditor's) cannot take it and is verified as it lies.
        var report: VerificationReport
        if let lock = try? FileLock(layout, exclusive: false) {
            report = withExtendedLifetime(lock) { verifyUnlocked() }
        } else {
            report = verifyUnlocked()
        }
        report.warnings += warnings()
        return report
    }

    func verifyUnlocked() -> VerificationReport {
        var problems: [StoreProblem] = []
        let manifest: Manifest?
        do {
            manifest = try self.manifest()
        } catch {
            problems.append(Self.problem(from: error, file: StoreLayout.manifestFileName))
            manifest = nil
        }
        var fullCheck = LedgerScanner(layout: layout, keepEvents: false, inspectRemainder: true)
        fullCheck.collectDerived = true
        let scanner = fullCheck
        // One file per task, on every core (hashing every line dominates);
        // each file's problems are kept apart and reported in file order,
        // as one file after another would report them.
        let outcomes = ParallelMap.map(EventFamily.allCases, minimumItems: 2) { family -> ([FileScan], [StoreProblem]) in
            var found: [StoreProblem] = []
            do {
                return (try scanner.scan(manifest: manifest, families: [family]) { found.append($0) }, found)
            } catch {
                return ([], found + [Self.problem(from: error, file: family.fileName)])
            }
        }
        var files: [FileScan] = []
        for (scans, found) in outcomes {
            files += scans
            problems += found
        }
        // Lines may be out of order (that was reported); sorting lets the
        // merge find every duplicate and gap all the same.
        for index in files.indices { files[index].seqLines.sort { ($0.seq, $0.line) < ($1.seq, $1.line) } }
        let lastSeq = manifest?.lastSeq ?? files.flatMap(\.seqLines).map(\.seq).max() ?? 0
        SeqMerge.walk(files, lastSeq: lastSeq, visit: { _, _ in }, report: { problems.append($0) })
        var warnings: [StoreWarning] = []
        // A clean full check is the moment to rebuild the derived index
        // (seals and reseller entries) from what was just hashed.
        if problems.isEmpty, let manifest, files.count == EventFamily.allCases.count,
           !rebuildDerived(from: files.compactMap(\.derived), manifest: manifest) {
            warnings.append(.derivedIndexRebuilt)
        }
        return VerificationReport(problems: problems, eventCount: files.reduce(0) { $0 + $1.seqLines.count },
                                  fileCount: EventFamily.allCases.count, warnings: warnings)
    }

    /// Verification reports what it cannot read instead of throwing.
    private static func problem(from error: Error, file: String) -> StoreProblem {
        switch error {
        case StoreError.damaged(let problem): problem
        case StoreError.notALedger: .manifestUnreadable(reason: "the file is missing")
        case StoreError.io(_, let operation, let message): .unreadableFile(file: file, reason: "\(operation) failed: \(message)")
        default: .unreadableFile(file: file, reason: "\(error)")
        }
    }
}
