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
        switch event.payload {
        case .invoiceIssued(let p):
            return invoice(p)
        case .creditNoteIssued(let p):
            let jurisdiction = state.invoices[p.invoice]?.payload.taxJurisdiction
            return invoice(program: p.program, reseller: p.reseller, currency: currency(p.program, state),
                           lines: p.lines, tax: p.tax, jurisdiction: jurisdiction).map { Posting(account: $0.account, amount: -$0.amount) }
        case .lateFeeAssessed(let p):
            let amount = money(p.amount, currency(p.program, state))
            return [Posting(account: AccountNames.receivable(program: p.program, reseller: p.reseller), amount: amount),
                    Posting(account: AccountNames.interest(program: p.program), amount: -amount)]
        case .paymentReceived(let p):
            let amount = money(p.amount, p.currency)
            return [Posting(account: AccountNames.bank(currency: p.currency.code), amount: amount),
                    Posting(account: AccountNames.receivable(program: p.program, reseller: p.reseller), amount: -amount)]
        case .paymentRefunded(let p):
            let amount = money(p.amount, p.currency)
            return [Posting(account: AccountNames.receivable(program: p.program, reseller: p.reseller), amount: amount),
                    Posting(account: AccountNames.bank(currency: p.currency.code), amount: -amount)]
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

    /// The position in `postings(for: event, in:)` of the posting to the
    /// receivable of the event's reseller and program: the first posting
    /// for invoices, credit notes, late fees and refunds, the second for
    /// payments and credits (after the bank or the expense). The other
    /// accounts of a transaction never start with `Assets:Receivable:`, so
    /// this is the first posting to that account, found without naming it.
    static func receivableIndex(_ payload: EventPayload) -> Int? {
        switch payload {
        case .invoiceIssued, .creditNoteIssued, .lateFeeAssessed, .paymentRefunded: 0
        case .paymentReceived, .rebateCredited, .spifAwarded, .awardGranted: 1
        default: nil
        }
    }

    static func invoice(_ p: InvoiceIssuedPayload) -> [Posting] {
        invoice(program: p.program, reseller: p.reseller, currency: p.currency, lines: p.lines, tax: p.tax, jurisdiction: p.taxJurisdiction)
    }

    /// Receivable debit for the total; income credit per category (lines
    /// of one category summed, in first-appearance order); tax credit.
    static func invoice(program: String, reseller: String, currency: Currency, lines: [InvoiceLine],
                        tax: DecimalNumber, jurisdiction: String?) -> [Posting] {
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
        var postings: [Posting] = []
        postings.reserveCapacity(byCategory.count + 2)
        postings.append(Posting(account: AccountNames.receivable(program: program, reseller: reseller), amount: total))
        for entry in byCategory {
            postings.append(Posting(account: AccountNames.income(program: program, category: entry.category), amount: -entry.amount))
        }
        if !taxAmount.isZero {
            postings.append(Posting(account: AccountNames.salesTax(jurisdiction: jurisdiction ?? "Unknown"), amount: -taxAmount))
        }
        return postings
    }

    static func credit(_ program: String, _ reseller: String, _ kind: String, _ amount: Money) -> [Posting] {
        [Posting(account: AccountNames.expense(program: program, kind: kind), amount: amount),
         Posting(account: AccountNames.receivable(program: program, reseller: reseller), amount: -amount)]
    }

    static func currency(_ program: String, _ state: LedgerState) -> Currency {
        state.terms[program]?.first?.value.currency ?? .usd
    }

    /// Stored amounts were validated against their currency when appended.
    static func money(_ decimal: DecimalNumber, _ currency: Currency) -> Money { Money(stored: decimal, currency) }
}
