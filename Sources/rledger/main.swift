import RLedgerCLI

exit(RLedger.main(arguments: Array(CommandLine.arguments.dropFirst())))
