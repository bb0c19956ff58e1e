import LedgerCore
import LedgerEvents
import LedgerTestSupport

/// A GroupDocs reseller past its first three orders (RULES.md §2): three
/// January orders, each prepaid on its order date, so the next order is
/// due net 30 and no hold is in force. Shared by worked examples 5 and 12.
///
/// Example: `GroupDocsScenario.pastFirstOrders("R-HANSA")` leaves
/// GD-2026-000001…3 paid after `bill`; the fourth invoice is GD-2026-000004.
enum GroupDocsScenario {
    static func pastFirstOrders(_ reseller: String, kind: String = "retail") throws -> InMemoryLedger {
        var ledger = InMemoryLedger()
        try ledger.append(.terms(.groupDocs), .enrol(reseller, in: "groupdocs", tier: "reseller", kind: kind))
        for (number, date) in ["2026-01-05", "2026-01-12", "2026-01-19"].enumerated() {
            try ledger.append(.order("GD-\(number + 1)", by: reseller, in: "groupdocs", on: date,
                                     lines: [.line("GD-TOTAL", "license", unitPrice: "100.00")], endCustomer: .defaultCustomer),
                              .pay(kind == "consulting" ? "100.00" : "90.00", by: reseller, in: "groupdocs", on: date))
        }
        return ledger
    }
}
