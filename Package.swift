// swift-tools-version:6.0
// ResellerLedger: an event-sourced billing ledger for reseller programs.
// No package dependencies: the toolchain only (see Docs/Architecture.md).
import PackageDescription

let package = Package(
    name: "ResellerLedger",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rledger", targets: ["rledger"]),
    ],
    targets: [
        .target(name: "LedgerCore"),
        .target(name: "LedgerEvents", dependencies: ["LedgerCore"]),
        .target(name: "EventStore", dependencies: ["LedgerCore", "LedgerEvents"]),
        .target(name: "Billing", dependencies: ["LedgerCore", "LedgerEvents"]),
        .target(name: "Reports", dependencies: ["LedgerCore", "LedgerEvents", "Billing"]),
        .target(name: "RLedgerCLI", dependencies: ["LedgerCore", "LedgerEvents", "EventStore", "Billing", "Reports"]),
        .executableTarget(name: "rledger", dependencies: ["RLedgerCLI"]),
        .target(name: "LedgerTestSupport", dependencies: ["LedgerCore", "LedgerEvents", "EventStore", "Billing", "RLedgerCLI"], path: "Tests/LedgerTestSupport"),
        .testTarget(name: "LedgerCoreTests", dependencies: ["LedgerCore"]),
        .testTarget(name: "LedgerEventsTests", dependencies: ["LedgerEvents", "LedgerTestSupport"]),
        .testTarget(name: "EventStoreTests", dependencies: ["EventStore", "LedgerTestSupport"]),
        .testTarget(name: "BillingTests", dependencies: ["Billing", "LedgerTestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "LedgerTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "RLedgerCLITests", dependencies: ["RLedgerCLI", "LedgerTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
