import LedgerCore
import LedgerEvents
import LedgerTestSupport

/// The resellers of the property test: two or three in each preset program
/// from the first day, and one more per program enrolled later.
///
/// Example: R-GD3 is a GroupDocs reseller in New York, so its orders carry
/// US-NY sales tax unless an exemption covers them.
enum Cast {
    static let start = "2026-07-01"

    static let opening: [Event] = Preset.allCases.map { Event.terms($0) } + [
        .taxRate("US-NY", "8.875", from: "2026-01-01"),
        .enrol("R-BK1", in: "bytekast", tier: "silver", on: start),
        .enrol("R-BK2", in: "bytekast", tier: "none", on: start, country: "NL"),
        .enrol("R-GD1", in: "groupdocs", tier: "reseller", on: start),
        .enrol("R-GD2", in: "groupdocs", tier: "reseller", on: start, country: "FR", kind: "consulting"),
        .enrol("R-GD3", in: "groupdocs", tier: "reseller", on: start, country: "US", region: "NY"),
        .enrol("R-SS1", in: "smartsoft", tier: "privileged", on: start, country: "RU"),
        .enrol("R-SS2", in: "smartsoft", tier: "authorized", on: start, country: "RU"),
        .enrol("R-RS1", in: "rsupport", tier: "gold", on: start, country: "KR"),
        .enrol("R-RS2", in: "rsupport", tier: "silver", on: start, country: "CL"),
    ]

    struct Late { let reseller: String, program: String, tier: String, country: String }

    static let late: [Late] = [
        Late(reseller: "R-BK9", program: "bytekast", tier: "gold", country: "DE"),
        Late(reseller: "R-GD9", program: "groupdocs", tier: "reseller", country: "IT"),
        Late(reseller: "R-SS9", program: "smartsoft", tier: "certified", country: "KZ"),
        Late(reseller: "R-RS9", program: "rsupport", tier: "platinum", country: "JP"),
    ]
}
