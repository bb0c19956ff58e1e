import LedgerCore
import LedgerEvents
import Billing
import Reports
import LedgerTestSupport

/// Builds a random but valid ledger over the four presets, day by day from
/// 2026-07-01 across the year close: enrolments, orders, account set-ups
/// and cancellations (some back-dated), payments on time, late, partial,
/// over, named and back-dated, refunds within the credit, awards, reviews,
/// licences, `bill` mid-month and every month-end in month order. It checks
/// as it goes that every generated input is accepted, that repeated runs
/// append nothing and that two replays give the same balances, and lists
/// what went wrong in `problems`.
///
/// Example: `var g = ScenarioGenerator(seed: 7); g.run(inputs: 200)` leaves
/// about 200 inputs plus the runs' invoices, fees, credit notes, tiers,
/// rebates and SPIF in `g.ledger`, and `g.problems` empty.
struct ScenarioGenerator {
    var random: ScenarioRandom
    var ledger = InMemoryLedger()
    /// The events evolved in the order they were appended: close enough to
    /// choose amounts and documents from (a back-dated fact lands late), and
    /// cheap; refunds and licences, which must be exact, replay the ledger.
    var state = LedgerState()
    var day = Event.day(Cast.start)
    var month = Event.day(Cast.start).monthPeriod
    var inputs = 0
    var serial = 0
    var problems: [String] = []
    var opportunities: [String: [String]] = [:]
    /// Late enrolments still to make, in order.
    var waiting = Cast.late

    init(seed: UInt64) { random = ScenarioRandom(seed: seed) }

    mutating func run(inputs target: Int) {
        submit(Cast.opening)
        while inputs < target && problems.count < 5 {
            advance(days: random.weighted([3, 5, 2]))
            step()
        }
        advance(days: month.lastDay.days(since: day) + 1)
    }

    /// Moves the day on, running (and re-running) every month-end passed.
    mutating func advance(days: Int) {
        day = day.adding(days: days)
        while month.lastDay < day {
            monthEnd(month)
            month = month.next
        }
    }

    mutating func step() {
        switch random.weighted([26, 10, 5, 26, 4, 3, 5, 2, 3, 4, 4, 1, 1, 2]) {
        case 0: order()
        case 1: setUpAccount()
        case 2: cancelAccount()
        case 3: pay()
        case 4: refund()
        case 5: award()
        case 6: review()
        case 7: restoreCredit()
        case 8: registerOpportunity()
        case 9: licence()
        case 10: billTwice()
        case 11: submit([.taxRate("US-NY", random.pick(["8.875", "8.5", "4"]), from: day.description, id: nextId("rate"))])
        case 12: exempt()
        default: enrolLate()
        }
    }

    /// Appends inputs one batch; a refusal is a problem (the generator only makes valid inputs).
    mutating func submit(_ events: [Event]) {
        do {
            absorb(try ledger.append(inputs: events))
            inputs += events.count
        } catch {
            problems.append("refused \(error): \(events.map(\.inputLine).joined(separator: "\n"))")
        }
    }

    mutating func monthEnd(_ month: Month) {
        do {
            absorb(try ledger.runMonthEnd(month))
            let again = try ledger.runMonthEnd(month)
            absorb(again)
            if !again.isEmpty { problems.append("month-end \(month) repeated appended \(again.map(\.id))") }
        } catch {
            problems.append("month-end \(month) refused: \(error)")
        }
        let broken = ledger.state.checkInvariants()
        if !broken.isEmpty { problems.append("after month-end \(month): \(broken)") }
        let asOf = month.lastDay
        let events = ledger.events.filter { $0.effective <= asOf }
        let first = BalanceReport(state: Projection.replay(events), asOf: asOf).json()
        let second = BalanceReport(state: Projection.replay(random.shuffled(events)), asOf: asOf).json()
        if first != second { problems.append("balances as of \(asOf) differ between two replays:\n\(first)\n\(second)") }
    }

    mutating func billTwice() {
        absorb(ledger.bill(through: day))
        let again = ledger.bill(through: day)
        absorb(again)
        if !again.isEmpty { problems.append("bill through \(day) repeated appended \(again.compactMap(\.invoice).map(\.number))") }
    }

    mutating func absorb(_ stored: [Event]) {
        for event in stored { Projection.evolve(into: &state, event: event) }
    }

    mutating func nextId(_ prefix: String) -> String {
        serial += 1
        return "\(prefix)-\(serial)"
    }

    /// An amount between the bounds in minor units, written with two decimals ("123.45").
    mutating func amount(_ low: Int64, _ high: Int64) -> String {
        Money(minor: low + Int64(random.int(0...Int(high - low))), currency: .usd).description
    }

    var enrolled: [EnrolmentState] {
        state.enrolments.values.filter { $0.enrolled <= day }.sorted { $0.key < $1.key }
    }
}
