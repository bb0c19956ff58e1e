import LedgerCore
import LedgerEvents
import Billing

/// The generator's orders, accounts and reviews, per program preset.
///
/// Example: a ByteKast reseller sets up 0–3 accounts in a month with a
/// setup order of 200.00 per account on the same day, and now and then
/// cancels an account set up in an earlier month, sometimes back-dated.
extension LedgerGenerator {
    mutating func accounts(for enrolment: EnrolmentState, in month: Month) -> [Event] {
        let key = enrolment.key
        var events: [Event] = []
        let count = random.int(0...3)
        if count > 0 {
            let date = day(in: month)
            for _ in 0..<count {
                accountCount[key, default: 0] += 1
                let account = "\(key.reseller)-A\(accountCount[key]!)"
                events.append(event(date, .accountSetUp(AccountSetUpPayload(reseller: key.reseller, program: key.program, account: account,
                                                                            monthlyFee: amount(5...15, step: 10)))))
            }
            events.append(order(key, date, [OrderLine(sku: "BY-SETUP", category: "setup", quantity: count, unitPrice: decimal("200.00"))]))
        }
        let active = enrolment.accounts.values.filter { $0.cancelled == nil }.sorted { $0.account < $1.account }
        if !active.isEmpty, random.chance(15) {
            // Now and then recorded late: effective on the 1st of the month
            // before, which the previous month-end already invoiced, so this
            // month-end issues a credit note.
            let account = random.pick(active)
            let backDated = month.previous.firstDay
            let date = backDating && account.setUp < backDated && random.chance(40) ? backDated : day(in: month)
            events.append(event(date, .accountCancelled(AccountCancelledPayload(reseller: key.reseller, program: key.program,
                                                                                account: account.account))))
        }
        return events
    }

    mutating func groupDocsOrders(for enrolment: EnrolmentState, index: Int, in month: Month) -> [Event] {
        let key = enrolment.key
        var events: [Event] = []
        for _ in 0..<random.int(0...2) {
            let date = day(in: month)
            let line = OrderLine(sku: "GR-LICENSE", category: "license", quantity: random.int(1...3), unitPrice: amount(3...30, step: 100))
            var placed = order(key, date, [line])
            if case .orderPlaced(var p) = placed.payload {
                p.endCustomer = EndCustomer(name: "Customer of \(p.order)", country: random.pick(["DE", "US", "JP"]))
                placed.payload = .orderPlaced(p)
                if random.chance(30) {
                    events.append(event(date, .licenseIssued(LicenseIssuedPayload(reseller: key.reseller, program: key.program,
                                                                                  order: p.order, temporary: true))))
                }
            }
            events.insert(placed, at: 0)
        }
        if enrolment.enrolment.country == "US", month.month == 3, index % 2 == 0 {
            events.append(event(month.firstDay, .taxExemption(TaxExemptionPayload(
                reseller: key.reseller, certificate: "EX-\(key.reseller)", validFrom: month.firstDay, validTo: month.firstDay.adding(months: 5)))))
        }
        if random.chance(10) {
            events.append(event(day(in: month), .creditRestored(CreditRestoredPayload(reseller: key.reseller, program: key.program, note: "reviewed"))))
        }
        return events
    }

    mutating func smartSoftOrders(for key: EnrolmentKey, in month: Month) -> [Event] {
        var events: [Event] = []
        for _ in 0..<random.int(0...2) {
            var lines: [OrderLine] = []
            for _ in 0..<random.int(1...3) {
                let category = random.pick(["software", "ting", "depo", "renewal"])
                lines.append(OrderLine(sku: "SM-\(category.uppercased())", category: category, quantity: random.int(1...4),
                                       unitPrice: amount(10...300, step: 1000)))
            }
            let users = random.int(1...3)
            if random.chance(20), internalUsers[key, default: 0] + users <= 30 {
                internalUsers[key, default: 0] += users
                lines.append(OrderLine(sku: "SM-INTERNAL", category: "internal", quantity: users, unitPrice: decimal("5000.00"), users: users))
            }
            events.append(order(key, day(in: month), lines))
        }
        return events
    }

    mutating func rsupportOrders(for key: EnrolmentKey, in month: Month) -> [Event] {
        var events: [Event] = []
        if random.chance(40) {
            let opportunity = "OPP-\(key.reseller)-\(month)"
            opportunities[key, default: []].append(opportunity)
            events.append(event(month.firstDay.adding(days: 1), .opportunityRegistered(OpportunityRegisteredPayload(
                reseller: key.reseller, program: key.program, opportunity: opportunity, customer: "Customer \(opportunity)"))))
        }
        for _ in 0..<random.int(0...2) {
            var placed = order(key, day(in: month, from: 3),
                               [OrderLine(sku: "RS-LICENSE", category: "license", quantity: random.int(1...5), unitPrice: amount(5...40, step: 100))])
            if let known = opportunities[key], !known.isEmpty, random.chance(60), case .orderPlaced(var p) = placed.payload {
                p.opportunity = random.pick(known)
                placed.payload = .orderPlaced(p)
            }
            events.append(placed)
        }
        if random.chance(5) {
            events.append(event(month.lastDay, .awardGranted(AwardGrantedPayload(reseller: key.reseller, program: key.program,
                                                                                 kind: random.pick(["bestPartner", "marketing"]),
                                                                                 amount: amount(1...10, step: 100), note: "generated"))))
        }
        return events
    }

    /// Manual reviews: Smart-Soft and RSUPPORT statuses, now and then a ByteKast level.
    mutating func reviews(for enrolment: EnrolmentState, in month: Month) -> [Event] {
        guard enrolment.key.program != "groupdocs", random.chance(8) else { return [] }
        let tiers = ["bytekast": ["silver", "gold"], "smartsoft": ["authorized", "certified", "privileged"],
                     "rsupport": ["silver", "gold", "platinum"]][enrolment.key.program]!
        return [event(month.firstDay, .tierAssigned(TierAssignedPayload(reseller: enrolment.key.reseller, program: enrolment.key.program,
                                                                        tier: random.pick(tiers), source: "review")))]
    }

    mutating func order(_ key: EnrolmentKey, _ date: CivilDate, _ lines: [OrderLine]) -> Event {
        orderCount[key, default: 0] += 1
        let id = "\(key.reseller)-O\(orderCount[key]!)"
        return event(date, .orderPlaced(OrderPlacedPayload(reseller: key.reseller, program: key.program, order: id, lines: lines)))
    }
}
