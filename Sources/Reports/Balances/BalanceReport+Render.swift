import LedgerCore
import LedgerEvents

/// The balances report as JSON (the output contract of EVENTS.md), CSV and a text table.
extension BalanceReport {
    public func json() -> String {
        var w = ObjectWriter()
        w.open()
        w.string("asOf", asOf.description)
        w.objects("balances", rows) { w, row in
            w.string("reseller", row.reseller); w.string("program", row.program); w.string("currency", row.currency.code)
            w.string("balance", row.balance.description); w.string("open", row.open.description)
            w.string("overdue", row.overdue.description)
        }
        w.close()
        return String(decoding: w.json.bytes, as: UTF8.self) + "\n"
    }

    public func csv() -> String {
        CSV.document(header: ["reseller", "program", "currency", "balance", "open", "overdue"],
                     rows: rows.map { [$0.reseller, $0.program, $0.currency.code, $0.balance.description, $0.open.description, $0.overdue.description] })
    }

    public func table() -> String {
        var table = TextTable(columns: [.left("Reseller"), .left("Program"), .left("Cur"), .right("Balance"), .right("Open"), .right("Overdue")])
        for row in rows {
            table.add([row.reseller, row.program, row.currency.code, row.balance.grouped, row.open.grouped, row.overdue.grouped])
        }
        return "Balances as of \(asOf)\n" + table.render()
    }
}
