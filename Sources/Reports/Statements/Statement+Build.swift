import LedgerCore
import LedgerEvents
import Billing

/// Building the month's statements from the events and their replay.
///
/// Example: public sample through month-end 2026-03 → statements for
/// R-ALTAI smartsoft, R-ANDES rsupport, R-HANSA groupdocs, R-ORBIT bytekast
/// and R-PACIFIC groupdocs (each had a money movement in March or has open
/// items on 31 March), in that order.
extension Statement {
    /// One statement per enrolment that had a money movement in `month`, has
    /// open items at its end, or holds a balance (a reseller holding credit
    /// is told so every month), sorted by reseller then program.
    /// `events` are the ledger's events effective on or before the month's
    /// last day (including the month-end's own new documents); `state` is
    /// their replay, which gives the closing balances and the open items.
    public static func statements(events: [Event], state: LedgerState, month: Month) -> [Statement] {
        // Only the month's own events are needed: the closing balance is the
        // replayed receivable, and the opening is what it was before them.
        // So a month-end does not re-read years of history per statement.
        var inMonth: [EnrolmentKey: [Event]] = [:]
        for event in events where month.contains(event.effective) {
            guard let reseller = event.payload.reseller, let program = event.payload.program else { continue }
            inMonth[EnrolmentKey(reseller: reseller, program: program), default: []].append(event)
        }
        return state.enrolments.keys.sorted().compactMap { key in
            guard let enrolment = state.enrolments[key] else { return nil }
            let statement = Statement(enrolment: enrolment, month: month,
                                      events: (inMonth[key] ?? []).sorted(by: Projection.replayOrder), state: state)
            let quiet = statement.movements.isEmpty && statement.openItems.isEmpty && statement.closing.isZero
            return quiet ? nil : statement
        }
    }

    /// The event's posting to the enrolment's receivable account (the same
    /// postings the balances and the journal export use), or nil.
    static func receivableChange(_ event: Event, reseller: String, program: String, _ state: LedgerState) -> Money? {
        let account = BookAccount.receivable(EnrolmentKey(reseller: reseller, program: program))
        return PostingRules.entries(for: event, in: state).first { $0.account == account }?.amount
    }

    /// `events` are the enrolment's events of the month in replay order.
    init(enrolment: EnrolmentState, month: Month, events: [Event], state: LedgerState) {
        let key = enrolment.key
        var changes: [(event: Event, amount: Money, described: StatementMovement.Described)] = []
        for event in events {
            guard let change = Self.receivableChange(event, reseller: key.reseller, program: key.program, state),
                  let described = StatementMovement.describe(event, currency: enrolment.currency) else { continue }
            changes.append((event, change, described))
        }
        let closing = enrolment.receivable
        let opening = changes.reduce(closing) { $0 - $1.amount }
        var balance = opening
        let movements = changes.map { change in
            balance += change.amount
            return StatementMovement(date: change.event.effective, kind: change.described.kind, document: change.described.document,
                                     description: change.described.description, amount: change.amount, balance: balance)
        }
        let openItems = Self.openItems(key, asOf: month.lastDay, state)
        var aging = AgingSummary(currency: enrolment.currency)
        for item in openItems { aging.add(item.open, to: item.bucket) }
        self.init(reseller: key.reseller, program: key.program, month: month,
                  programName: state.terms(key.program, on: month.lastDay)?.name ?? key.program,
                  billTo: BillTo(enrolment: enrolment.enrolment), currency: enrolment.currency, opening: opening,
                  movements: movements, closing: closing, openItems: openItems, aging: aging,
                  unappliedCredit: enrolment.unapplied)
    }

    static func openItems(_ key: EnrolmentKey, asOf: CivilDate, _ state: LedgerState) -> [StatementOpenItem] {
        let invoices = state.openInvoices(of: key).map { invoice in
            item(invoice.number, .invoice, StatementMovement.openItemDescription(kind: invoice.payload.kind, refs: invoice.payload.lines.map(\.ref)),
                 date: invoice.date, due: invoice.due, open: invoice.open, asOf: asOf)
        }
        let fees = state.openLateFees(of: key).map { fee in
            item(fee.eventId, .lateFee, "Late interest on \(fee.invoice)",
                 date: fee.date, due: fee.date, open: fee.open, asOf: asOf)
        }
        return (invoices + fees).sorted { ($0.due, $0.date, $0.document) < ($1.due, $1.date, $1.document) }
    }

    static func item(_ document: String, _ kind: StatementOpenItem.Kind, _ description: String, date: CivilDate, due: CivilDate,
                     open: Money, asOf: CivilDate) -> StatementOpenItem {
        let days = Aging.daysPastDue(due: due, asOf: asOf)
        return StatementOpenItem(document: document, kind: kind, description: description, date: date, due: due, open: open,
                                 daysPastDue: days, bucket: AgingBucket(daysPastDue: days))
    }
}
