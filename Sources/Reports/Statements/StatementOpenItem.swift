import LedgerCore

/// A document still open at the statement date, with its aging.
///
/// Example: GD-2026-000004, invoice dated 2026-02-25, due 2026-03-27, open
/// 2250.00 on 2026-03-31 → 4 days past due, bucket 1–30. A late fee's
/// document is its event id (`fee:GD-2026-000004:2026-03`), the name a
/// payment's allocation uses for it; it is due on its date.
public struct StatementOpenItem: Sendable, Equatable {
    public enum Kind: String, Sendable { case invoice, lateFee }

    public let document: String
    public let kind: Kind
    public let description: String
    public let date: CivilDate
    public let due: CivilDate
    public let open: Money
    public let daysPastDue: Int
    public let bucket: AgingBucket
}
