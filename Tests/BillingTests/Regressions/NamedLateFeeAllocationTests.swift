import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// RULES.md §0b.7: a payment may name a late fee by its event id, which
/// carries colons (`fee:GD-2026-000004:2026-04`). The codec used to read a
/// named document as an entity id (no colons) and refused every such
/// payment; found by the property test.
@Suite struct NamedLateFeeAllocationTests {
    @Test("a payment naming a late fee by its event id pays that fee first")
    func paymentNamesALateFee() throws {
        var ledger = try GroupDocsScenario.pastFirstOrders("R-BRAINS", kind: "consulting")
        try ledger.append(.order("GD-4", by: "R-BRAINS", in: "groupdocs", on: "2026-03-01",
                                 lines: [.line("GD-TOTAL", "license", unitPrice: "1000.00")], endCustomer: .defaultCustomer))
        for month in ["2026-03", "2026-04"] { try ledger.runMonthEnd(.of(month)) }
        #expect(ledger.state.lateFees["fee:GD-2026-000004:2026-04"]?.open.description == "9.86")

        try ledger.append(.pay("9.86", by: "R-BRAINS", in: "groupdocs", on: "2026-05-05", payment: "BT-FEE",
                               allocations: [("fee:GD-2026-000004:2026-04", "9.86")]))
        let state = ledger.state
        #expect(state.lateFees["fee:GD-2026-000004:2026-04"]?.open.description == "0.00")
        #expect(state.invoices["GD-2026-000004"]?.open.description == "1000.00", "the named fee, not the older invoice")
        #expect(state.checkInvariants() == [])
    }

    @Test("a named document outside the event-id pattern is still refused by the codec")
    func malformedDocumentIsRefused() throws {
        var ledger = try GroupDocsScenario.pastFirstOrders("R-BRAINS")
        let line = #"{"id":"p-9","type":"payment.received","effective":"2026-02-10","reseller":"R-BRAINS","program":"groupdocs","payment":"P-9","amount":"1.00","currency":"USD","method":"bankTransfer","allocations":[{"document":"../GD-2026-000001","amount":"1.00"}]}"#
        let error = #expect(throws: DecodeError.self) { try ledger.append(lines: [line]) }
        #expect(error?.field == "allocations[0].document")
        #expect(error?.message == #""../GD-2026-000001" is not an invoice number or late-fee id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})"#)
    }
}
