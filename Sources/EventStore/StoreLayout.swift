import LedgerEvents

/// Where everything of a ledger lives inside its directory.
///
/// Example: for the ledger `EventLogs`, the orders are in
/// `EventLogs/orders.jsonl`, the manifest in `EventLogs/MANIFEST.json`, the
/// lock in `EventLogs/.lock`, and a torn tail moved aside by `repair` in
/// `EventLogs/quarantine/orders.jsonl.20261101T000000Z`.
struct StoreLayout: Sendable {
    static let manifestFileName = "MANIFEST.json"
    /// The manifest is written here first and renamed over the real one, so
    /// a reader never sees half a manifest.
    static let manifestTemporaryFileName = "MANIFEST.json.tmp"
    static let lockFileName = ".lock"
    static let quarantineDirectoryName = "quarantine"
    /// Files and the lock hold financial data: owner only.
    static let fileMode: UInt32 = 0o600
    static let directoryMode: UInt32 = 0o700

    let directory: String

    var manifestPath: String { path(StoreLayout.manifestFileName) }
    var manifestTemporaryPath: String { path(StoreLayout.manifestTemporaryFileName) }
    var lockPath: String { path(StoreLayout.lockFileName) }
    var quarantineDirectory: String { path(StoreLayout.quarantineDirectoryName) }

    func path(_ family: EventFamily) -> String { path(family.fileName) }

    func path(_ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
