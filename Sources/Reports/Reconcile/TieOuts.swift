import LedgerCore
import LedgerEvents
import Billing

/// The individual tie-outs of `ReconcileReport`.
///
/// Example: "receivable control" sums every reseller's balance per currency
/// and compares it with the sum of the `Assets:Receivable:*` accounts; a
/// difference reads `USD: resellers 1,182.32, receivable accounts 1,172.70`.
enum TieOuts {
    static func trialBalance(_ state: LedgerState) -> ReconcileReport.TieOut {
        let differences = state.book.trial.keys.sorted().compactMap { currency -> String? in
            let sum = state.book.trial[currency] ?? 0
            return sum == 0 ? nil : "\(currency): postings sum to \(Money(minor: sum, currency: currency).grouped), not 0.00"
        }
        return .init(name: "trial balance is zero per currency", differences: differences)
    }

    static func receivableControl(_ state: LedgerState) -> ReconcileReport.TieOut {
        var resellers: [Currency: Money] = [:], accounts: [Currency: Money] = [:]
        for enrolment in state.enrolments.values {
            resellers[enrolment.currency, default: .zero(enrolment.currency)] += enrolment.receivable
        }
        for (key, balance) in state.book.balances where key.account.hasPrefix("Assets:Receivable:") {
            accounts[key.currency, default: .zero(key.currency)] += balance
        }
        let currencies = Set(resellers.keys).union(accounts.keys).sorted()
        let differences = currencies.compactMap { currency -> String? in
            let a = resellers[currency] ?? .zero(currency), b = accounts[currency] ?? .zero(currency)
            return a == b ? nil : "\(currency): resellers \(a.grouped), receivable accounts \(b.grouped)"
        }
        return .init(name: "reseller balances equal the receivable control total", differences: differences)
    }

    static func invoiceArithmetic(_ state: LedgerState) -> ReconcileReport.TieOut {
        var differences: [String] = []
        for number in state.invoices.keys.sorted() {
            guard let invoice = state.invoices[number] else { continue }
            let p = invoice.payload
            let lines = p.lines.reduce(Money.zero(p.currency)) { $0 + ((try? Money($1.net, currency: p.currency)) ?? .zero(p.currency)) }
            let subtotal = (try? Money(p.subtotal, currency: p.currency)) ?? .zero(p.currency)
            let tax = (try? Money(p.tax, currency: p.currency)) ?? .zero(p.currency)
            if lines != subtotal { differences.append("\(number): lines sum to \(lines.grouped), subtotal says \(subtotal.grouped)") }
            if subtotal + tax != invoice.total { differences.append("\(number): subtotal + tax is \((subtotal + tax).grouped), total says \(invoice.total.grouped)") }
        }
        return .init(name: "every invoice's lines, tax and total agree with its postings", differences: differences)
    }

    static func ledgerInvariants(_ state: LedgerState) -> ReconcileReport.TieOut {
        .init(name: "open items, allocations and credit reconcile with each balance", differences: state.checkInvariants())
    }

    /// Rebates and SPIF recomputed for the latest closed quarter and year
    /// (and the periods those closes settle) equal what was credited.
    static func incentives(events: [Event], asOf: CivilDate) -> ReconcileReport.TieOut {
        let latest = RunGuard.latest(in: events)
        var decided: [Event] = []
        if let quarter = latest.quarter, quarter.lastDay <= asOf {
            decided += PeriodRuns.quarterClose(events: events, quarter: quarter).decided
        }
        if let year = latest.year, year.lastDay <= asOf {
            decided += PeriodRuns.yearClose(events: events, year: year).decided
        }
        let differences = decided.compactMap { event -> String? in
            switch event.payload {
            case .rebateCredited(let p):
                return "\(p.reseller) \(p.program) rebate \(p.period): computed \(p.cumulative), credited \(difference(p.cumulative, p.amount)) (the next close adjusts \(p.amount))"
            case .spifAwarded(let p):
                return "\(p.reseller) \(p.program) SPIF \(p.period): computed \(p.cumulative), awarded \(difference(p.cumulative, p.amount)) (the next close adjusts \(p.amount))"
            default: return nil
            }
        }
        return .init(name: "rebates and SPIF computed equal those credited", differences: differences)
    }

    static func difference(_ a: DecimalNumber, _ b: DecimalNumber) -> DecimalNumber {
        let scale = max(a.scale, b.scale)
        return DecimalNumber(mantissa: (a.mantissa(atScale: scale) ?? 0) - (b.mantissa(atScale: scale) ?? 0), scale: scale)
    }
}
