// The C library, re-exported: `Sources/rledger/main.swift` calls `exit`
// with the status `RLedger.main` returns and imports only this module.
//
// Example: `exit(RLedger.main(arguments: ["verify"]))` ends the process
// with status 0 on an intact ledger and 1 on a damaged one.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif
