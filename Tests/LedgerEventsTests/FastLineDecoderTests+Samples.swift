import LedgerCore
import LedgerEvents
import LedgerTestSupport

/// One event of every type of the catalog with every optional field set,
/// and one with none (or the fewest the rules allow), stored as of
/// 2026-02-01 with seq 1, 2, … so they can be written as stored lines.
///
/// Example: `CatalogSamples.all` holds a `payment.received` with a
/// reference and two allocations, and one with neither.
enum CatalogSamples {
    static var all: [Event] {
        (full + minimal).enumerated().map { position, payload in
            Event(seq: position + 1, id: "sample:\(payload.type.rawValue):\(position)", recorded: FastPath.recorded,
                  effective: day("2026-02-01"), payload: payload)
        }
    }

    static let full: [EventPayload] = [
        .programTerms(ProgramTermsPayload(
            program: "groupdocs", name: "GroupDocs Reseller Policy", currency: .usd, invoicePrefix: "GD", tiers: ["reseller", "gold"],
            discounts: OrderedMap(["reseller": OrderedMap(["*": decimal("10"), "license": decimal("12.5")]), "gold": OrderedMap(["*": decimal("20")])]),
            paymentTerms: OrderedMap(["order": OrderedMap(["*": PaymentTermsSpec(kind: "netDays", days: 30), "gold": PaymentTermsSpec(kind: "onReceipt")]),
                                      "subscription": OrderedMap(["*": PaymentTermsSpec(kind: "endOfFollowingMonth")])]),
            noDiscountFor: ["consulting"], prepayment: PrepaymentSpec(firstOrders: 3, afterLatePayment: true),
            interest: InterestSpec(annualPercent: decimal("12"), dayCount: "actual/365"), paymentMethods: ["bankTransfer", "card"],
            salesTax: SalesTaxSpec(kind: "usResellerState"), requireEndCustomer: true,
            internalUseCap: OrderedMap(["reseller": 30, "gold": 0]),
            tierEvaluation: TierEvaluationSpec(kind: "annualSales", every: "year", automatic: false,
                                               thresholds: OrderedMap(["gold": decimal("100000.00")])),
            rebate: RebateSpec(every: "quarter", percent: decimal("3"), tiers: ["gold"], requiresOpportunity: true),
            spif: SpifSpec(every: "year", tiers: ["gold", "reseller"], steps: [SpifSpec.Step(minSales: decimal("1000.00"), amount: decimal("50.00")),
                                                                             SpifSpec.Step(minSales: decimal("5000.00"), amount: decimal("300.00"))]))),
        .taxRate(TaxRatePayload(jurisdiction: "US-NY", percent: decimal("8.875"))),
        .resellerEnrolled(ResellerEnrolledPayload(reseller: "R-EMPIRE", program: "groupdocs", name: "Empire Reseller Ünlimited",
                                                  country: "US", region: "NY", kind: "consulting", tier: "reseller")),
        .tierAssigned(TierAssignedPayload(reseller: "R-SS", program: "smartsoft", tier: "certified", source: "evaluation",
                                          basis: TierBasis(activeAccounts: 12, annualSales: decimal("250000.00"), asOf: day("2026-03-31")))),
        .taxExemption(TaxExemptionPayload(reseller: "R-EMPIRE", certificate: "NY-EX-1", validFrom: day("2026-01-01"), validTo: day("2026-12-31"))),
        .creditRestored(CreditRestoredPayload(reseller: "R-ACME", program: "groupdocs", note: "paid in full — thanks 🙂")),
        .opportunityRegistered(OpportunityRegisteredPayload(reseller: "R-ANDES", program: "rsupport", opportunity: "OPP-1", customer: "Andes Mining")),
        .orderPlaced(OrderPlacedPayload(reseller: "R-ACME", program: "groupdocs", order: "GD-1",
                                        lines: [OrderLine(sku: "GD-TOTAL", category: "license", quantity: 2, unitPrice: decimal("450.00")),
                                                OrderLine(sku: "TI-OWN-USE", category: "internal", quantity: 1, unitPrice: decimal("1000.00"), users: 20)],
                                        endCustomer: EndCustomer(name: "Nordwind GmbH", country: "DE", email: "it@nordwind.example"),
                                        opportunity: "OPP-1", account: "ACC-1")),
        .licenseIssued(LicenseIssuedPayload(reseller: "R-ACME", program: "groupdocs", order: "GD-1", temporary: true)),
        .accountSetUp(AccountSetUpPayload(reseller: "R-ORBIT", program: "bytekast", account: "OB-1", monthlyFee: decimal("90.00"), customer: "Orbit Ltd")),
        .accountCancelled(AccountCancelledPayload(reseller: "R-ORBIT", program: "bytekast", account: "OB-1")),
        .invoiceIssued(InvoiceIssuedPayload(
            reseller: "R-EMPIRE", program: "groupdocs", number: "GD-2026-000001", kind: "order", due: day("2026-03-01"), currency: .usd,
            lines: [InvoiceLine(ref: "GD-1", description: "GD-TOTAL", category: "license", quantity: 2, unitPrice: decimal("450.00"),
                                discountPercent: decimal("10"), net: decimal("810.00")),
                    InvoiceLine(ref: "OB-1:2026-01", description: "Monthly fee, January 2026", category: "subscription", quantity: 1,
                                unitPrice: decimal("90.00"), discountPercent: decimal("0"), net: decimal("90.00"))],
            subtotal: decimal("900.00"), taxJurisdiction: "US-NY", taxPercent: decimal("8.875"), taxExemption: "NY-EX-1",
            tax: decimal("0.00"), total: decimal("900.00"))),
        .creditNoteIssued(CreditNoteIssuedPayload(
            reseller: "R-ORBIT", program: "bytekast", number: "BK-CN-2026-000001", invoice: "BK-2026-000003", reason: "account cancelled back-dated",
            lines: [InvoiceLine(ref: "OB-2:2026-03", description: "Monthly fee, March 2026", category: "subscription", quantity: 1,
                                unitPrice: decimal("90.00"), discountPercent: decimal("20"), net: decimal("72.00"))],
            subtotal: decimal("72.00"), tax: decimal("0.00"), total: decimal("72.00"))),
        .statementIssued(StatementIssuedPayload(
            reseller: "R-ACME", program: "groupdocs", period: "2026-03", opening: decimal("0.00"), closing: decimal("902.96"),
            openItems: [StatementIssuedPayload.OpenItem(document: "GD-2026-000004", due: day("2026-03-14"), open: decimal("900.00")),
                        StatementIssuedPayload.OpenItem(document: "fee:GD-2026-000004:2026-03", due: day("2026-03-31"), open: decimal("2.96"))],
            sha256: String(repeating: "ab", count: 32))),
        .paymentReceived(PaymentReceivedPayload(
            reseller: "R-ACME", program: "groupdocs", payment: "BT-7781", amount: decimal("900.00"), currency: .usd, method: "bankTransfer",
            reference: "GD-2026-000004", allocations: [PaymentReceivedPayload.Allocation(document: "GD-2026-000004", amount: decimal("897.04")),
                                                       PaymentReceivedPayload.Allocation(document: "fee:GD-2026-000004:2026-03", amount: decimal("2.96"))])),
        .paymentRefunded(PaymentRefundedPayload(reseller: "R-ANDES", program: "rsupport", payment: "RF-1", amount: decimal("20.00"), currency: .usd)),
        .lateFeeAssessed(LateFeeAssessedPayload(reseller: "R-ACME", program: "groupdocs", invoice: "GD-2026-000004", through: day("2026-04-30"),
                                                amount: decimal("-1.25"), cumulative: decimal("3.85"))),
        .rebateCredited(RebateCreditedPayload(reseller: "R-ANDES", program: "rsupport", period: "2026-Q1", base: decimal("1000.00"),
                                              percent: decimal("3"), amount: decimal("30.00"), cumulative: decimal("30.00"), orders: ["RS-1", "RS-2"])),
        .spifAwarded(SpifAwardedPayload(reseller: "R-SS", program: "smartsoft", period: "2026", base: decimal("5000.00"),
                                        amount: decimal("300.00"), cumulative: decimal("300.00"))),
        .awardGranted(AwardGrantedPayload(reseller: "R-ACME", program: "groupdocs", kind: "bestPartner", amount: decimal("250.00"), note: "Partner of the year")),
        .runCompleted(RunCompletedPayload(run: "month-end", period: "2026-03", watermark: 9_876_543_210, appended: 12,
                                          documents: [RunCompletedPayload.Document(name: "statements/R-ACME/2026-03.html", sha256: String(repeating: "0f", count: 32))])),
    ]

