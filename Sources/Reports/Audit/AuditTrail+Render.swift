import LedgerCore
import LedgerEvents

/// The trail as a text table (each event's explanations indented under
/// it), as canonical JSON and as a printable HTML page (`AuditHTML`).
///
/// Example (table):
/// ```
/// Audit trail of R-HANSA, all programs: 30 events
/// Date        Seq  Type              Program    Description                          Effect     Balance
/// ...
/// 2026-03-31   77  lateFee.assessed  groupdocs  interest on GD-2026-000004 …           +2.96       2.96
///     interest 2.96 = 2,250.00 × 12% × 4 days / 365 (2026-03-28 … 2026-03-31)
/// ```
extension AuditTrail {
    var title: String {
        "Audit trail of \(reseller), \(program.map { "program \($0)" } ?? "all programs"): \(AuditText.plural(entries.count, "event"))"
    }

    /// One amount when the trail covers one program, else `program amount` pairs.
    static func balanceText(_ balances: [AuditEntry.Balance]) -> String {
        if balances.count == 1 { return balances[0].balance.grouped }
        return balances.map { "\($0.program) \($0.balance.grouped)" }.joined(separator: "; ")
    }

    public func table() -> String {
        var table = TextTable(columns: [.left("Date"), .right("Seq"), .left("Type"), .left("Program"), .left("Description"),
                                        .right("Effect"), .right("Balance")])
        for entry in entries {
            table.add([entry.date.description, String(entry.seq), entry.type.rawValue, entry.program ?? "", entry.description,
                       entry.effect.map(AuditText.signed) ?? "", Self.balanceText(entry.balances)])
        }
        let rendered = table.render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lines = [title] + rendered.prefix(2)
        for (entry, row) in zip(entries, rendered.dropFirst(2)) {
            lines.append(row)
            lines += entry.explanations.map { "    " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> String {
        var w = ObjectWriter()
        w.open()
        w.string("reseller", reseller)
        w.string("program", program)
        w.objects("entries", entries) { w, entry in
            w.date("date", entry.date)
            w.int("seq", entry.seq)
            w.string("id", entry.eventId)
            w.string("type", entry.type.rawValue)
            w.string("program", entry.program)
            w.string("recorded", entry.recorded?.description)
            w.string("description", entry.description)
            w.string("effect", entry.effect?.description)
            w.objects("balances", entry.balances) { w, balance in
                w.string("program", balance.program)
                w.string("currency", balance.balance.currency.code)
                w.string("balance", balance.balance.description)
            }
            w.strings("explanations", entry.explanations)
        }
        w.close()
        return String(decoding: w.json.bytes, as: UTF8.self) + "\n"
    }

    public func html() -> String { AuditHTML.page(self) }
}
