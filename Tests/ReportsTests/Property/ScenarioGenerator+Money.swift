import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// The money the generator moves: payments of every shape, refunds within
/// the credit, awards.
///
/// Example: an "over" payment of a reseller owing 900.00 pays 900.00 plus
/// up to 200.00 more, which stays as unapplied credit for later invoices.
extension ScenarioGenerator {
    enum PaymentShape: CaseIterable { case oldest, partial, over, random, named, backDated }

    mutating func pay() {
        let candidates = enrolled
        guard !candidates.isEmpty else { return }
        // Mostly resellers that owe something.
        let owing = candidates.filter { !state.openInvoices(of: $0.key).isEmpty || !state.openLateFees(of: $0.key).isEmpty }
        let enrolment = !owing.isEmpty && random.chance(85) ? random.pick(owing) : random.pick(candidates)
        let key = enrolment.key
        let invoices = state.openInvoices(of: key).sorted { ($0.due, $0.number) < ($1.due, $1.number) }
        let fees = state.openLateFees(of: key).sorted { ($0.date, $0.eventId) < ($1.date, $1.eventId) }
        let owed = invoices.reduce(Int64(0)) { $0 + $1.open.minor } + fees.reduce(Int64(0)) { $0 + $1.open.minor }
        let oldest = invoices.first?.open.minor ?? fees.first?.open.minor ?? 0
        var date = day
        var allocations: [(document: String, amount: String)]?
        var minor: Int64
        switch PaymentShape.allCases[random.weighted([30, 20, 15, 10, 15, 10])] {
        case .oldest: minor = oldest
        case .partial: minor = oldest / Int64(random.int(2...5))
        case .over: minor = owed + Int64(random.int(1...20_000))
        case .random: minor = Int64(random.int(100...100_000))
        case .named:
            let documents = invoices.map { ($0.number, $0.open.minor) } + fees.map { ($0.eventId, $0.open.minor) }
            let named = random.shuffled(documents).prefix(random.int(1...2))
            allocations = named.map { (document: $0.0, amount: money($0.1 / Int64(random.int(1...2)), key)) }
            minor = named.reduce(Int64(0)) { $0 + $1.1 } + Int64(random.int(0...5_000))
        case .backDated:
            // Recorded late: effective up to 25 days ago (interest true-ups).
            date = max(enrolment.enrolled, day.adding(days: -random.int(1...25)))
            minor = oldest
        }
        if let named = allocations, named.contains(where: { $0.amount == "0.00" }) { allocations = nil }
        if minor <= 0 { minor = Int64(random.int(100...50_000)) }
        let method = key.program == "groupdocs" ? "bankTransfer" : random.pick(PaymentReceivedPayload.methods)
        submit([.pay(money(minor, key), by: key.reseller, in: key.program, on: date.description, payment: nextId("P"),
                     method: method, allocations: allocations, id: nextId("payment"))])
    }

    /// Refunds part or all of the credit the reseller holds on the current day.
    mutating func refund() {
        // Every money fact is dated on or before `day` (only reviews may be
        // dated later), so the replayed ledger is the ledger as of `day`.
        let state = ledger.state
        let holders = enrolled.filter { (state.enrolments[$0.key]?.unapplied.minor ?? 0) > 0 }
        guard !holders.isEmpty else { return }
        let key = random.pick(holders).key
        let credit = state.enrolments[key]!.unapplied.minor
        let minor = random.chance(40) ? credit : Int64(random.int(1...Int(credit)))
        submit([.refund(money(minor, key), by: key.reseller, in: key.program, on: day.description, payment: nextId("R"),
                        id: nextId("refund"))])
    }

    mutating func award() {
        guard !enrolled.isEmpty else { return }
        let key = random.pick(enrolled).key
        submit([.award(amount(1_000, 50_000), to: key.reseller, in: key.program, on: day.description,
                       kind: random.pick(AwardGrantedPayload.kinds), id: nextId("award"))])
    }

    /// Minor units as the program's decimal ("900.00"); every preset currency has two digits.
    func money(_ minor: Int64, _ key: EnrolmentKey) -> String {
        Money(minor: minor, currency: Preset(rawValue: key.program).map { Currency(code: $0.currency)! } ?? .usd).description
    }
}
