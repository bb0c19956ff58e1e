import LedgerCore
import LedgerEvents
import Reports

/// The table a run prints: what it appended, per currency.
///
/// Example:
/// ```
/// month-end 2026-03: appended 13 events, wrote 12 documents to out/2026-03
/// Currency  Invoices     Total  Credit notes  Late fees  Credits  Statements
/// RUB              1  50000.00             0       0.00 20500.00           1
/// ```
enum RunSummary {
    static func render(_ plan: RunPlan, outDirectory: String?, dryRun: Bool) -> String {
        if plan.isEmpty { return "\(plan.run) \(plan.period): nothing to do (no new facts since the last run)\n" }
        struct Totals { var invoices = 0, invoiceTotal: Int64 = 0, creditNotes = 0, creditNoteTotal: Int64 = 0
                        var fees: Int64 = 0, credits: Int64 = 0, statements = 0, tiers = 0, resellers = Set<String>() }
        var byCurrency: [String: Totals] = [:]
        var tiers = 0
        for event in plan.events {
            func add(_ program: String, _ body: (inout Totals, Currency) -> Void) {
                guard let currency = plan.currencies[program] else { return }
                body(&byCurrency[currency.code, default: Totals()], currency)
            }
            switch event.payload {
            case .invoiceIssued(let p):
                add(p.program) { t, c in
                    t.invoices += 1; t.invoiceTotal += p.total.mantissa(atScale: c.minorDigits) ?? 0; t.resellers.insert(p.reseller)
                }
            case .creditNoteIssued(let p): add(p.program) { $0.creditNotes += 1; $0.creditNoteTotal += p.total.mantissa(atScale: $1.minorDigits) ?? 0 }
            case .lateFeeAssessed(let p): add(p.program) { $0.fees += p.amount.mantissa(atScale: $1.minorDigits) ?? 0 }
            case .rebateCredited(let p): add(p.program) { $0.credits += p.amount.mantissa(atScale: $1.minorDigits) ?? 0 }
            case .spifAwarded(let p): add(p.program) { $0.credits += p.amount.mantissa(atScale: $1.minorDigits) ?? 0 }
            case .statementIssued(let p): add(p.program) { t, _ in t.statements += 1; t.resellers.insert(p.reseller) }
            case .tierAssigned: tiers += 1
            default: break
            }
        }
        var table = TextTable(columns: [.left("Currency"), .right("Resellers"), .right("Invoices"), .right("Invoiced"),
                                        .right("Credit notes"), .right("Credited"), .right("Late fees"),
                                        .right("Rebates/SPIF"), .right("Statements")])
        for code in byCurrency.keys.sorted() {
            let t = byCurrency[code]!
            let currency = Currency(code: code) ?? .usd
            func money(_ minor: Int64) -> String { Money(minor: minor, currency: currency).grouped }
            table.add([code, String(t.resellers.count), String(t.invoices), money(t.invoiceTotal), String(t.creditNotes),
                       money(t.creditNoteTotal), money(t.fees), money(t.credits), String(t.statements)])
        }
        let verb = dryRun ? "would append" : "appended"
        var text = "\(plan.run) \(plan.period): \(verb) \(plan.events.count) events"
        if !plan.documents.isEmpty {
            text += dryRun ? ", would write \(plan.documents.count) documents" : ", wrote \(plan.documents.count) documents to \(outDirectory ?? "-")"
        }
        text += "\n" + table.render()
        if tiers > 0 { text += "Tier evaluations: \(tiers)\n" }
        return text
    }
}
