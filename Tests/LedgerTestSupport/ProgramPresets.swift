import LedgerCore
import LedgerEvents

/// The four program presets of RULES.md §6, as the JSON text shipped in
/// EventLogs/, so a test states its terms the way a vendor writes them.
///
/// Example: `.terms(.groupDocs)` is the `program.terms` line
/// `{"id":"terms-groupdocs-2026-01-01","type":"program.terms","effective":"2026-01-01","program":"groupdocs",…}`
/// decoded by the real codec: GroupDocs, 10% off, net 30, 12% interest.
public enum Preset: String, CaseIterable, Sendable {
    case byteKast = "bytekast"
    case groupDocs = "groupdocs"
    case smartSoft = "smartsoft"
    case rSupport = "rsupport"

    /// The program id.
    public var program: String { rawValue }

    /// The program's currency code.
    public var currency: String { self == .smartSoft ? "RUB" : "USD" }

    /// The payload keys of RULES.md §6, character for character.
    public var json: String {
        switch self {
        case .byteKast:
            #"""
            {"program":"bytekast","name":"ByteKast Reseller Program","currency":"USD","invoicePrefix":"BK",
             "tiers":["none","silver","gold","platinum"],
             "discounts":{"none":{"*":"0"},"silver":{"*":"20"},"gold":{"*":"33"},"platinum":{"*":"50"}},
             "paymentTerms":{"order":{"*":{"kind":"onReceipt"}},"subscription":{"*":{"kind":"endOfFollowingMonth"}}},
             "tierEvaluation":{"kind":"activeAccounts","every":"quarter","automatic":true,
                               "thresholds":{"silver":"10","gold":"16","platinum":"27"}}}
            """#
        case .groupDocs:
            #"""
            {"program":"groupdocs","name":"GroupDocs Reseller Policy","currency":"USD","invoicePrefix":"GD",
             "tiers":["reseller"],"discounts":{"reseller":{"*":"10"}},"noDiscountFor":["consulting"],
             "paymentTerms":{"order":{"*":{"kind":"netDays","days":30}}},
             "prepayment":{"firstOrders":3,"afterLatePayment":true},
             "interest":{"annualPercent":"12","dayCount":"actual/365"},
             "paymentMethods":["bankTransfer"],"salesTax":{"kind":"usResellerState"},"requireEndCustomer":true}
            """#
        case .smartSoft:
            #"""
            {"program":"smartsoft","name":"Smart-Soft Partner Program","currency":"RUB","invoicePrefix":"SS",
             "tiers":["authorized","certified","privileged"],
             "discounts":{"authorized":{"software":"25","ting":"15","depo":"15","renewal":"25","internal":"50"},
                          "certified":{"software":"30","ting":"20","depo":"20","renewal":"30","internal":"50"},
                          "privileged":{"software":"35","ting":"25","depo":"25","renewal":"35","internal":"50"}},
             "internalUseCap":{"authorized":30,"certified":50,"privileged":100},
             "paymentTerms":{"order":{"*":{"kind":"onReceipt"},"privileged":{"kind":"netDays","days":30}}},
             "tierEvaluation":{"kind":"annualSales","every":"year","automatic":false,
                               "thresholds":{"certified":"500000.00","privileged":"1000000.00"}},
             "rebate":{"every":"quarter","percent":"5","tiers":["privileged"],"requiresOpportunity":false},
             "spif":{"every":"year","tiers":["privileged"],
                     "steps":[{"minSales":"1000000.00","amount":"30000.00"},
                              {"minSales":"2500000.00","amount":"100000.00"},
                              {"minSales":"5000000.00","amount":"250000.00"}]}}
            """#
        case .rSupport:
            #"""
            {"program":"rsupport","name":"RSUPPORT Partner Program","currency":"USD","invoicePrefix":"RS",
             "tiers":["silver","gold","platinum"],
             "discounts":{"silver":{"*":"20"},"gold":{"*":"25"},"platinum":{"*":"30"}},
             "paymentTerms":{"order":{"*":{"kind":"netDays","days":30}}},
             "tierEvaluation":{"kind":"annualSales","every":"year","automatic":false,
                               "thresholds":{"gold":"250000.00","platinum":"1000000.00"}},
             "rebate":{"every":"quarter","percent":"3","tiers":["gold","platinum"],"requiresOpportunity":true}}
            """#
        }
    }
}

extension Event {
    /// A preset's `program.terms`, in force from `effective` (default 2026-01-01).
    public static func terms(_ preset: Preset, effective: String = "2026-01-01", id: String? = nil) -> Event {
        terms(json: preset.json, effective: effective, id: id ?? "terms-\(preset.program)-\(effective)")
    }

    /// Any `program.terms` payload written as JSON (for terms the presets
    /// do not cover, such as a JPY program), decoded by the real codec.
    public static func terms(json: String, effective: String = "2026-01-01", id: String) -> Event {
        let body = json.drop { $0 != "{" }.dropFirst()
        return decodeInput(#"{"id":"\#(id)","type":"program.terms","effective":"\#(effective)","# + body)
    }

    /// Decodes one input line; a builder that writes an invalid line is a bug in the test.
    public static func decodeInput(_ line: String) -> Event {
        do { return try EventCodec.decode(line: Array(line.utf8), form: .input).event } catch {
            preconditionFailure("test input does not decode: \(error)\n\(line)")
        }
    }
}
