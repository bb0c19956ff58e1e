import LedgerCore

/// Amounts read back from stored events.
///
/// Example: `Money(stored: 965.25, .usd)` is 96525 minor units. Stored
/// amounts were checked against their currency when appended, so a
/// failure here is a broken invariant, not bad input.
extension Money {
    public init(stored decimal: DecimalNumber, _ currency: Currency) {
        do { try self.init(decimal, currency: currency) } catch {
            preconditionFailure("stored amount \(decimal) does not fit \(currency): \(error)")
        }
    }
}
