import LedgerCore

/// One money movement on a statement: a document or payment that changed
/// the receivable, in replay order, with the balance after it.
///
/// Example: `lateFee` on 2026-03-31, document `fee:GD-2026-000004:2026-03`,
/// "Late interest on GD-2026-000004 through 2026-03-31", amount +2.96,
/// balance 2252.96. Payments and credits have negative amounts.
public struct StatementMovement: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case invoice, creditNote, payment, refund, lateFee, rebate, spif, award
    }

    public let date: CivilDate
    public let kind: Kind
    /// The document number, payment id or event id a reader can quote.
    public let document: String
    public let description: String
    /// Signed change of the receivable: positive charges, negative credits.
    public let amount: Money
    public let balance: Money
}
