import LedgerCore

/// Amounts as printed on documents.
///
/// Example: 225296 minor units of USD → `grouped` "2,252.96",
/// `withCode` "2,252.96 USD"; −296 → "-2.96 USD".
extension Money {
    var withCode: String { grouped + " " + currency.code }
}
