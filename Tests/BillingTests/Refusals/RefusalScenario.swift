import LedgerCore
import LedgerEvents
import LedgerTestSupport

/// The ledger every refusal case is appended to: the four presets and a
/// JPY program, one or more resellers in each, a prepaid GroupDocs order
/// invoiced but unpaid (GD-1 → GD-2026-000001) and one not yet invoiced
/// (GD-2), 20 of Smart-Soft's internal-use users taken, ByteKast accounts
/// OB-1 (active) and OB-2 (cancelled 2026-03-01), and 20.00 USD of
/// unapplied credit for R-ANDES in RSUPPORT.
///
/// Example: `.licence(for: "GD-1", by: "R-HANSA", in: "groupdocs", on: "2026-02-10")`
/// appended to it is refused: the prepaid order is not paid.
enum RefusalScenario {
    /// A program the presets do not cover, billed in a currency without minor units.
    static let yenTerms = #"""
    {"program":"kaizen","name":"Kaizen Partner Program","currency":"JPY","invoicePrefix":"KZ",
     "tiers":["partner"],"discounts":{"partner":{"*":"10"}},"paymentTerms":{"order":{"*":{"kind":"netDays","days":30}}}}
    """#

    static func ledger() throws -> InMemoryLedger {
        var ledger = InMemoryLedger()
        try ledger.append(.terms(.byteKast), .terms(.groupDocs), .terms(.smartSoft), .terms(.rSupport),
                          .terms(json: yenTerms, id: "terms-kaizen-2026-01-01"),
                          .enrol("R-HANSA", in: "groupdocs", tier: "reseller"),
                          .enrol("R-ALPS", in: "groupdocs", tier: "reseller", country: "CH"),
                          .enrol("R-TEXAS", in: "groupdocs", tier: "reseller", country: "US", region: "TX"),
                          .enrol("R-LATE", in: "groupdocs", tier: "reseller", on: "2026-03-01"),
                          .enrol("R-ORBIT", in: "bytekast", tier: "silver", country: "NL"),
                          .enrol("R-ALTAI", in: "smartsoft", tier: "authorized", country: "RU"),
                          .enrol("R-ANDES", in: "rsupport", tier: "gold", country: "CL"),
                          .enrol("R-NIPPON", in: "kaizen", tier: "partner", country: "JP"))
        try ledger.append(.order("GD-1", by: "R-HANSA", in: "groupdocs", on: "2026-01-05",
                                 lines: [.line("GD-TOTAL", "license", unitPrice: "100.00")], endCustomer: .defaultCustomer),
                          .order("SS-1", by: "R-ALTAI", in: "smartsoft", on: "2026-01-20",
                                 lines: [.line("TI-OWN-USE", "internal", unitPrice: "1000.00", users: 20)]),
                          .setUp("OB-1", by: "R-ORBIT", on: "2026-01-10", fee: "90.00"),
                          .setUp("OB-2", by: "R-ORBIT", on: "2026-01-10", fee: "90.00"),
                          .cancel("OB-2", by: "R-ORBIT", on: "2026-03-01"),
                          .pay("20.00", by: "R-ANDES", in: "rsupport", on: "2026-01-10"))
        ledger.bill(through: Event.day("2026-01-31"))
        try ledger.append(.order("GD-2", by: "R-HANSA", in: "groupdocs", on: "2026-02-03",
                                 lines: [.line("GD-TOTAL", "license", unitPrice: "100.00")], endCustomer: .defaultCustomer))
        return ledger
    }
}
