import LedgerCore
import LedgerEvents

/// The invoice list as a text table, canonical JSON and CSV; the columns
/// are the same in all three.
///
/// Example JSON row: `{"number":"GD-2026-000005","date":"2026-03-03","reseller":"R-PACIFIC",
/// "program":"groupdocs","kind":"order","due":"2026-03-03","currency":"USD","total":"965.25","open":"0.00"}`;
/// a credit note leaves out `due` and `open` (empty cells in CSV and the table).
extension InvoiceList {
    static let header = ["number", "date", "reseller", "program", "kind", "due", "currency", "total", "open"]

    func cells(_ row: Row) -> [String] {
        [row.number, row.date.description, row.reseller, row.program, row.kind, row.due?.description ?? "",
         row.currency.code, row.total.description, row.open?.description ?? ""]
    }

    public func json() -> String {
        var w = ObjectWriter()
        w.open()
        w.string("reseller", reseller)
        w.string("period", period?.description)
        w.objects("invoices", rows) { w, row in
            w.string("number", row.number); w.date("date", row.date); w.string("reseller", row.reseller)
            w.string("program", row.program); w.string("kind", row.kind); w.date("due", row.due)
            w.string("currency", row.currency.code); w.string("total", row.total.description)
            w.string("open", row.open?.description)
        }
        w.close()
        return String(decoding: w.json.bytes, as: UTF8.self) + "\n"
    }

    public func csv() -> String {
        CSV.document(header: Self.header, rows: rows.map(cells))
    }

    public func table() -> String {
        var table = TextTable(columns: [.left("Number"), .left("Date"), .left("Reseller"), .left("Program"), .left("Kind"),
                                        .left("Due"), .left("Cur"), .right("Total"), .right("Open")])
        for row in rows {
            table.add([row.number, row.date.description, row.reseller, row.program, row.kind, row.due?.description ?? "",
                       row.currency.code, row.total.grouped, row.open?.grouped ?? ""])
        }
        return table.render()
    }
}
