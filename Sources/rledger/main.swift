import Foundation
import RLedgerCLI

let arguments = Array(CommandLine.arguments.dropFirst())
HugePageHeap.restartIfNeeded(arguments: arguments, environment: ProcessInfo.processInfo.environment)
exit(RLedger.main(arguments: arguments))
