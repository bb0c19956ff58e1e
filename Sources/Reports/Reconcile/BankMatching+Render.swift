import LedgerCore
import LedgerEvents

/// The reconciliation as a text table, JSON and CSV: one row per matched
/// pair, bank-only line and ledger-only payment, with a status
/// (`matched`, `amountDiffers`, `bankOnly`, `ledgerOnly`).
///
/// Example (table):
/// ```
/// Bank reconciliation: 1 matched, 1 in the bank only, 0 in the ledger only: does not tie
/// Status    Line  Bank date   Amount    Cur  Reference  Reseller  Program    Payment  Ledger date  Ledger amount  By
/// ...
/// matched      2  2026-04-10  2,250.00  USD  BT-0040    R-HANSA   groupdocs  BT-0040  2026-04-10        2,250.00  reference
/// bankOnly     3  2026-04-20     10.00  USD  X-1
/// ```
extension BankMatching {
    /// The rows all renderers share, in the order matched, bank only, ledger only.
    struct Row {
        let status: String
        let bank: BankStatement.Line?
        let payment: LedgerPayment?
        let basis: Basis?
    }

    var rows: [Row] {
        matched.map { Row(status: $0.amountsAgree ? "matched" : "amountDiffers", bank: $0.bank, payment: $0.payment, basis: $0.basis) }
            + bankOnly.map { Row(status: "bankOnly", bank: $0, payment: nil, basis: nil) }
            + ledgerOnly.map { Row(status: "ledgerOnly", bank: nil, payment: $0, basis: nil) }
    }

    var summary: String {
        "\(matched.count) matched, \(bankOnly.count) in the bank only, \(ledgerOnly.count) in the ledger only: "
            + (isReconciled ? "everything ties" : "does not tie")
    }

    public func table() -> String {
        var table = TextTable(columns: [.left("Status"), .right("Line"), .left("Bank date"), .right("Amount"), .left("Cur"), .left("Reference"),
                                        .left("Reseller"), .left("Program"), .left("Payment"), .left("Ledger date"), .right("Ledger amount"),
                                        .left("By")])
        for row in rows {
            table.add([row.status, row.bank.map { String($0.line) } ?? "", row.bank?.date.description ?? "", row.bank?.amount.grouped ?? "",
                       (row.bank?.amount ?? row.payment?.amount)?.currency.code ?? "", row.bank?.reference ?? "",
                       row.payment?.reseller ?? "", row.payment?.program ?? "", row.payment?.payment ?? "",
                       row.payment?.date.description ?? "", row.payment?.amount.grouped ?? "", row.basis?.rawValue ?? ""])
        }
        return "Bank reconciliation: \(summary)\n" + table.render()
    }

    public func csv() -> String {
        CSV.document(header: ["status", "bankLine", "bankDate", "bankAmount", "bankCurrency", "bankReference", "counterparty",
                              "reseller", "program", "payment", "event", "ledgerDate", "ledgerAmount", "ledgerCurrency",
                              "ledgerReference", "basis"],
                     rows: rows.map { row in
                         [row.status, row.bank.map { String($0.line) } ?? "", row.bank?.date.description ?? "",
                          row.bank?.amount.description ?? "", row.bank?.amount.currency.code ?? "", row.bank?.reference ?? "",
                          row.bank?.counterparty ?? "", row.payment?.reseller ?? "", row.payment?.program ?? "",
                          row.payment?.payment ?? "", row.payment?.eventId ?? "", row.payment?.date.description ?? "",
                          row.payment?.amount.description ?? "", row.payment?.amount.currency.code ?? "",
                          row.payment?.reference ?? "", row.basis?.rawValue ?? ""]
                     })
    }

    public func json() -> String {
        var w = ObjectWriter()
        w.open()
        w.bool("reconciled", isReconciled)
        w.objects("matched", matched) { w, match in
            w.string("status", match.amountsAgree ? "matched" : "amountDiffers")
            w.string("basis", match.basis.rawValue)
            w.int("dayDifference", match.dayDifference)
            w.object("bank", match.bank, Self.writeBank)
            w.object("ledger", match.payment, Self.writePayment)
        }
        w.objects("bankOnly", bankOnly, Self.writeBank)
        w.objects("ledgerOnly", ledgerOnly, Self.writePayment)
        w.close()
        return String(decoding: w.json.bytes, as: UTF8.self) + "\n"
    }

    static func writeBank(_ w: inout ObjectWriter, _ line: BankStatement.Line) {
        w.int("line", line.line)
        w.date("date", line.date)
        w.string("amount", line.amount.description)
        w.string("currency", line.amount.currency.code)
        w.string("reference", line.reference)
        w.string("counterparty", line.counterparty)
    }

    static func writePayment(_ w: inout ObjectWriter, _ payment: LedgerPayment) {
        w.string("event", payment.eventId)
        w.int("seq", payment.seq)
        w.date("date", payment.date)
        w.string("reseller", payment.reseller)
        w.string("program", payment.program)
        w.string("payment", payment.payment)
        w.string("amount", payment.amount.description)
        w.string("currency", payment.amount.currency.code)
        w.string("reference", payment.reference)
    }
}
