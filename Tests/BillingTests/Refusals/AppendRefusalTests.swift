import Testing
import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// Every refusal of RULES.md §0 and §0b that `append` makes on business
/// grounds: each bad input event, appended to `RefusalScenario`, must be
/// refused with the field, rule and exact message a finance user reads,
/// and nothing may be appended.
@Suite struct AppendRefusalTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let event: Event
        let field: String
        let rule: String
        let message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = factCases + moneyCases + orderCases + accountCases + runWrittenCases

    @Test("append refuses the input, naming field, rule and message", arguments: cases)
    func refused(_ c: Case) throws {
        var ledger = try RefusalScenario.ledger()
        let before = ledger.events
        let error = #expect(throws: RuleViolation.self) { try ledger.append(c.event) }
        #expect(error?.index == 0)
        #expect(error?.field == c.field)
        #expect(error?.rule == c.rule)
        #expect(error?.message == c.message)
        #expect(ledger.events == before, "a refused batch appends nothing")
    }

    @Test("a refusal names the event's position in its batch, and the batch's earlier events append nothing either")
    func refusalInsideABatch() throws {
        var ledger = try RefusalScenario.ledger()
        let before = ledger.events
        let error = #expect(throws: RuleViolation.self) {
            try ledger.append(.pay("90.00", by: "R-HANSA", in: "groupdocs", on: "2026-02-10"),
                              .pay("90.00", by: "R-HANSA", in: "groupdocs", on: "2026-02-11", method: "card"))
        }
        #expect(error?.index == 1)
        #expect(error?.description == #"method: "card" is not accepted by groupdocs (accepted: bankTransfer) [rule: payment methods]"#)
        #expect(ledger.events == before)
    }

    // MARK: Who and when

    static let factCases: [Case] = [
        Case(name: "unknown reseller",
             event: .order("GD-9", by: "R-NOBODY", in: "groupdocs", on: "2026-02-10",
                           lines: [.line("GD-TOTAL", "license", unitPrice: "100.00")], endCustomer: .defaultCustomer),
             field: "reseller", rule: "unknown reseller",
             message: #"unknown reseller "R-NOBODY" (not enrolled in any program)"#),
        Case(name: "unknown program",
             event: .order("X-1", by: "R-HANSA", in: "nosuch", on: "2026-02-10", lines: [.line("X", "license", unitPrice: "1.00")]),
             field: "program", rule: "unknown program",
             message: #"unknown program "nosuch" (no program.terms for it)"#),
        Case(name: "reseller not enrolled in the program",
             event: .order("RS-9", by: "R-HANSA", in: "rsupport", on: "2026-02-10", lines: [.line("RS", "license", unitPrice: "100.00")]),
             field: "program", rule: "enrolment required",
             message: #"reseller "R-HANSA" is not enrolled in program "rsupport""#),
        Case(name: "event dated before its program's first terms",
             event: .pay("90.00", by: "R-HANSA", in: "groupdocs", on: "2025-12-31"),
             field: "effective", rule: "no event before its program's first terms",
             message: "2025-12-31 is before the first terms of groupdocs (2026-01-01)"),
        Case(name: "enrolment dated before its program's first terms",
             event: .enrol("R-EARLY", in: "rsupport", tier: "silver", on: "2025-11-01"),
             field: "effective", rule: "no event before its program's first terms",
             message: "2025-11-01 is before the first terms of rsupport (2026-01-01)"),
        Case(name: "event dated before the reseller's enrolment",
             event: .order("GD-9", by: "R-LATE", in: "groupdocs", on: "2026-02-15",
                           lines: [.line("GD-TOTAL", "license", unitPrice: "100.00")], endCustomer: .defaultCustomer),
             field: "effective", rule: "no event before the enrolment",
             message: "2026-02-15 is before R-LATE's enrolment in groupdocs on 2026-03-01"),
        Case(name: "second enrolment in the same program",
             event: .enrol("R-HANSA", in: "groupdocs", tier: "reseller", on: "2026-02-10", id: "enrol-again"),
             field: "reseller", rule: "one enrolment per program",
             message: #""R-HANSA" is already enrolled in groupdocs"#),
        Case(name: "review to a tier the program does not have",
             event: .review("R-ORBIT", in: "bytekast", tier: "diamond", on: "2026-04-01"),
             field: "tier", rule: "known tiers",
             message: #""diamond" is not a tier of bytekast (tiers: none, silver, gold, platinum)"#),
        Case(name: "tax exemption of an unknown reseller",
             event: .exemption("R-NOBODY", certificate: "TX-1", validFrom: "2026-01-01", validTo: "2026-12-31"),
             field: "reseller", rule: "unknown reseller",
             message: #"unknown reseller "R-NOBODY" (not enrolled in any program)"#),
        Case(name: "terms that change a program's currency",
             event: .terms(json: Preset.byteKast.json.replacingOccurrences(of: #""USD""#, with: #""RUB""#),
                           effective: "2026-07-01", id: "terms-bytekast-rub"),
             field: "currency", rule: "a program keeps its currency",
             message: "bytekast is billed in USD; terms cannot change it to RUB"),
    ]
}
