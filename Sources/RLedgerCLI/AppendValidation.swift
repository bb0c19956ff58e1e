import LedgerEvents
import Billing

/// The business rules `rledger append` checks before anything is written,
/// with the ledger locked: `existing` are the committed events in seq order,
/// `fresh` the input events that are not idempotent retries. A refusal names
/// the event so the message names its file and line; nothing is appended.
///
/// Example: a GroupDocs payment by card is refused with
/// `payments.jsonl:2: method: "card" is not accepted by groupdocs (accepted: bankTransfer) [rule: payment methods]`.
func validateBusinessRules(existing: [Event], fresh: [Event]) throws {
    do {
        try AppendValidator.validate(existing: existing, fresh: fresh)
    } catch {
        throw AppendRefusal(eventId: fresh[error.index].id,
                            error: DecodeError(field: error.field, message: "\(error.message) [rule: \(error.rule)]"))
    }
}
