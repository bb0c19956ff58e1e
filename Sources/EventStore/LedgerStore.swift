#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerCore
import LedgerEvents

/// A ledger on disk: one append-only JSON-lines file per event family, a
/// manifest that records the committed end of each, and a lock file.
///
/// Example:
/// ```
/// let store = try LedgerStore.create(at: "EventLogs")
/// let result = try store.append([order], now: now) { existing, fresh in try rules.check(existing, fresh) }
/// // result.appended[0].seq == 1; orders.jsonl holds one line; MANIFEST.json records it.
/// let replay = try store.read(asOf: CivilDate(parsing: "2026-10-31"), knownAt: nil)
/// ```
/// The manifest is the commit point: an append's lines count only once the
/// new manifest has replaced the old one. Reads therefore read each file up
/// to the end the manifest records, and need no lock.
public final class LedgerStore: @unchecked Sendable {
    public let directory: String
    let layout: StoreLayout
    /// Lets a test make an append fail between its steps, to check the
    /// rollback; nil in production. Set before the store is shared.
    var interruption: (@Sendable (BatchWriter.Stage) throws -> Void)?
    #if DEBUG
    /// A fault to inject into each append's writes, fsyncs or rename, for
    /// the fault-injection tests (see `WriteFault`). Debug builds only; nil
    /// unless a test or `RLEDGER_DEBUG_WRITE_FAULT` sets it.
    public var writeFault: WriteFault?
    #endif

    /// Makes a new ledger: the directory (and its parents) if missing, the
    /// nine family files (empty, owner-only), `.lock`, and last the manifest,
    /// so that a crash part-way leaves a directory `init` can run in again.
    /// Refuses a directory that already has a manifest, or a family file
    /// with data in it; other files (a `.gitkeep`, a README) are left alone.
    public static func create(at directory: String) throws -> LedgerStore {
        let layout = StoreLayout(directory: directory)
        // Checked before anything is made (a refused `init` leaves no trace)
        // and again under the lock (two `init`s at once make one ledger).
        try refuseExistingData(layout)
        try FileSystem.makeDirectories(directory)
        return try FileLock.holding(layout, exclusive: true) {
            try refuseExistingData(layout)
            for family in EventFamily.allCases {
                try POSIXFile.open(layout.path(family), flags: O_WRONLY | O_CREAT).sync()
            }
            try ManifestFile(layout: layout).replace(with: .empty)
            // An empty derived index, which every append then extends.
            let derived = DerivedIndexFile(layout: layout)
            _ = try derived.withUpdateLock { try derived.rewrite(.empty, entries: []) }
            return LedgerStore(layout: layout)
        }
    }

    private static func refuseExistingData(_ layout: StoreLayout) throws {
        if FileSystem.exists(layout.manifestPath) { throw StoreError.alreadyALedger(path: layout.directory) }
        for family in EventFamily.allCases where (FileSystem.size(layout.path(family)) ?? 0) > 0 {
            throw StoreError.notEmpty(path: layout.path(family))
        }
    }

    /// Opens an existing ledger; a directory without `MANIFEST.json` is refused.
    public init(opening directory: String) throws {
        layout = StoreLayout(directory: directory)
        self.directory = directory
        guard FileSystem.exists(layout.manifestPath) else { throw StoreError.notALedger(path: directory) }
    }

    private init(layout: StoreLayout) {
        self.layout = layout
        directory = layout.directory
    }

    /// The manifest as last committed.
    public func manifest() throws -> Manifest {
        try ManifestFile(layout: layout).read()
    }

    /// All committed events in `seq` order. Every line is decoded (form
    /// `.stored`) and its chain and seq checked while reading; the first
    /// damage found throws `StoreError.damaged` naming file and line. Bytes
    /// after a file's committed end (an interrupted append) are not read:
    /// they were never part of the ledger.
    public func readAll() throws -> [Event] {
        try readCommitted().events
    }

    /// Events with `effective <= asOf` and `recorded <= knownAt` (each
    /// filter only when given), in replay order: by effective date, then seq.
    public func read(asOf: CivilDate?, knownAt: Instant?) throws -> [Event] {
        try readForReplay(asOf: asOf, knownAt: knownAt).events
    }

    /// The same events as `read(asOf:knownAt:)`, each with its stored line.
    public func readStored(asOf: CivilDate?, knownAt: Instant?) throws -> [StoredEvent] {
        let committed = try readCommitted(keepLines: true)
        return zip(committed.events, committed.lines)
            .filter { Self.isVisible($0.0, asOf: asOf, knownAt: knownAt) }
            .sorted { Event.replayOrder($0.0, $1.0) }
            .map { StoredEvent(event: $0.0, line: $0.1) }
    }

    static func isVisible(_ event: Event, asOf: CivilDate?, knownAt: Instant?) -> Bool {
        if let asOf, event.effective > asOf { return false }
        // Stored events always carry `recorded`; the fallback never applies.
        if let knownAt, (event.recorded ?? knownAt) > knownAt { return false }
        return true
    }

    /// What one read of the committed ledger gave: the events (and, when
    /// asked, their lines) in seq order, the manifest they were read under,
    /// and, for a caller that writes, the derived data built while reading.
    struct Committed {
        var events: [Event]
        var lines: [[UInt8]]
        var manifest: Manifest
        var derived: DerivedScan?
    }

    /// Reads the committed ledger. Lines the derived index's seal covers are
    /// confirmed by checksum instead of SHA-256 (see `DerivedIndex`); every
    /// other line has its chain hashed.
    func readCommitted(inspectRemainder: Bool = false, keepLines: Bool = false, collectDerived: Bool = false) throws -> Committed {
        let manifest = try manifest()
        let index = DerivedIndexFile(layout: layout).read()
        var scanner = LedgerScanner(layout: layout, keepEvents: true, inspectRemainder: inspectRemainder)
        scanner.keepLines = keepLines
        scanner.seals = index
        scanner.collectDerived = collectDerived
        var files = try scanner.scan(manifest: manifest) { throw StoreError.damaged($0) }
        var events: [Event] = []
        var lines: [[UInt8]] = []
        events.reserveCapacity(manifest.lastSeq)
        try SeqMerge.walk(files, lastSeq: manifest.lastSeq, visit: { file, index in
            events.append(files[file].events[index])
            if keepLines { lines.append(files[file].lines[index]) }
        }, report: { throw StoreError.damaged($0) })
        var derived: DerivedScan?
        if collectDerived {
            derived = DerivedScan(index: index, files: files.map { ($0.derived!, $0.derivedFromSeal) })
            for index in files.indices { files[index].events = [] }
        }
        return Committed(events: events, lines: lines, manifest: manifest, derived: derived)
    }
}
