import LedgerCore
import LedgerEvents

/// The double-entry postings of each money event (DESIGN.md §4). Used by
/// the projection and by the journal export, so both always agree.
///
/// Example: `payment.received` 900.00 USD from R-HANSA in groupdocs →
/// `Assets:Bank:USD` +900.00, `Assets:Receivable:Groupdocs:R-HANSA` −900.00.
public enum PostingRules {
    /// Postings of `event`, or an empty array for events that move no money.
    /// `state` is the state before the event (for the program's currency and
    /// a credit note's original tax jurisdiction).
    public static func postings(for event: Event, in state: LedgerState) -> [Posting] {
        entries(for: event, in: state).map(\.named)
    }

    /// The same postings with their accounts not yet named: what the
    /// projection books (`AccountBook`).
    public static func entries(for event: Event, in state: LedgerState) -> [BookEntry] {
        switch event.payload {
        case .invoiceIssued(let p):
            return invoice(p)
        case .creditNoteIssued(let p):
            let jurisdiction = state.invoices[p.invoice]?.payload.taxJurisdiction
            return invoice(program: p.program, reseller: p.reseller, currency: currency(p.program, state),
                           lines: p.lines, tax: p.tax, jurisdiction: jurisdiction).map { BookEntry($0.account, -$0.amount) }
        case .lateFeeAssessed(let p):
            let amount = money(p.amount, currency(p.program, state))
            return [BookEntry(receivable(p.program, p.reseller), amount),
                    BookEntry(.interest(program: p.program), -amount)]
        case .paymentReceived(let p):
            let amount = money(p.amount, p.currency)
            return [BookEntry(.bank(currency: p.currency.code), amount),
                    BookEntry(receivable(p.program, p.reseller), -amount)]
        case .paymentRefunded(let p):
            let amount = money(p.amount, p.currency)
            return [BookEntry(receivable(p.program, p.reseller), amount),
                    BookEntry(.bank(currency: p.currency.code), -amount)]
        case .rebateCredited(let p):
            return credit(p.program, p.reseller, "Rebates", money(p.amount, currency(p.program, state)))
        case .spifAwarded(let p):
            return credit(p.program, p.reseller, "SPIF", money(p.amount, currency(p.program, state)))
        case .awardGranted(let p):
            return credit(p.program, p.reseller, "Awards", money(p.amount, currency(p.program, state)))
        default:
            return []
        }
    }

    static func invoice(_ p: InvoiceIssuedPayload) -> [BookEntry] {
        invoice(program: p.program, reseller: p.reseller, currency: p.currency, lines: p.lines, tax: p.tax, jurisdiction: p.taxJurisdiction)
    }

    /// Receivable debit for the total; income credit per category (lines
    /// of one category summed, in first-appearance order); tax credit.
    static func invoice(program: String, reseller: String, currency: Currency, lines: [InvoiceLine],
                        tax: DecimalNumber, jurisdiction: String?) -> [BookEntry] {
        var byCategory: [(category: String, amount: Money)] = []
        for line in lines {
            let net = money(line.net, currency)
            if let index = byCategory.firstIndex(where: { $0.category == line.category }) {
                byCategory[index].amount += net
            } else {
                byCategory.append((line.category, net))
            }
        }
        let taxAmount = money(tax, currency)
        let total = byCategory.reduce(taxAmount) { $0 + $1.amount }
        var entries: [BookEntry] = []
        entries.reserveCapacity(byCategory.count + 2)
        entries.append(BookEntry(receivable(program, reseller), total))
        for entry in byCategory {
            entries.append(BookEntry(.income(program: program, category: entry.category), -entry.amount))
        }
        if !taxAmount.isZero {
            entries.append(BookEntry(.salesTax(jurisdiction: jurisdiction ?? "Unknown"), -taxAmount))
        }
        return entries
    }

    static func credit(_ program: String, _ reseller: String, _ kind: String, _ amount: Money) -> [BookEntry] {
        [BookEntry(.expense(program: program, kind: kind), amount),
         BookEntry(receivable(program, reseller), -amount)]
    }

    static func receivable(_ program: String, _ reseller: String) -> BookAccount {
        .receivable(EnrolmentKey(reseller: reseller, program: program))
    }

    static func currency(_ program: String, _ state: LedgerState) -> Currency {
        state.terms[program]?.first?.value.currency ?? .usd
    }

    /// Stored amounts were validated against their currency when appended.
    static func money(_ decimal: DecimalNumber, _ currency: Currency) -> Money { Money(stored: decimal, currency) }
}
