import LedgerCore
import LedgerEvents
import Billing

/// One reseller's account in one program for one month: the opening
/// balance, every money movement of the month with a running balance, the
/// closing balance, and the documents still open at the month's end with
/// their aging.
///
/// Example (public sample, R-HANSA in groupdocs, March 2026): opening
/// 2250.00 USD (GD-2026-000004, issued in February); one movement, the late
/// fee `fee:GD-2026-000004:2026-03` of 2.96 on 2026-03-31; closing 2252.96.
/// Open items at 31 March: GD-2026-000004 2250.00 due 2026-03-27 (4 days,
/// 1–30) and the late fee 2.96 due 2026-03-31 (current).
/// A positive balance is owed by the reseller; a negative one is credit it holds.
public struct Statement: Sendable, Equatable {
    public let reseller: String
    public let program: String
    public let month: Month
    /// The program's name in the terms in force on the month's last day.
    public let programName: String
    public let billTo: BillTo
    public let currency: Currency
    /// The receivable at the end of the previous month.
    public let opening: Money
    public let movements: [StatementMovement]
    public let closing: Money
    /// Invoices and late fees open at the end of the month's last day, by due date then document.
    public let openItems: [StatementOpenItem]
    public let aging: AgingSummary
    /// Money received or credited that no document has taken yet (it is
    /// part of the closing balance: closing = open items − unapplied credit).
    public let unappliedCredit: Money

    /// The last day of the month: the statement's date and its as-of date for aging.
    public var asOf: CivilDate { month.lastDay }

    /// "Statement — Hansa (R-HANSA) — GroupDocs Reseller Policy — March 2026".
    public var title: String {
        "Statement — \(billTo.name) (\(reseller)) — \(programName) — \(DateText.month(month))"
    }

    /// "statement-R-HANSA-groupdocs-2026-03": reseller and program ids are
    /// validated at append (`[A-Za-z0-9][A-Za-z0-9._-]{0,63}`), so the name
    /// is safe as a file name.
    public var documentName: String { "statement-\(reseller)-\(program)-\(month)" }

    /// Sum of the movements that increase the balance (invoices, positive late fees, refunds).
    public var charges: Money {
        movements.reduce(.zero(currency)) { $1.amount.isPositive ? $0 + $1.amount : $0 }
    }

    /// Sum of the movements that reduce the balance, as a positive amount.
    public var credits: Money {
        movements.reduce(.zero(currency)) { $1.amount.isNegative ? $0 - $1.amount : $0 }
    }
}
