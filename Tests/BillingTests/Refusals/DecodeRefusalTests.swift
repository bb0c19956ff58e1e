import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// The refusals of RULES.md §0 that the event codec makes before any
/// business check: zero or negative quantities and prices, malformed ids,
/// store-set keys and unknown keys in an input line.
@Suite struct DecodeRefusalTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let line: String
        let field: String
        let message: String
        var testDescription: String { name }
    }

    static let order = #"{"id":"o-1","type":"order.placed","effective":"2026-02-10","reseller":"R-HANSA","program":"groupdocs","order":"GD-9","endCustomer":{"name":"N","country":"DE"},"lines":"#

    static let cases: [Case] = [
        Case(name: "zero quantity", line: order + #"[{"sku":"GD","category":"license","quantity":0,"unitPrice":"1.00"}]}"#,
             field: "lines[0].quantity", message: "must be an integer of at least 1, got 0"),
        Case(name: "negative unit price", line: order + #"[{"sku":"GD","category":"license","quantity":1,"unitPrice":"-1.00"}]}"#,
             field: "lines[0].unitPrice", message: #"must be greater than zero, got "-1.00""#),
        Case(name: "zero unit price", line: order + #"[{"sku":"GD","category":"license","quantity":1,"unitPrice":"0.00"}]}"#,
             field: "lines[0].unitPrice", message: #"must be greater than zero, got "0.00""#),
        Case(name: "order without lines", line: order + "[]}", field: "lines", message: "must not be empty"),
        Case(name: "id outside the id pattern",
             line: #"{"id":"../etc","type":"credit.restored","effective":"2026-02-10","reseller":"R-HANSA","program":"groupdocs"}"#,
             field: "id", message: #""../etc" is not a valid event id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})"#),
        Case(name: "reseller id outside the id pattern",
             line: #"{"id":"r-1","type":"credit.restored","effective":"2026-02-10","reseller":"R HANSA","program":"groupdocs"}"#,
             field: "reseller", message: #""R HANSA" is not a valid id ([A-Za-z0-9][A-Za-z0-9._-]{0,63})"#),
        Case(name: "input carrying the store's seq",
             line: #"{"seq":7,"id":"r-1","type":"credit.restored","effective":"2026-02-10","reseller":"R-HANSA","program":"groupdocs"}"#,
             field: "seq", message: "is set by the store; input must not carry it"),
        Case(name: "unknown key",
             line: #"{"id":"r-1","type":"credit.restored","effective":"2026-02-10","reseller":"R-HANSA","program":"groupdocs","nte":"x"}"#,
             field: "nte", message: "unknown key (not in the event catalog for this type)"),
        Case(name: "payment of zero",
             line: #"{"id":"p-1","type":"payment.received","effective":"2026-02-10","reseller":"R-HANSA","program":"groupdocs","payment":"P","amount":"0.00","currency":"USD","method":"bankTransfer"}"#,
             field: "amount", message: #"must be greater than zero, got "0.00""#),
    ]

    @Test("the codec refuses the line, naming field and message", arguments: cases)
    func refused(_ c: Case) throws {
        var ledger = try RefusalScenario.ledger()
        let before = ledger.events
        let error = #expect(throws: DecodeError.self) { try ledger.append(lines: [c.line]) }
        #expect(error?.field == c.field)
        #expect(error?.message == c.message)
        #expect(ledger.events == before)
    }
}
