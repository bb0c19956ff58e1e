import LedgerCore
import LedgerEvents

/// How enrolments, orders and documents change the state.
extension Projection {
    static func applyEnrolment(_ p: ResellerEnrolledPayload, _ event: Event, _ state: inout LedgerState) {
        guard let currency = state.terms[p.program]?.first?.value.currency else { return }
        let key = EnrolmentKey(reseller: p.reseller, program: p.program)
        guard state.enrolments[key] == nil else { return }
        state.enrolments[key] = EnrolmentState(enrolment: p, effective: event.effective, seq: event.seq, eventId: event.id, currency: currency)
    }

    static func applyOrder(_ p: OrderPlacedPayload, _ event: Event, _ state: inout LedgerState) {
        let key = EnrolmentKey(reseller: p.reseller, program: p.program)
        // Changed in place: a copy taken out of the dictionary and stored
        // back would copy the reseller's whole order list for every order.
        guard let rank = state.enrolments.modifyValue(forKey: key, { $0.noteOrder(p) }) else { return }
        state.orders[OrderKey(program: p.program, order: p.order)] =
            OrderRecord(event: event.payload, date: event.effective, seq: event.seq, eventId: event.id, rank: rank)
    }

    static func applyInvoice(_ p: InvoiceIssuedPayload, _ event: Event, _ state: inout LedgerState) {
        let key = EnrolmentKey(reseller: p.reseller, program: p.program)
        let total = PostingRules.money(p.total, p.currency)
        let record = InvoiceRecord(event: event.payload, date: event.effective, seq: event.seq, eventId: event.id, total: total,
                                   open: total, openHistory: [(event.effective, total)])
        state.invoices[p.number] = record
        let unapplied = state.enrolments.modifyValue(forKey: key) { $0.noteInvoice(number: p.number, due: p.due, total: total) }
        for line in p.lines {
            if p.kind == "order" {
                state.orders.modifyValue(forKey: OrderKey(program: p.program, order: line.ref)) { $0.invoiceNumber = p.number }
            } else if let monthKey = serviceMonthKey(program: p.program, ref: line.ref) {
                state.serviceMonthInvoices[monthKey] = p.number
            }
        }
        if let unapplied, unapplied.isPositive { spendCredit(unapplied, key, on: event.effective, &state) }
    }

    static func applyCreditNote(_ p: CreditNoteIssuedPayload, _ event: Event, _ state: inout LedgerState) {
        let key = EnrolmentKey(reseller: p.reseller, program: p.program)
        state.creditNotes[p.number] = p
        for line in p.lines {
            if let monthKey = serviceMonthKey(program: p.program, ref: line.ref) { state.creditedServiceMonths.insert(monthKey) }
        }
        guard let currency = state.enrolments[key]?.currency else { return }
        let amount = PostingRules.money(p.total, currency)
        allocate(amount, key: key, on: event.effective, source: p.number,
                 named: [(p.invoice, amount)], &state)
    }

    static func applyLateFee(_ p: LateFeeAssessedPayload, _ event: Event, _ state: inout LedgerState) {
        let key = EnrolmentKey(reseller: p.reseller, program: p.program)
        guard let (amount, unapplied) = state.enrolments.modifyValue(forKey: key, { $0.noteLateFee(id: event.id, invoice: p.invoice, amount: p.amount) }) else { return }
        if amount.isPositive {
            state.lateFees[event.id] = LateFeeRecord(eventId: event.id, invoice: p.invoice, date: event.effective, amount: amount, open: amount)
            if unapplied.isPositive { spendCredit(unapplied, key, on: event.effective, &state) }
        } else if amount.isNegative {
            reduceLateFees(of: p.invoice, by: -amount, key: key, event, &state)
        }
    }

