import LedgerCore
import LedgerEvents

/// Checks of terms, enrolments, orders, licences and accounts.
extension EventCheck {
    func checkTerms(_ p: ProgramTermsPayload) throws(RuleViolation) {
        if let first = state.terms[p.program]?.first?.value, first.currency != p.currency {
            throw fail("currency", "\(p.program) is billed in \(first.currency.code); terms cannot change it to \(p.currency.code)",
                       "a program keeps its currency")
        }
        for entry in p.discounts.entries where !p.tiers.contains(entry.key) {
            throw fail("discounts.\(entry.key)", "\"\(entry.key)\" is not one of the tiers", "terms are consistent")
        }
        for table in p.discounts.entries {
            for rate in table.value.entries where rate.value.isNegative || rate.value.compare(DecimalNumber(mantissa: 100, scale: 0)) > 0 {
                throw fail("discounts.\(table.key).\(rate.key)", "\"\(rate.value)\" is not between 0 and 100", "terms are consistent")
            }
        }
        for entry in p.paymentTerms.entries where entry.key != "order" && entry.key != "subscription" {
            throw fail("paymentTerms.\(entry.key)", "must be \"order\" or \"subscription\"", "terms are consistent")
        }
    }

    func checkEnrolment(_ p: ResellerEnrolledPayload) throws(RuleViolation) {
        let terms = try termsInForce(p.program)
        if state.enrolments[EnrolmentKey(reseller: p.reseller, program: p.program)] != nil {
            throw fail("reseller", "\"\(p.reseller)\" is already enrolled in \(p.program)", "one enrolment per program")
        }
        if !terms.tiers.contains(p.tier) { throw unknownTier(p.tier, terms) }
    }

    func checkOrder(_ p: OrderPlacedPayload) throws(RuleViolation) {
        let (terms, enrolment) = try enrolled(p.reseller, p.program)
        let key = OrderKey(program: p.program, order: p.order)
        if state.orders[key] != nil || elsewhere.orders.contains(key) {
            throw fail("order", "order \"\(p.order)\" already exists in \(p.program)", "order ids are unique per program")
        }
        if terms.requireEndCustomer == true && p.endCustomer == nil {
            throw fail("endCustomer", "\(p.program) requires the end customer (name and country) on every order", "end customer required")
        }
        let tier = enrolment.tier(on: event.effective)
        var internalUsers = 0
        for (number, line) in p.lines.enumerated() {
            let path = "lines[\(number)]"
            try amount(line.unitPrice, "\(path).unitPrice", terms.currency)
            guard terms.discount(tier: tier, category: line.category) != nil else {
                // Listing what is priced tells the user which category was meant.
                let priced = terms.discounts[tier]?.keys.joined(separator: ", ") ?? ""
                throw fail("\(path).category", "\"\(line.category)\" is not priced by the terms of \(p.program) for tier \(tier)"
                           + (priced.isEmpty ? " (the terms price no category for it)" : " (priced: \(priced))"),
                           "only categories the terms price")
            }
            if line.category == "internal" {
                guard let users = line.users else {
                    if terms.internalUseCap != nil {
                        throw fail("\(path).users", "an internal line needs the number of users (\(p.program) caps internal use)",
                                   "internal-use cap")
                    }
                    continue
                }
                internalUsers += users
            }
        }
        if internalUsers > 0, let cap = terms.internalUseCap(tier: tier), enrolment.internalUsers + internalUsers > cap {
            throw fail("lines", "internal use would reach \(enrolment.internalUsers + internalUsers) users; tier \(tier) allows \(cap) (\(enrolment.internalUsers) already used)",
                       "internal-use cap")
        }
        try checkSalesTax(terms, enrolment)
    }

    func checkSalesTax(_ terms: ProgramTermsPayload, _ enrolment: EnrolmentState) throws(RuleViolation) {
        let probe = Money.zero(terms.currency)
        if Pricing.tax(subtotal: probe, terms: terms, enrolment: enrolment, on: event.effective, state: state) == nil {
            let region = enrolment.enrolment.region ?? "?"
            throw fail("effective", "no sales-tax rate for US-\(region) is in force on \(event.effective) and no exemption covers it",
                       "US sales tax needs a published rate")
        }
    }

    func checkLicence(_ p: LicenseIssuedPayload) throws(RuleViolation) {
        let (terms, enrolment) = try enrolled(p.reseller, p.program)
        guard let order = state.orders[OrderKey(program: p.program, order: p.order)], order.payload.reseller == p.reseller else {
            throw fail("order", "unknown order \"\(p.order)\" for \(p.reseller) in \(p.program)", "a licence needs its order")
        }
        if p.temporary { return }
        let due: CivilDate
        var paid = false
        if let number = order.invoiceNumber, state.invoices[number] != nil {
            let asOf = Projection.replay(history().filter { $0.effective <= event.effective })
            let invoice = asOf.invoices[number] ?? state.invoices[number]!
            due = invoice.due
            paid = invoice.open(atEndOf: event.effective).isZero && invoice.date <= event.effective
        } else {
            due = DueDates.orderDue(order: order, terms: terms, enrolment: enrolment, state: state).due
        }
        if due == order.date && !paid {
            throw fail("order", "order \(p.order) must be paid before its licence (prepaid order, not fully paid on \(event.effective)); issue a temporary licence instead",
                       "prepaid orders are licensed after payment")
        }
    }

    func checkAccountSetUp(_ p: AccountSetUpPayload) throws(RuleViolation) {
        let (terms, _) = try enrolled(p.reseller, p.program)
        try amount(p.monthlyFee, "monthlyFee", terms.currency)
        if elsewhere.accounts.contains(AccountKey(program: p.program, account: p.account))
            || state.enrolments.values.contains(where: { $0.key.program == p.program && $0.accounts[p.account] != nil }) {
            throw fail("account", "account \"\(p.account)\" already exists in \(p.program)", "account ids are unique per program")
        }
    }

    func checkCancellation(_ p: AccountCancelledPayload) throws(RuleViolation) {
        let (_, enrolment) = try enrolled(p.reseller, p.program)
        guard let account = enrolment.accounts[p.account] else {
            throw fail("account", "unknown account \"\(p.account)\" for \(p.reseller) in \(p.program)", "cancel a known account")
        }
        if let cancelled = account.cancelled {
            throw fail("account", "account \"\(p.account)\" is already cancelled effective \(cancelled)", "cancel once")
        }
        if event.effective < account.setUp {
            throw fail("effective", "\(event.effective) is before the account's set-up on \(account.setUp)", "cancel after set-up")
        }
    }
}
