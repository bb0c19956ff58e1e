import LedgerCore
import LedgerEvents

/// The reconciliation as a text report, JSON, or CSV (one row per item,
/// with its section).
extension ReconcileReport {
    public func table() -> String {
        var text = "Reconciliation as of \(asOf): \(isReconciled ? "everything ties" : "DIFFERENCES FOUND")\n\n"
        var agingTable = TextTable(columns: [.left("Reseller"), .left("Program"), .left("Cur")]
                                   + AgingBucket.allCases.map { .right($0.label) } + [.right("Total")])
        for row in aging {
            agingTable.add([row.reseller, row.program, row.summary.currency.code]
                           + AgingBucket.allCases.map { row.summary[$0].grouped } + [row.summary.total.grouped])
        }
        text += "Aging of open items\n" + (aging.isEmpty ? "(no open items)\n" : agingTable.render()) + "\n"
        var creditTable = TextTable(columns: [.left("Reseller"), .left("Program"), .left("Cur"), .right("Unapplied credit")])
        for row in credits { creditTable.add([row.reseller, row.program, row.unapplied.currency.code, row.unapplied.grouped]) }
        text += "Unapplied credit\n" + (credits.isEmpty ? "(none)\n" : creditTable.render()) + "\n"
        text += "Tie-outs\n"
        for tieOut in tieOuts {
            text += "  \(tieOut.isOK ? "ok  " : "DIFF") \(tieOut.name)\n"
            for difference in tieOut.differences { text += "         \(difference)\n" }
        }
        if let bank { text += "\nBank statement\n" + bank.table() }
        return text
    }

    public func json() -> String {
        var w = ObjectWriter()
        w.open()
        w.string("asOf", asOf.description)
        w.bool("reconciled", isReconciled)
        w.objects("aging", aging) { w, row in
            w.string("reseller", row.reseller); w.string("program", row.program); w.string("currency", row.summary.currency.code)
            for bucket in AgingBucket.allCases { w.string(bucket.key, row.summary[bucket].description) }
            w.string("total", row.summary.total.description)
        }
        w.objects("unappliedCredit", credits) { w, row in
            w.string("reseller", row.reseller); w.string("program", row.program)
            w.string("currency", row.unapplied.currency.code); w.string("amount", row.unapplied.description)
        }
        w.objects("tieOuts", tieOuts) { w, tieOut in
            w.string("name", tieOut.name); w.bool("ok", tieOut.isOK); w.strings("differences", tieOut.differences)
        }
        w.close()
        var text = String(decoding: w.json.bytes, as: UTF8.self)
        if let bank {
            // The bank matching renders its own canonical object.
            text.removeLast()
            var bankJSON = bank.json()
            while bankJSON.hasSuffix("\n") { bankJSON.removeLast() }
            text += ",\"bank\":" + bankJSON + "}"
        }
        return text + "\n"
    }

    public func csv() -> String {
        var rows: [[String]] = []
        for row in aging {
            for bucket in AgingBucket.allCases where !row.summary[bucket].isZero {
                rows.append(["aging", row.reseller, row.program, row.summary.currency.code, bucket.key, row.summary[bucket].description])
            }
        }
        for row in credits {
            rows.append(["unappliedCredit", row.reseller, row.program, row.unapplied.currency.code, "", row.unapplied.description])
        }
        for tieOut in tieOuts {
            rows.append(["tieOut", "", "", "", tieOut.name, tieOut.isOK ? "ok" : tieOut.differences.joined(separator: "; ")])
        }
        return CSV.document(header: ["section", "reseller", "program", "currency", "item", "value"], rows: rows)
    }
}
