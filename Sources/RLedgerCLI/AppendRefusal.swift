import LedgerEvents

/// A business rule refusing one event of an `append` batch. The append
/// command adds the file and line the event came from.
///
/// Example: `AppendRefusal(eventId: "inv-1", error: DecodeError(field: "", message: "type \"invoice.issued\" is written by the runs, not by append"))`
/// prints as `orders.jsonl:4: type "invoice.issued" is written by the runs, not by append`
/// when `inv-1` was on line 4 of `orders.jsonl`.
struct AppendRefusal: Error, Equatable {
    let eventId: String
    /// The field concerned (may be empty) and the rule's message.
    let error: DecodeError
}
