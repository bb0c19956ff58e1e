import LedgerEvents

/// The derived data a read built (see `LedgerScanner.collectDerived`): the
/// index it read under, and per file the builder and whether it continues
/// that index's coverage.
struct DerivedScan {
    let index: DerivedIndex?
    let files: [(builder: DerivedFileBuilder, fromSeal: Bool)]
}

/// Keeping the derived index (`DerivedIndex`) in step with the files:
/// extended after every append from what the append's read already
/// checked, rebuilt by `verify`, and used by `readResellerEvents`.
///
/// Example: on a ledger of 10 events with a current index, appending one
/// payment of R-HANSA (event id `pay-4`) adds, from the bytes it wrote,
/// `R-HANSA payments.jsonl 4 811 233` to R-HANSA's shard and
/// `id:pay-4 payments.jsonl 4 811 233` to that key's shard, and records
/// `payments.jsonl` as covered to the new manifest's end.
extension LedgerStore {
    /// Brings the derived index up to `manifest` after a commit. Never
    /// fails the append (whose lines are committed already): on any problem
    /// the index is left as it was, or removed when it may no longer
    /// describe the files, and the next `verify` or append rebuilds it.
    func updateDerived(after scan: DerivedScan?, to manifest: Manifest) {
        updateDerived(after: scan, committed: manifest, written: nil)
    }

    /// The same after a batch was written over `committed`: the batch's
    /// lines are added from the bytes written (`BatchEncoder.Output`),
    /// without reading them back.
    func updateDerived(after scan: DerivedScan?, committed: Manifest, written output: BatchEncoder.Output?) {
        let manifest = output?.manifest ?? committed
        let file = DerivedIndexFile(layout: layout)
        do {
            _ = try file.withUpdateLock {
                var base: DerivedIndex
                var builders: [DerivedFileBuilder]
                var rewrite = false
                if let scan, let index = scan.index, index.isCurrent(for: manifest) { return }
                if let scan {
                    let fromSeal = scan.files.map(\.fromSeal)
                    if let index = scan.index, fromSeal.allSatisfy({ $0 }) {
                        base = index
                    } else if fromSeal.allSatisfy({ !$0 }) {
                        base = .empty
                        rewrite = true
                    } else {
                        // Some file no longer matched its seal: the index's
                        // entries for it cannot be trusted.
                        try? FileSystem.remove(file.indexPath)
                        return
                    }
                    builders = scan.files.map(\.builder)
                } else {
                    guard let index = file.read() else { return }
                    base = index
                    builders = EventFamily.allCases.map { DerivedFileBuilder(family: $0, from: index[$0]) }
                }
                var entries: [IndexEntry] = []
                for builder in builders {
                    let family = builder.family
                    var extended = try DerivedFileBuilder.extend(layout, continuing: builder, to: committed[family])
                    if let output, let addition = output.additions.first(where: { $0.family == family }) {
                        extended.addWritten(addition.bytes, events: output.appended.filter { $0.family == family })
                    }
                    guard extended.coverage.entry == manifest[family] else {
                        throw DerivedIndexUnusable(reason: "\(family.fileName) does not end where the manifest says")
                    }
                    base.files[family] = extended.coverage
                    entries += extended.entries
                }
                if rewrite { try file.rewrite(base, entries: entries) } else { try file.write(base, adding: entries) }
            }
        } catch {
            try? FileSystem.remove(file.indexPath)
        }
    }

    /// `verify`'s rebuild from its full check; returns false when an index
    /// was there and differed from the rebuilt one (other coverage or
    /// checksums, or other entries: the order of entries within a shard
    /// does not matter, appends add them batch by batch).
    func rebuildDerived(from files: [DerivedFileBuilder], manifest: Manifest) -> Bool {
        let file = DerivedIndexFile(layout: layout)
        var index = DerivedIndex.empty
        var entries: [IndexEntry] = []
        for builder in files {
            index.files[builder.family] = builder.coverage
            entries += builder.entries
        }
        guard index.isCurrent(for: manifest) else { return true }
        let old = file.read()
        let unreadable = old == nil && FileSystem.exists(file.indexPath)
        let oldEntries = old.flatMap { old in try? file.allEntries(old) }
        do {
            _ = try file.withUpdateLock { try file.rewrite(index, entries: entries) }
        } catch {
            try? FileSystem.remove(file.indexPath)
        }
        guard let old else { return !unreadable }
        guard old.files == index.files, let oldEntries else { return false }
        return oldEntries.sorted(by: IndexEntry.fileOrder) == entries.sorted(by: IndexEntry.fileOrder)
    }
}
