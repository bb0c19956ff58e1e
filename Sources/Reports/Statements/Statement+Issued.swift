import LedgerCore
import LedgerEvents

/// The `statement.issued` payload a month-end appends for a statement: the
/// balances, the open items, and the SHA-256 of the rendered document.
///
/// Example: R-HANSA groupdocs 2026-03 → period "2026-03", opening 2250.00,
/// closing 2252.96, openItems [GD-2026-000004 due 2026-03-27 open 2250.00,
/// fee:GD-2026-000004:2026-03 due 2026-03-31 open 2.96].
extension Statement {
    public func statementIssuedPayload(sha256: String) -> StatementIssuedPayload {
        StatementIssuedPayload(reseller: reseller, program: program, period: month.description,
                               opening: opening.decimal, closing: closing.decimal,
                               openItems: openItems.map { .init(document: $0.document, due: $0.due, open: $0.open.decimal) },
                               sha256: sha256)
    }
}
