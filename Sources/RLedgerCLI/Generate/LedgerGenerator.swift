import LedgerCore
import LedgerEvents
import Billing

/// A seeded generator of valid facts over the four presets of RULES.md §6:
/// enrolments, account set-ups and cancellations, orders (with end
/// customers, opportunities, internal lines, temporary licences), tier
/// reviews, an exemption, credit restores, awards, payments (on time, late,
/// partial, over-paid with named allocations and references, some
/// back-dated), back-dated cancellations, and refunds of
/// unapplied credit, appended month by month through `InMemoryLedger` (so
/// every fact passes the append checks), each month closed by month-end.
///
/// Example: `try LedgerGenerator(seed: 42).ledger()` gives the same few
/// thousand events on every machine; `resellersPerProgram: 2, months: 3`
/// gives a small one.
public struct LedgerGenerator {
    public let resellersPerProgram: Int
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

    public static let programs = ["bytekast", "groupdocs", "smartsoft", "rsupport"]
    public static let start = Month(year: 2026, month: 1)!

    public init(seed: UInt64, resellersPerProgram: Int = 16, months: Int = 12, backDating: Bool = true) {
        random = SplitMix64(seed: seed)
        self.backDating = backDating
        self.resellersPerProgram = resellersPerProgram
        self.months = months
    }

    public mutating func ledger() throws -> InMemoryLedger {
        var ledger = InMemoryLedger()
        var month = Self.start
        ledger.now = Instant.endOfDay(month.firstDay)
        try ledger.append(lines: Fixtures.lines("2026-01", "programs"))
        try ledger.append([event(month.firstDay, .taxRate(TaxRatePayload(jurisdiction: "US-NY", percent: decimal("8.875"))))])
        for _ in 0..<months {
            let state = ledger.state
            var batch: [Event] = []
            for program in Self.programs {
                for index in 1...resellersPerProgram {
                    batch += facts(for: key(program, index), in: month, state: state)
                }
            }
            ledger.now = Instant.endOfDay(month.lastDay.adding(days: 1))
            // Stable by date: a licence stays after its order of the same day.
            let ordered = batch.enumerated().sorted { ($0.element.effective, $0.offset) < ($1.element.effective, $1.offset) }
            try ledger.append(ordered.map(\.element))
            ledger.monthEnd(month)
            month = month.next
        }
        return ledger
    }

    func key(_ program: String, _ index: Int) -> EnrolmentKey {
        EnrolmentKey(reseller: "R-\(program.prefix(2).uppercased())\(index < 10 ? "0" : "")\(index)", program: program)
    }

    /// One enrolment's facts for one month; `state` is the ledger after the previous month-end.
    mutating func facts(for key: EnrolmentKey, in month: Month, state: LedgerState) -> [Event] {
        guard let enrolment = state.enrolments[key] else {
            return enrolledMonth(key) == month ? [enrol(key, on: month.firstDay)] : []
        }
        var events = money(for: enrolment, in: month, state: state)
        events += reviews(for: enrolment, in: month)
        switch key.program {
        case "bytekast": events += accounts(for: enrolment, in: month)
        case "groupdocs": events += groupDocsOrders(for: enrolment, in: month)
        case "smartsoft": events += smartSoftOrders(for: key, in: month)
        default: events += rsupportOrders(for: key, in: month)
        }
        return events
    }

    /// Most enrolments start in January; every fifth one a few months later.
    func enrolledMonth(_ key: EnrolmentKey) -> Month {
        let index = Int(key.reseller.suffix(2))!
        var month = Self.start
        if index % 5 == 0 { for _ in 0..<(index % 4 + 1) { month = month.next } }
        return month
    }

    mutating func enrol(_ key: EnrolmentKey, on date: CivilDate) -> Event {
        let index = Int(key.reseller.suffix(2))!
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