    static let minimal: [EventPayload] = [
        .programTerms(ProgramTermsPayload(program: "kaizen", name: "Kaizen", currency: .jpy, invoicePrefix: "KZ", tiers: ["partner"],
                                          discounts: OrderedMap(), paymentTerms: OrderedMap(["order": OrderedMap()]))),
        .resellerEnrolled(ResellerEnrolledPayload(reseller: "R-HANSA", program: "groupdocs", name: "Hansa", country: "DE", kind: "retail", tier: "reseller")),
        .tierAssigned(TierAssignedPayload(reseller: "R-SS", program: "smartsoft", tier: "authorized", source: "review")),
        .tierAssigned(TierAssignedPayload(reseller: "R-SS", program: "smartsoft", tier: "authorized", source: "evaluation",
                                          basis: TierBasis(asOf: day("2026-06-30")))),
        .creditRestored(CreditRestoredPayload(reseller: "R-ACME", program: "groupdocs")),
        .orderPlaced(OrderPlacedPayload(reseller: "R-ACME", program: "groupdocs", order: "GD-2",
                                        lines: [OrderLine(sku: "GD", category: "license", quantity: 1, unitPrice: decimal("0.01"))],
                                        endCustomer: EndCustomer(name: "N", country: "DE"))),
        .orderPlaced(OrderPlacedPayload(reseller: "R-ACME", program: "groupdocs", order: "GD-3",
                                        lines: [OrderLine(sku: "GD", category: "license", quantity: 1, unitPrice: decimal("1"))])),
        .licenseIssued(LicenseIssuedPayload(reseller: "R-ACME", program: "groupdocs", order: "GD-1", temporary: false)),
        .accountSetUp(AccountSetUpPayload(reseller: "R-ORBIT", program: "bytekast", account: "OB-2", monthlyFee: decimal("90.00"))),
        .invoiceIssued(InvoiceIssuedPayload(
            reseller: "R-HANSA", program: "groupdocs", number: "GD-2026-000002", kind: "subscription", due: day("2026-03-01"), currency: .eur,
            lines: [InvoiceLine(ref: "GD-2", description: "GD", category: "license", quantity: 1, unitPrice: decimal("100.00"),
                                discountPercent: decimal("0"), net: decimal("100.00"))],
            subtotal: decimal("100.00"), tax: decimal("0.00"), total: decimal("100.00"))),
        .statementIssued(StatementIssuedPayload(reseller: "R-HANSA", program: "groupdocs", period: "2026-02", opening: decimal("0.00"),
                                                closing: decimal("0.00"), openItems: [], sha256: String(repeating: "cd", count: 32))),
        .paymentReceived(PaymentReceivedPayload(reseller: "R-ACME", program: "groupdocs", payment: "BT-1", amount: decimal("0.01"),
                                                currency: .usd, method: "other")),
        .paymentReceived(PaymentReceivedPayload(reseller: "R-ACME", program: "groupdocs", payment: "BT-2", amount: decimal("5"),
                                                currency: .usd, method: "card", allocations: [])),
        .rebateCredited(RebateCreditedPayload(reseller: "R-ANDES", program: "rsupport", period: "2026-Q2", base: decimal("0.00"),
                                              percent: decimal("3"), amount: decimal("-30.00"), cumulative: decimal("0.00"), orders: [])),
        .awardGranted(AwardGrantedPayload(reseller: "R-ACME", program: "groupdocs", kind: "other", amount: decimal("1.00"))),
        .runCompleted(RunCompletedPayload(run: "bill", period: "2026-03", watermark: 0, appended: 0, documents: [])),
    ]

