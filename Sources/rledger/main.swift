import Foundation
import RLedgerCLI

HugePageHeap.restartIfNeeded(environment: ProcessInfo.processInfo.environment)
exit(RLedger.main(arguments: Array(CommandLine.arguments.dropFirst())))
