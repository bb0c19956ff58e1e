import LedgerEvents

/// The business rules `rledger append` checks before anything is written,
/// with the ledger locked: `existing` are the committed events in seq order,
/// `fresh` the input events that are not idempotent retries. Throw an
/// `AppendRefusal` naming the event so the message names its file and line;
/// any other error is printed as it is. Either way nothing is appended.
///
/// For now the only rule is that input may not carry the types the runs
/// write (RULES.md §0b.19). Example: an input line of type `invoice.issued`
/// is refused with `type "invoice.issued" is written by the runs, not by append`.
func validateBusinessRules(existing: [Event], fresh: [Event]) throws {
    for event in fresh where event.type.isRunWritten {
        throw AppendRefusal(eventId: event.id, error: DecodeError(
            field: "", message: "type \"\(event.type.rawValue)\" is written by the runs, not by append"))
    }
}
