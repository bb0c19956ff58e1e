import LedgerCore
import LedgerEvents
import Billing

/// A seeded generator of valid facts over the four presets of RULES.md §6:
/// enrolments, account set-ups and cancellations, orders (with end
/// customers, opportunities, internal lines, temporary licences), tier
/// reviews, an exemption, credit restores, awards, payments (on time, late,
/// partial, over-paid with named allocations and references, some
/// back-dated), back-dated cancellations, and refunds of unapplied credit.
///
/// The facts of a month are drawn from the ledger's state after the
/// previous month-end (what is open, what is unapplied, which accounts are
/// active), so each is valid by construction: it passes the append checks
/// (`AppendValidator`) without being run through them. That is what lets
/// `rledger generate` write millions of events without replaying the
/// ledger for every batch; the tests check the claim on small ledgers.
/// The month-end runs (invoices, credit notes, interest, rebates) are not
/// drawn here: the caller runs the real deciders after each month's facts.
///
/// Example: `LedgerGenerator(seed: 42)` gives the same events on every
/// machine: 16 resellers per program, each month's facts from
/// `facts(in:state:)`; `resellersPerProgram: 2, months: 3` gives a small one.
public struct LedgerGenerator {
    /// Resellers per program, in the order of `programs`.
    public let resellerCounts: [Int]
    public let months: Int
    /// Whether some cancellations and payments are recorded late, dated in
    /// a month already closed (credit notes and interest true-ups follow).
    public let backDating: Bool
    var random: SplitMix64
    var nextId = 0
    var orderCount: [EnrolmentKey: Int] = [:]
    var accountCount: [EnrolmentKey: Int] = [:]
    var internalUsers: [EnrolmentKey: Int] = [:]
    var opportunities: [EnrolmentKey: [String]] = [:]
    /// Digits of the reseller number in ids (`R-BY07`, `R-BY0007`).
    let idDigits: Int

    public static let programs = ["bytekast", "groupdocs", "smartsoft", "rsupport"]
    public static let start = Month(year: 2026, month: 1)!

    public init(seed: UInt64, resellersPerProgram: Int = 16, months: Int = 12, backDating: Bool = true) {
        self.init(seed: seed, resellerCounts: Array(repeating: resellersPerProgram, count: Self.programs.count),
                  months: months, backDating: backDating)
    }

    /// `resellers` in all, spread evenly over the four programs (the first
    /// programs take the remainder).
    public init(seed: UInt64, resellers: Int, months: Int, backDating: Bool = true) {
        let count = Self.programs.count
        let counts = (0..<count).map { resellers / count + ($0 < resellers % count ? 1 : 0) }
        self.init(seed: seed, resellerCounts: counts, months: months, backDating: backDating)
    }

    init(seed: UInt64, resellerCounts: [Int], months: Int, backDating: Bool) {
        random = SplitMix64(seed: seed)
        self.backDating = backDating
        self.resellerCounts = resellerCounts
        self.months = months
        idDigits = max(2, String(resellerCounts.max() ?? 0).count)
    }

    /// The program terms and tax rates every generated ledger opens with,
    /// effective 2026-01-01.
    public static func programFacts() -> [Event] {
        GeneratedPrograms.lines.map { line in
            // The lines are constants of this file; one that does not decode is a bug here.
            try! EventCodec.decode(line: Array(line.utf8), form: .input).event
        }
    }

    /// New York's sales tax, the one fact drawn before the first month.
    public mutating func openingTaxRate() -> Event {
        event(Self.start.firstDay, .taxRate(TaxRatePayload(jurisdiction: "US-NY", percent: decimal("8.875"))))
    }

    /// The facts of one month for every reseller, in date order (stable, so
    /// a licence stays after its order of the same day); `state` is the
    /// ledger after the previous month-end.
    public mutating func facts(in month: Month, state: LedgerState) -> [Event] {
        var batch: [Event] = []
        for (program, count) in zip(Self.programs, resellerCounts) where count > 0 {
            for index in 1...count {
                batch += facts(for: key(program, index), index: index, in: month, state: state)
            }
        }
        let ordered = batch.enumerated().sorted { ($0.element.effective, $0.offset) < ($1.element.effective, $1.offset) }
        return ordered.map(\.element)
    }

    func key(_ program: String, _ index: Int) -> EnrolmentKey {
        let number = String(index)
        let padding = String(repeating: "0", count: max(0, idDigits - number.count))
        return EnrolmentKey(reseller: "R-\(program.prefix(2).uppercased())\(padding)\(number)", program: program)
    }

    /// One enrolment's facts for one month; `state` is the ledger after the previous month-end.
    mutating func facts(for key: EnrolmentKey, index: Int, in month: Month, state: LedgerState) -> [Event] {
        guard let enrolment = state.enrolments[key] else {
            return enrolledMonth(index) == month ? [enrol(key, index: index, on: month.firstDay)] : []
        }
        var events = money(for: enrolment, in: month, state: state)
        events += reviews(for: enrolment, in: month)
        switch key.program {
        case "bytekast": events += accounts(for: enrolment, in: month)
        case "groupdocs": events += groupDocsOrders(for: enrolment, index: index, in: month)
        case "smartsoft": events += smartSoftOrders(for: key, in: month)
        default: events += rsupportOrders(for: key, in: month)
        }
        return events
    }

    /// Most enrolments start in January; every fifth one a few months later.
    func enrolledMonth(_ index: Int) -> Month {
        var month = Self.start
        if index % 5 == 0 { for _ in 0..<(index % 4 + 1) { month = month.next } }
        return month
    }

    mutating func enrol(_ key: EnrolmentKey, index: Int, on date: CivilDate) -> Event {
        let tiers = ["bytekast": ["none", "silver", "gold"], "groupdocs": ["reseller"],
                     "smartsoft": ["authorized", "certified", "privileged"], "rsupport": ["silver", "gold", "platinum"]][key.program]!
        let american = key.program == "groupdocs" && index % 3 == 0
        let payload = ResellerEnrolledPayload(
            reseller: key.reseller, program: key.program, name: "Reseller \(key.reseller)",
            country: american ? "US" : random.pick(["DE", "NL", "RU", "CL", "FR"]), region: american ? random.pick(["NY", "CA"]) : nil,
            kind: key.program == "groupdocs" && index % 7 == 0 ? "consulting" : "retail", tier: random.pick(tiers))
        return event(date, .resellerEnrolled(payload))
    }

    mutating func event(_ date: CivilDate, _ payload: EventPayload) -> Event {
        nextId += 1
        return Event(id: "gen-\(nextId)", effective: date, payload: payload)
    }

    mutating func day(in month: Month, from first: Int = 2) -> CivilDate {
        CivilDate(year: month.year, month: month.month, day: random.int(first...28))!
    }

    mutating func amount(_ range: ClosedRange<Int>, step: Int = 1) -> DecimalNumber {
        DecimalNumber(mantissa: Int64(random.int(range) * step) * 100, scale: 2)
    }

    func decimal(_ text: String) -> DecimalNumber { try! DecimalNumber(parsing: text) }
}
