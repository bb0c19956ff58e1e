import LedgerEvents
import EventStore
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
        throw refusal(error, fresh)
    }
}

/// The same checks through the derived index (`LedgerStore.appendIndexed`):
/// the events of the batch's resellers and of no reseller, and the order and
/// account ids the batch would take that stored lines already hold.
func validateBusinessRules(ledger: IndexedLedger, fresh: [Event]) throws {
    guard !fresh.isEmpty else { return }
    let partition = try ledger.events(concerning: Set(fresh.compactMap(\.payload.reseller)))
    let wanted = TakenIds.wanted(by: fresh)
    let orderKeys = Dictionary(uniqueKeysWithValues: wanted.orders.map { (DerivedIndex.orderKey(program: $0.program, order: $0.order), $0) })
    let accountKeys = Dictionary(uniqueKeysWithValues: wanted.accounts.map {
        (DerivedIndex.accountKey(program: $0.program, account: $0.account), $0)
    })
    let held = try ledger.held(Set(orderKeys.keys).union(accountKeys.keys))
    let elsewhere = TakenIds(orders: Set(held.compactMap { orderKeys[$0] }), accounts: Set(held.compactMap { accountKeys[$0] }))
    do {
        try AppendValidator.validate(partition: partition, lastSeq: ledger.lastSeq, elsewhere: elsewhere, fresh: fresh)
    } catch {
        throw refusal(error, fresh)
    }
}

private func refusal(_ error: RuleViolation, _ fresh: [Event]) -> AppendRefusal {
    AppendRefusal(eventId: fresh[error.index].id, error: DecodeError(field: error.field, message: "\(error.message) [rule: \(error.rule)]"))
}
