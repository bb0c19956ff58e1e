/// Every command `rledger` knows, in the order `rledger help` lists them.
///
/// Example: `CommandRegistry.command(named: "verify")` is `VerifyCommand.self`;
/// `command(named: "frobnicate")` is nil, which the dispatcher reports as
/// an unknown command (exit 2).
public enum CommandRegistry {
    public static let all: [any Command.Type] = [
        HelpCommand.self,
        InitCommand.self,
        AppendCommand.self,
        VerifyCommand.self,
        RepairCommand.self,
        LogCommand.self,
        BillCommand.self,
        MonthEndCommand.self,
        QuarterCloseCommand.self,
        YearCloseCommand.self,
        BalancesCommand.self,
        InvoicesCommand.self,
        InvoiceCommand.self,
        StatementCommand.self,
        AuditCommand.self,
        ReconcileCommand.self,
        ExportCommand.self,
        GenerateCommand.self,
    ]

    public static func command(named name: String) -> (any Command.Type)? {
        all.first { $0.name == name }
    }

    /// Options every command accepts.
    static let globalOptions = [OptionSpec("ledger"), OptionSpec("help", takesValue: false)]
}
