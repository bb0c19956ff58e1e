import LedgerEvents

/// The reseller a document is addressed to, as enrolled in the program.
///
/// Example: Pacific, reseller R-PACIFIC, country US, region CA →
/// `location` "CA, US"; Hansa (DE, no region) → "DE".
public struct BillTo: Sendable, Equatable {
    public let name: String
    public let reseller: String
    public let country: String
    /// The US state (or another country's region) when enrolled with one.
    public let region: String?

    public init(enrolment: ResellerEnrolledPayload) {
        name = enrolment.name
        reseller = enrolment.reseller
        country = enrolment.country
        region = enrolment.region
    }

    public var location: String { region.map { "\($0), \(country)" } ?? country }

    func write(to w: inout ObjectWriter) {
        w.string("name", name)
        w.string("reseller", reseller)
        w.string("country", country)
        w.string("region", region)
    }

    var html: String {
        """
        <div class="label">Bill to</div>
        <div class="party-name">\(HTML.escape(name))</div>
        <div>Reseller \(HTML.escape(reseller))</div>
        <div>\(HTML.escape(location))</div>
        """
    }
}
