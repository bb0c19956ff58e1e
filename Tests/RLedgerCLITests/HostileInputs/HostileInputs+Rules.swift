/// Inputs that are well-formed events the business rules refuse: every
/// refusal of RULES.md §0, and those of GroupDocs (§2) and Smart-Soft
/// (§3); then refusals of the batch as a whole. The message names the
/// field and the rule.
///
/// Example: a GroupDocs payment by card is refused with
/// `<stdin>:1: method: "card" is not accepted by groupdocs (accepted: bankTransfer) [rule: payment methods]`.
extension HostileInputCorpus {
    static let rules: [HostileInput] = [
        // RULES.md §0
        HostileInput("unknown reseller", line: Corpus.order.replacing("R-ACME", "R-NOPE"), expected: #"<stdin>:1: reseller: unknown reseller "R-NOPE" (not enrolled in any program) [rule: unknown reseller]"#),
        HostileInput("unknown program", line: Corpus.order.replacing("groupdocs", "nosuchprogram"), expected: #"<stdin>:1: program: unknown program "nosuchprogram" (no program.terms for it) [rule: unknown program]"#),
        HostileInput("reseller not enrolled in the program", line: Corpus.payment.replacing("groupdocs", "bytekast"), expected: #"<stdin>:1: program: reseller "R-ACME" is not enrolled in program "bytekast" [rule: enrolment required]"#),
        HostileInput("currency other than the program's", line: Corpus.payment.replacing("USD", "EUR"), expected: #"<stdin>:1: currency: EUR is not the currency of groupdocs, which bills in USD [rule: one currency per program]"#),
        HostileInput("more decimals than the currency has", line: Corpus.smartSoftOrder.replacing("200000.00", "200000.001"), expected: #"<stdin>:1: lines[0].unitPrice: "200000.001" has 3 decimal places; RUB amounts have at most 2 [rule: amounts are exact in the currency's minor unit, never rounded]"#),
        HostileInput("quantity zero", line: Corpus.order.replacing(#""quantity":1"#, #""quantity":0"#), expected: #"<stdin>:1: lines[0].quantity: must be an integer of at least 1, got 0"#),
        HostileInput("quantity negative", line: Corpus.order.replacing(#""quantity":1"#, #""quantity":-3"#), expected: #"<stdin>:1: lines[0].quantity: must be an integer of at least 1, got -3"#),
        HostileInput("unitPrice zero", line: Corpus.order.replacing("1000.00", "0.00"), expected: #"<stdin>:1: lines[0].unitPrice: must be greater than zero, got "0.00""#),
        HostileInput("unitPrice negative", line: Corpus.order.replacing("1000.00", "-1000.00"), expected: #"<stdin>:1: lines[0].unitPrice: must be greater than zero, got "-1000.00""#),
        HostileInput("monthlyFee negative", line: Corpus.account.replacing("100.00", "-100.00"), expected: #"<stdin>:1: monthlyFee: must be greater than zero, got "-100.00""#),
        HostileInput("a category the terms do not price", line: Corpus.smartSoftOrder.replacing("software", "hardware"), expected: #"<stdin>:1: lines[0].category: "hardware" is not priced by the terms of smartsoft for tier authorized (priced: software, ting, depo, renewal, internal) [rule: only categories the terms price]"#),
        HostileInput("a payment method the terms do not allow", line: Corpus.payment.replacing("bankTransfer", "card"), expected: #"<stdin>:1: method: "card" is not accepted by groupdocs (accepted: bankTransfer) [rule: payment methods]"#),
        HostileInput("the same id with other content", line: Corpus.order.replacing(#""id":"ord-1""#, #""id":"ord-0""#), expected: #"<stdin>:1: id: event id "ord-0" is already in the ledger with other content (ids are idempotency keys: a retry must repeat the same content)"#),
        HostileInput("dated before the program's first terms", line: Corpus.order.replacing("2026-03-10", "2025-12-31"), expected: #"<stdin>:1: effective: 2025-12-31 is before the first terms of groupdocs (2026-01-01) [rule: no event before its program's first terms]"#),
        HostileInput("an order id used twice", line: Corpus.order.replacing("ORD-1", "ORD-0"), expected: #"<stdin>:1: order: order "ORD-0" already exists in groupdocs [rule: order ids are unique per program]"#),
        // RULES.md §0b
        HostileInput("dated before the enrolment", line: Corpus.order.replacing("R-ACME", "R-LATE"), expected: #"<stdin>:1: effective: 2026-03-10 is before R-LATE's enrolment in groupdocs on 2026-06-01 [rule: no event before the enrolment]"#),
        HostileInput("a run-written type: invoice", line: #"{"id":"inv-1","type":"invoice.issued","effective":"2026-03-31","reseller":"R-ACME","program":"groupdocs","number":"GD-2026-000001","kind":"order","due":"2026-04-30","currency":"USD","lines":[{"ref":"ORD-0","description":"GD-TOTAL","category":"license","quantity":1,"unitPrice":"1000.00","discountPercent":"10","net":"900.00"}],"subtotal":"900.00","tax":"0.00","total":"900.00"}"#, expected: #"<stdin>:1: type: "invoice.issued" is written by the runs, not by append [rule: run-written types]"#),
        HostileInput("a run-written type: late fee", line: #"{"id":"fee-1","type":"lateFee.assessed","effective":"2026-04-30","reseller":"R-ACME","program":"groupdocs","invoice":"GD-2026-000001","through":"2026-04-30","amount":"3.85","cumulative":"3.85"}"#, expected: #"<stdin>:1: type: "lateFee.assessed" is written by the runs, not by append [rule: run-written types]"#),
        HostileInput("a run-written type: run record", line: #"{"id":"run-1","type":"run.completed","effective":"2026-04-30","run":"month-end","period":"2026-04","watermark":10,"appended":0,"documents":[]}"#, expected: #"<stdin>:1: type: "run.completed" is written by the runs, not by append [rule: run-written types]"#),
        HostileInput("an allocation to another reseller's document", line: Corpus.payment.replacing(#""method":"bankTransfer""#, #""method":"bankTransfer","allocations":[{"document":"GD-2026-000099","amount":"100.00"}]"#), expected: #"<stdin>:1: allocations[0].document: "GD-2026-000099" is not an invoice or late fee of R-ACME in groupdocs [rule: allocations name the reseller's own documents]"#),
        HostileInput("a refund larger than the unapplied credit", line: Corpus.refund.replacing("100.00", "100.01"), expected: #"<stdin>:1: amount: refund 100.01 is more than the unapplied credit of 100.00 on 2026-03-06 [rule: a refund returns unapplied credit only]"#),
        HostileInput("a licence for an unknown order", line: Corpus.licence.replacing("ORD-0", "ORD-404"), expected: #"<stdin>:1: order: unknown order "ORD-404" for R-ACME in groupdocs [rule: a licence needs its order]"#),
        HostileInput("an unknown tier", line: Corpus.tier.replacing("certified", "diamond"), expected: #"<stdin>:1: tier: "diamond" is not a tier of smartsoft (tiers: authorized, certified, privileged) [rule: known tiers]"#),
        HostileInput("an enrolment twice", line: Corpus.preamble[3].replacing("enrol-acme", "enrol-acme-2"), expected: #"<stdin>:1: reseller: "R-ACME" is already enrolled in groupdocs [rule: one enrolment per program]"#),
        HostileInput("a US enrolment without a region", line: Corpus.preamble[5].replacing("enrol-us", "enrol-us-2").replacing(#""region":"NY","#, ""), expected: #"<stdin>:1: region: is required for a US reseller (the state code, e.g. "NY")"#),
        HostileInput("terms changing the program's currency", line: Corpus.preamble[0].replacing("terms-gd", "terms-gd-2").replacing(#""USD""#, #""EUR""#), expected: #"<stdin>:1: currency: groupdocs is billed in USD; terms cannot change it to EUR [rule: a program keeps its currency]"#),
        HostileInput("a cancellation of an unknown account", line: #"{"id":"cancel-1","type":"account.cancelled","effective":"2026-04-01","reseller":"R-ACME","program":"groupdocs","account":"ACC-404"}"#, expected: #"<stdin>:1: account: unknown account "ACC-404" for R-ACME in groupdocs [rule: cancel a known account]"#),
        // RULES.md §2 GroupDocs
        HostileInput("GroupDocs order without an end customer", line: Corpus.order.replacing(#","endCustomer":{"name":"Nordwind GmbH","country":"DE"}"#, ""), expected: #"<stdin>:1: endCustomer: groupdocs requires the end customer (name and country) on every order [rule: end customer required]"#),
        HostileInput("GroupDocs licence before a first order is paid", line: Corpus.licence, expected: #"<stdin>:1: order: order ORD-0 must be paid before its licence (prepaid order, not fully paid on 2026-03-03); issue a temporary licence instead [rule: prepaid orders are licensed after payment]"#),
        HostileInput("GroupDocs US order with no tax rate for the state", line: Corpus.order.replacing("R-ACME", "R-US"), expected: #"<stdin>:1: effective: no sales-tax rate for US-NY is in force on 2026-03-10 and no exemption covers it [rule: US sales tax needs a published rate]"#),
        // RULES.md §3 Smart-Soft
        HostileInput("Smart-Soft internal line without users", line: Corpus.smartSoftOrder.replacing("software", "internal"), expected: #"<stdin>:1: lines[0].users: an internal line needs the number of users (smartsoft caps internal use) [rule: internal-use cap]"#),
        HostileInput("Smart-Soft internal use over the cap", line: Corpus.smartSoftOrder.replacing(#""software","quantity":1"#, #""internal","quantity":1,"users":31"#), expected: #"<stdin>:1: lines: internal use would reach 31 users; tier authorized allows 30 (0 already used) [rule: internal-use cap]"#),
        // The batch as a whole
        HostileInput("an id twice in one input", lines: [Corpus.order, Corpus.payment, Corpus.order], expected: #"<stdin>:3: id: "ord-1" already appears on line 1 (ids are idempotency keys: each may appear once)"#),
        HostileInput("a good line, then a refused one", lines: [Corpus.order, Corpus.payment.replacing("bankTransfer", "card")], expected: #"<stdin>:2: method: "card" is not accepted by groupdocs (accepted: bankTransfer) [rule: payment methods]"#),
        HostileInput("an order past the lines limit", line: Corpus.order.replacing(
            #"[{"sku":"GD-TOTAL","category":"license","quantity":1,"unitPrice":"1000.00"}]"#,
            "[" + Array(repeating: #"{"sku":"GD-TOTAL","category":"license","quantity":1,"unitPrice":"1000.00"}"#, count: 501).joined(separator: ",") + "]"), expected: #"<stdin>:1: lines: has 501 lines; an order may have at most 500"#),
        HostileInput("an event whose stored line would pass the line limit", line: Corpus.payment.replacing(#""method""#, #""reference":""# + String(repeating: "r", count: (1 << 20) - 300) + #"","method""#), expected: #"<stdin>:1: cannot be stored: its line would be 1048592 bytes; the limit is 1048576"#),
    ]
}

/// All the hostile inputs of the corpus.
enum HostileInputCorpus {
    static var all: [HostileInput] { syntax + values + rules }
}
