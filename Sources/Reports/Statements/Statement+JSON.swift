import LedgerCore
import LedgerEvents

/// A statement as canonical JSON: keys in a fixed order, amounts as decimal
/// strings, one line. The same events always give the same bytes.
///
/// Example (R-HANSA groupdocs 2026-03, abbreviated):
/// `{"document":"statement-R-HANSA-groupdocs-2026-03","reseller":"R-HANSA","program":"groupdocs",
/// "period":"2026-03",…,"opening":"2250.00","movements":[{"date":"2026-03-31","kind":"lateFee",
/// "document":"fee:GD-2026-000004:2026-03",…,"amount":"2.96","balance":"2252.96"}],"closing":"2252.96",…}`
extension Statement {
    public func json() -> String {
        var w = ObjectWriter()
        w.open()
        w.string("document", documentName)
        w.string("reseller", reseller)
        w.string("program", program)
        w.string("programName", programName)
        w.string("period", month.description)
        w.date("from", month.firstDay)
        w.date("to", month.lastDay)
        w.object("billTo", billTo) { w, b in b.write(to: &w) }
        w.string("currency", currency.code)
        w.string("opening", opening.description)
        w.objects("movements", movements) { w, m in
            w.date("date", m.date); w.string("kind", m.kind.rawValue); w.string("document", m.document)
            w.string("description", m.description); w.string("amount", m.amount.description)
            w.string("balance", m.balance.description)
        }
        w.string("closing", closing.description)
        w.objects("openItems", openItems) { w, item in
            w.string("document", item.document); w.string("kind", item.kind.rawValue); w.string("description", item.description)
            w.date("date", item.date); w.date("due", item.due); w.int("daysPastDue", item.daysPastDue)
            w.string("bucket", item.bucket.key); w.string("open", item.open.description)
        }
        w.object("aging", aging) { w, summary in
            for bucket in AgingBucket.allCases { w.string(bucket.key, summary[bucket].description) }
            w.string("total", summary.total.description)
        }
        w.string("unappliedCredit", unappliedCredit.description)
        w.close()
        return String(decoding: w.json.bytes, as: UTF8.self) + "\n"
    }
}
