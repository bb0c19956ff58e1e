import LedgerCore
import LedgerEvents
import Billing
import LedgerTestSupport

/// The non-money facts the generator makes, each valid on the current day.
///
/// Example: a Smart-Soft order of an authorized partner that has used 25
/// of its 30 internal-use users gets at most 5 more on an internal line.
extension ScenarioGenerator {
    mutating func order() {
        guard !enrolled.isEmpty else { return }
        let enrolment = random.pick(enrolled)
        let key = enrolment.key
        // Now and then an order recorded a few days late, never before the enrolment.
        let date = random.chance(15) ? max(enrolment.enrolled, day.adding(days: -random.int(1...6))) : day
        var lines: [OrderLine] = []
        for _ in 0..<random.weighted([0, 5, 3, 2]) { lines.append(line(key.program)) }
        if key.program == "smartsoft", let ownUse = internalLine(enrolment, on: date) { lines.append(ownUse) }
        let opportunity = key.program == "rsupport" && random.chance(60) ? opportunities[key.reseller].map { random.pick($0) } : nil
        submit([.order(nextId("O"), by: key.reseller, in: key.program, on: date.description, lines: lines,
                       endCustomer: key.program == "groupdocs" ? .defaultCustomer : nil, opportunity: opportunity,
                       id: nextId("order"))])
    }

    mutating func line(_ program: String) -> OrderLine {
        let quantity = random.int(1...4)
        switch program {
        case "bytekast": return .line("BY-SETUP", "setup", quantity: quantity, unitPrice: amount(5_000, 30_000))
        case "groupdocs": return .line("GD-TOTAL", random.pick(["license", "support"]), quantity: quantity, unitPrice: amount(5_000, 200_000))
        case "smartsoft": return .line("SS-ITEM", random.pick(["software", "ting", "depo", "renewal"]), quantity: quantity,
                                       unitPrice: amount(100_000, 40_000_000))
        default: return .line("RS-REMOTE", "license", quantity: quantity, unitPrice: amount(10_000, 500_000))
        }
    }

    /// An internal-use line within what the tier on `date` still allows, sometimes.
    mutating func internalLine(_ enrolment: EnrolmentState, on date: CivilDate) -> OrderLine? {
        guard random.chance(30), let terms = state.terms("smartsoft", on: date),
              let cap = terms.internalUseCap(tier: enrolment.tier(on: date)), cap > enrolment.internalUsers else { return nil }
        let users = random.int(1...min(10, cap - enrolment.internalUsers))
        return .line("TI-OWN-USE", "internal", unitPrice: amount(10_000, 500_000), users: users)
    }

    mutating func setUpAccount() {
        let candidates = enrolled.filter { $0.key.program == "bytekast" }
        guard !candidates.isEmpty else { return }
        let enrolment = random.pick(candidates)
        let count = random.weighted([0, 6, 2, 1, 1])
        submit((0..<count).map { _ in
            Event.setUp(nextId("A"), by: enrolment.key.reseller, on: day.description, fee: amount(5_000, 15_000), id: nextId("setup"))
        })
    }

    /// Cancels an active account, now or back-dated into the month (a late-known cancellation: credit notes).
    mutating func cancelAccount() {
        let accounts = enrolled.filter { $0.key.program == "bytekast" }.flatMap { enrolment in
            enrolment.accounts.values.filter { $0.cancelled == nil }.map { (enrolment.key.reseller, $0) }
        }.sorted { $0.1.account < $1.1.account }
        guard !accounts.isEmpty else { return }
        let (reseller, account) = random.pick(accounts)
        let date = random.chance(40) ? max(account.setUp, day.adding(days: -random.int(1...75))) : day
        submit([.cancel(account.account, by: reseller, on: date.description, id: nextId("cancel"))])
    }

    /// A review now, recorded late (back-dated: the next close settles
    /// rebates again, possibly downwards), or for ByteKast on the next
    /// quarter's first day, where it wins over the evaluation.
    mutating func review() {
        guard !enrolled.isEmpty else { return }
        let enrolment = random.pick(enrolled)
        let key = enrolment.key
        guard let terms = state.terms(key.program, on: day) else { return }
        let next = Quarter(containing: day).next.firstDay
        let backDated = max(enrolment.enrolled, day.adding(days: -random.int(1...100)))
        let date = key.program == "bytekast" && random.chance(50) ? next : random.chance(40) ? backDated : day
        submit([.review(key.reseller, in: key.program, tier: random.pick(terms.tiers), on: date.description, id: nextId("review"))])
    }

    mutating func restoreCredit() {
        let candidates = enrolled.filter { $0.key.program == "groupdocs" }
        guard !candidates.isEmpty else { return }
        submit([.creditRestored(random.pick(candidates).key.reseller, in: "groupdocs", on: day.description, id: nextId("restore"))])
    }

    mutating func registerOpportunity() {
        let candidates = enrolled.filter { $0.key.program == "rsupport" }
        guard !candidates.isEmpty else { return }
        let reseller = random.pick(candidates).key.reseller
        let opportunity = nextId("OPP")
        opportunities[reseller, default: []].append(opportunity)
        submit([.opportunity(opportunity, by: reseller, in: "rsupport", on: day.description, id: nextId("opportunity"))])
    }

    /// A licence for a GroupDocs order: a full one when its invoice is paid
    /// or not prepaid, else a temporary one.
    mutating func licence() {
        let state = ledger.state
        let orders = state.orders.values.filter { $0.payload.program == "groupdocs" && $0.date <= day }.sorted { $0.seq < $1.seq }
        guard !orders.isEmpty else { return }
        let order = random.pick(orders)
        var full = false
        if let number = order.invoiceNumber, let invoice = state.invoices[number] {
            full = invoice.due != order.date || (invoice.open(atEndOf: day).isZero && invoice.date <= day)
        }
        submit([.licence(for: order.payload.order, by: order.payload.reseller, in: "groupdocs", on: day.description,
                         temporary: !full, id: nextId("licence"))])
    }

    mutating func exempt() {
        submit([.exemption("R-GD3", certificate: nextId("NY-EX"), validFrom: day.adding(days: -10).description,
                           validTo: day.adding(days: random.int(10...60)).description, registered: day.description,
                           id: nextId("exemption"))])
    }

    mutating func enrolLate() {
        guard !waiting.isEmpty else { return }
        let late = waiting.removeFirst()
        submit([.enrol(late.reseller, in: late.program, tier: late.tier, on: day.description, country: late.country)])
    }
}
