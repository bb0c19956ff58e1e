/// The plain-text accounting formats `rledger export` writes.
///
/// Example: `JournalFormat(rawValue: "beancount")` is `.beancount`;
/// `"ledger"` is nil (not offered: hledger reads ledger-style journals).
public enum JournalFormat: String, CaseIterable, Sendable {
    case hledger
    case beancount
}
