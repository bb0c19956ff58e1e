import LedgerCore
import LedgerEvents

/// A tier assignment of one reseller in one program.
/// Example: gold from 2026-04-01, source evaluation, basis 16 active accounts on 2026-03-31.
public struct TierRecord: Sendable {
    public let tier: String
    public let source: String
    public let basis: TierBasis?
    public let eventId: String
}

/// A subscription account and the days it is active.
/// Example: set up 2026-02-01, cancelled effective 2026-04-01 → charged for
/// February and March only.
public struct AccountRecord: Sendable {
    public let account: String
    public let setUp: CivilDate
    public let setUpSeq: Int
    public let monthlyFee: DecimalNumber
    public var cancelled: CivilDate?
    public var cancelledEventId: String?

    /// Charged for service month S when active on at least one day of S
    /// (RULES.md §1): set up on or before S's last day and not cancelled
    /// on or before S's first day.
    public func isCharged(for month: Month) -> Bool {
        guard setUp <= month.lastDay else { return false }
        if let cancelled, cancelled <= month.firstDay { return false }
        return true
    }

    /// Active on a day: set up on or before it and not cancelled on or before it.
    public func isActive(on date: CivilDate) -> Bool {
        guard setUp <= date else { return false }
        if let cancelled, cancelled <= date { return false }
        return true
    }
}

/// An order and, once billed, its invoice.
public struct OrderRecord: Sendable {
    /// The event's payload itself (`.orderPlaced`): its box is shared with
    /// the event, so the record holds one pointer instead of a copy of the
    /// order inline (a record in the state's dictionary was 192 bytes).
    let event: EventPayload
    public var payload: OrderPlacedPayload {
        guard case .orderPlaced(let payload) = event else { preconditionFailure("an order record holds an order.placed payload") }
        return payload
    }
    public let date: CivilDate
    public let seq: Int
    public let eventId: String
    /// Position among the reseller's orders in the program by (effective, seq), from 1.
    public var rank: Int
    public var invoiceNumber: String?
}

/// One application of money (payment, credit) to a document.
public struct AllocationRecord: Sendable {
    public let date: CivilDate
    public let source: String
    public let amount: Money
}

/// An issued invoice and its open amount over time (end of each day), the
/// basis of interest, holds and aging.
public struct InvoiceRecord: Sendable {
    /// The event's payload itself (`.invoiceIssued`): its box is shared
    /// with the event, so the record holds one pointer instead of a copy of
    /// the invoice inline (a record in the state's dictionary was 320 bytes).
    let event: EventPayload
    public var payload: InvoiceIssuedPayload {
        guard case .invoiceIssued(let payload) = event else { preconditionFailure("an invoice record holds an invoice.issued payload") }
        return payload
    }
    public let date: CivilDate
    public let seq: Int
    public let eventId: String
    public let total: Money
    public var open: Money
    /// (day, open at the end of that day) after every change, in date order.
    public var openHistory: [(day: CivilDate, open: Money)]
    public var allocations: [AllocationRecord] = []

    public var number: String { payload.number }
    public var due: CivilDate { payload.due }

    /// The open amount at the end of `day` (zero before the invoice date).
    public func open(atEndOf day: CivilDate) -> Money {
        var result = Money.zero(total.currency)
        for entry in openHistory {
            if entry.day > day { break }
            result = entry.open
        }
        return result
    }
}

/// A late fee (interest) document; positive assessments are due on their date.
public struct LateFeeRecord: Sendable {
    public let eventId: String
    public let invoice: String
    public let date: CivilDate
    public let amount: Money
    public var open: Money
    public var allocations: [AllocationRecord] = []
}

/// A payment received, for reconciliation and audit.
public struct PaymentRecord: Sendable {
    public let eventId: String
    public let payment: String
    public let date: CivilDate
    public let amount: Money
    public let reference: String?
}