    /// A negative assessment first reduces the open fees of the same
    /// invoice, oldest first; the rest is a credit (RULES.md §0b.8).
    static func reduceLateFees(of invoice: String, by amount: Money, key: EnrolmentKey, _ event: Event, _ state: inout LedgerState) {
        var remaining = amount
        // The open fees in order are the fees in order that are open.
        for id in state.enrolments[key]?.openLateFeeIds ?? [] where remaining.isPositive {
            guard let open = state.lateFees[id].flatMap({ $0.invoice == invoice ? $0.open : nil }), open.isPositive else { continue }
            let applied = Money.min(open, remaining)
            state.lateFees[id]!.open -= applied
            state.lateFees[id]!.allocations.append(AllocationRecord(date: event.effective, source: event.id, amount: applied))
            if open <= applied { state.enrolments[key]?.openLateFeeIds.removeAll { $0 == id } }
            remaining -= applied
        }
        if remaining.isPositive { allocate(remaining, key: key, on: event.effective, source: event.id, named: [], &state) }
    }

    static func applyPayment(_ p: PaymentReceivedPayload, _ event: Event, _ state: inout LedgerState) {
        let key = EnrolmentKey(reseller: p.reseller, program: p.program)
        let amount = PostingRules.money(p.amount, p.currency)
        let record = PaymentRecord(eventId: event.id, payment: p.payment, date: event.effective, amount: amount, reference: p.reference)
        state.enrolments.modifyValue(forKey: key) { $0.payments.append(record) }
        let named = (p.allocations ?? []).map { ($0.document, PostingRules.money($0.amount, p.currency)) }
        allocate(amount, key: key, on: event.effective, source: p.payment, named: named, &state)
    }

    static func applyCredit(key: EnrolmentKey, amount decimal: DecimalNumber, _ event: Event, _ state: inout LedgerState) {
        guard let currency = state.enrolments[key]?.currency else { return }
        let amount = PostingRules.money(decimal, currency)
        if amount.isPositive {
            allocate(amount, key: key, on: event.effective, source: event.id, named: [], &state)
        } else {
            // A downward adjustment takes back credit; it is owed without a document.
            state.enrolments[key]?.unapplied += amount
        }
    }

    static func updateCumulative(_ path: WritableKeyPath<EnrolmentState, [String: Money]>, _ period: String,
                                 _ amount: DecimalNumber, _ key: EnrolmentKey, _ state: inout LedgerState) {
        guard let currency = state.enrolments[key]?.currency else { return }
        state.enrolments[key]?[keyPath: path][period, default: .zero(currency)] += PostingRules.money(amount, currency)
    }

    static func serviceMonthKey(program: String, ref: String) -> ServiceMonthKey? {
        // An ASCII ref (every ref the runs write: ids are ASCII) is split
        // at its last colon byte, which is its last ":" character; searching
        // `Character`s cost more than the rest of applying an invoice line.
        var bytes = ref
        if let split = bytes.withUTF8({ asciiServiceMonth($0) }) {
            guard let (account, month) = split else { return nil }
            return ServiceMonthKey(program: program, account: account, month: month)
        }
        guard let colon = ref.lastIndex(of: ":"), let month = Month(parsing: String(ref[ref.index(after: colon)...])) else { return nil }
        return ServiceMonthKey(program: program, account: String(ref[..<colon]), month: month)
    }

    /// For ASCII bytes: the part before the last `:` and `Month(parsing:)`
    /// of the part after it (nil inside when there is no colon or no
    /// month); nil when the bytes are not ASCII.
    static func asciiServiceMonth(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, Month)?? {
        var colon: Int?
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            if byte == 0x3A { colon = index }
        }
        guard let colon, let month = asciiMonth(UnsafeBufferPointer(rebasing: bytes[(colon + 1)...])) else { return .some(nil) }
        return .some((String(decoding: UnsafeBufferPointer(rebasing: bytes[..<colon]), as: UTF8.self), month))
    }

    /// `Month(parsing:)` of ASCII bytes, without making a String and an
    /// array of them first: exactly `YYYY-MM`, digits, a real month.
    static func asciiMonth(_ bytes: UnsafeBufferPointer<UInt8>) -> Month? {
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
        var year = 0, month = 0
        for offset in 0..<7 where offset != 4 {
            let byte = bytes[offset]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            if offset < 4 { year = year * 10 + Int(byte - 0x30) } else { month = month * 10 + Int(byte - 0x30) }
        }
        return Month(year: year, month: month)
    }
}