    static func day(_ text: String) -> CivilDate { Event.day(text) }
    static func decimal(_ text: String) -> DecimalNumber { Event.decimal(text) }
}

/// Damage done to a canonical line, one kind at a time, by a seeded
/// generator: the mutation test's mutants.
///
/// Example: applied to `{"seq":1,"id":"a","type":"tax.rate",…}` it may give
/// `{"id":"a","seq":1,"type":"tax.rate",…}` (two members swapped),
/// `{"seq":1,"id":"a","id":"a",…}` (a member repeated), `{"seq":1,"i":"a",…}`
/// (a key misspelt) or the line with one byte changed.
enum Mutation {
    /// Bytes worth trying: JSON punctuation, digits, letters of literals and
    /// exponents, controls, DEL and pieces of UTF-8 (valid or not).
    static let alphabet: [UInt8] = Array(#"" \{}[]:,-+.0123456789eEtfnulrsaZT/"#.utf8)
        + [0x00, 0x09, 0x0A, 0x1F, 0x7F, 0x80, 0xA9, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFF]

    /// JSON values to put in place of a member's value.
    static let values = [
        "null", "true", "false", "0", "-1", "1.5", "1e2", "01", #""""#, #""x""#, #""2026-02-30""#, #""2026-02-28""#,
        #""-0.00""#, #""00.5""#, #""1.0000000000""#, #""99999999999999999999""#, "99999999999999999999", "[]", "{}",
        #"["a"]"#, #"{"a":1}"#, #""R-ACME""#, #""USD""#, #""JPY""#, #""bankTransfer""#, #""../etc""#, #""a b""#,
    ].map { Array($0.utf8) }

    static func apply<R: RandomNumberGenerator>(to line: [UInt8], using random: inout R) -> [UInt8] {
        var line = line
        let members = Self.members(of: line)
        let position = Int.random(in: 0..<line.count, using: &random)
        switch Int.random(in: 0..<14, using: &random) {
        case 0:
            line[position] = alphabet.randomElement(using: &random)!
        case 1:
            line[position] = UInt8.random(in: 0...255, using: &random)
        case 2:
            line.removeSubrange(position..<min(line.count, position + Int.random(in: 1...3, using: &random)))
        case 3:
            line.insert(alphabet.randomElement(using: &random)!, at: position)
        case 4:
            // Two neighbouring members of one object change places.
            let pairs = members.indices.dropLast().filter { members[$0].parent == members[$0 + 1].parent }
            guard let first = pairs.randomElement(using: &random) else { break }
            let (a, b) = (members[first].range, members[first + 1].range)
            line = Array(line[..<a.lowerBound]) + line[b] + [UInt8(ascii: ",")] + line[a] + line[b.upperBound...]
        case 5:
            // A member repeated right after itself.
            guard let member = members.randomElement(using: &random) else { break }
            line.insert(contentsOf: [UInt8(ascii: ",")] + line[member.range], at: member.range.upperBound)
        case 6:
            // A member dropped, with its comma.
            guard let member = members.randomElement(using: &random) else { break }
            let range = member.range
            if line[range.lowerBound - 1] == UInt8(ascii: ",") {
                line.removeSubrange((range.lowerBound - 1)..<range.upperBound)
            } else if range.upperBound < line.count, line[range.upperBound] == UInt8(ascii: ",") {
                line.removeSubrange(range.lowerBound..<(range.upperBound + 1))
            } else {
                line.removeSubrange(range)
            }
        case 7:
            // A letter of a key changed, dropped or added.
            guard let member = members.randomElement(using: &random) else { break }
            let keyEnd = line[(member.range.lowerBound + 1)...].firstIndex(of: UInt8(ascii: "\""))!
            let at = Int.random(in: (member.range.lowerBound + 1)...keyEnd, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0 where at < keyEnd: line[at] = UInt8.random(in: UInt8(ascii: "a")...UInt8(ascii: "z"), using: &random)
            case 1 where at < keyEnd: line.remove(at: at)
            default: line.insert(UInt8.random(in: UInt8(ascii: "a")...UInt8(ascii: "z"), using: &random), at: at)
            }
        case 8:
            // Another value for a member.
            guard let member = members.randomElement(using: &random) else { break }
            let keyEnd = line[(member.range.lowerBound + 1)...].firstIndex(of: UInt8(ascii: "\""))!
            line.replaceSubrange((keyEnd + 2)..<member.range.upperBound, with: values.randomElement(using: &random)!)
        case 9, 10:
            // A digit changed into another digit: most such lines stay valid.
            let digits = line.indices.filter { line[$0] >= UInt8(ascii: "0") && line[$0] <= UInt8(ascii: "9") }
            guard let at = digits.randomElement(using: &random) else { break }
            line[at] = UInt8.random(in: UInt8(ascii: "0")...UInt8(ascii: "9"), using: &random)
        case 11:
            // A letter or digit written as a \u escape (the same text to the parser).
            let inString = stringMask(of: line)
            let plain = line.indices.filter { inString[$0] && isAlphanumeric(line[$0]) }
            guard let at = plain.randomElement(using: &random) else { break }
            let hex = String(line[at], radix: 16)
            line.replaceSubrange(at...at, with: Array(("\\u00" + (hex.count < 2 ? "0" : "") + hex).utf8))
        case 12:
            // Whitespace after a comma or a colon.
            let inString = stringMask(of: line)
            let places = line.indices.filter { (line[$0] == UInt8(ascii: ",") || line[$0] == UInt8(ascii: ":")) && !inString[$0] }
            guard let at = places.randomElement(using: &random) else { break }
            line.insert([0x20, 0x09, 0x0A, 0x0D].randomElement(using: &random)!, at: at + 1)
        default:
            line.removeSubrange(position...)
        }
        return line
    }

    /// The members of every object of a line (where the key's quote is and
    /// where the value ends), each with a number naming its object.
    static func members(of line: [UInt8]) -> [(range: Range<Int>, parent: Int)] {
        var members: [(range: Range<Int>, parent: Int)] = []
        var open: [(isObject: Bool, id: Int, memberStart: Int?)] = []
        var objects = 0
        var inString = false
        var index = 0
        while index < line.count {
            let byte = line[index]
            if inString {
                if byte == UInt8(ascii: "\\") { index += 2; continue }
                if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                if let last = open.last, last.isObject, last.memberStart == nil { open[open.count - 1].memberStart = index }
            case UInt8(ascii: "{"):
                objects += 1
                open.append((true, objects, nil))
            case UInt8(ascii: "["):
                open.append((false, 0, nil))
            case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let last = open.last, last.isObject, let start = last.memberStart {
                    members.append((start..<index, last.id))
                    open[open.count - 1].memberStart = nil
                }
                if byte != UInt8(ascii: ","), !open.isEmpty { open.removeLast() }
            default:
                break
            }
            index += 1
        }
        return members
    }

    /// For each byte of a line, whether it is inside a string (between the
    /// quotes of a key or a value).
    static func stringMask(of line: [UInt8]) -> [Bool] {
        var mask = Array(repeating: false, count: line.count)
        var inString = false
        var index = 0
        while index < line.count {
            let byte = line[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    mask[index] = true
                    if index + 1 < line.count { mask[index + 1] = true }
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\"") { inString = false } else { mask[index] = true }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            }
            index += 1
        }
        return mask
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
