import Testing
import LedgerCore
import LedgerEvents
import Billing
import Reports
import LedgerTestSupport

/// Peer agreement (DESIGN.md §4): the exported journal read by hledger and
/// by beancount gives every account the balance the projection booked, to
/// the cent, and every receivable equals `BalanceReport`'s balance.
///
/// Example: the public sample after its six month-ends: hledger and
/// bean-query both report `Assets:Receivable:Groupdocs:R-HANSA` 9.62 USD,
/// the balance `rledger balances` prints for R-HANSA in groupdocs.
///
/// The tools are installed by `Scripts/install-test-peers.sh`. Without
/// them these tests are disabled and `peersAreInstalled` prints a SKIPPED
/// line; with CI=true a missing tool fails it instead, so CI never passes
/// without having compared.
@Suite struct JournalPeerTests {
    static let hledgerInstalled = PeerTool.isInstalled("hledger")
    static let beancountInstalled = PeerTool.isInstalled("bean-check") && PeerTool.isInstalled("bean-query")

    @Test func peersAreInstalled() {
        for (tool, installed) in [("hledger", Self.hledgerInstalled), ("bean-check/bean-query", Self.beancountInstalled)] where !installed {
            if PeerTool.isCI {
                Issue.record("\(tool) is not installed and CI=true: run Scripts/install-test-peers.sh before the tests")
            } else {
                print("SKIPPED: \(tool) not installed — JournalPeerTests did not run for it (Scripts/install-test-peers.sh installs it)")
            }
        }
    }

    /// The ledgers compared: the public sample and a generated one, whole
    /// and as of a mid-year date, and the shipped demo after its October month-end.
    static func ledgers() throws -> [(name: String, events: [Event], asOf: CivilDate?)] {
        var generator = LedgerGenerator(seed: 20_260_101)
        let generated = try generator.ledger()
        let sample = try PublicSampleLedger.through("2026-06")
        let demo = try DemoLedger.afterOctoberMonthEnd()
        return [("public sample", sample.events, nil), ("public sample as of 2026-03-31", sample.events, Fixtures.date("2026-03-31")),
                ("generated", generated.events, nil), ("generated as of 2026-06-30", generated.events, Fixtures.date("2026-06-30")),
                ("demo ledger after the October month-end", demo, nil)]
    }

    /// The generated ledger is big enough and has every kind of money event,
    /// so the peers see every posting pattern of DESIGN.md §4.
    @Test func theGeneratedLedgerCoversEveryPostingPattern() throws {
        var generator = LedgerGenerator(seed: 20_260_101)
        let events = try generator.ledger().events
        #expect(events.count > 2_500)
        let types = Set(events.map(\.type))
        for type in [EventType.invoiceIssued, .creditNoteIssued, .lateFeeAssessed, .paymentReceived, .paymentRefunded,
                     .rebateCredited, .spifAwarded, .awardGranted] {
            #expect(types.contains(type), "\(type.rawValue)")
        }
        let taxed = events.contains { if case .invoiceIssued(let p) = $0.payload { !p.tax.isZero } else { false } }
        #expect(taxed, "sales tax postings")
        let trueUp = events.contains { if case .lateFeeAssessed(let p) = $0.payload { p.amount.isNegative } else { false } }
        #expect(trueUp, "negative late fees (back-dated payments)")
    }

    @Test(.enabled(if: hledgerInstalled)) func hledgerBalancesEqualTheLedger() throws {
        for ledger in try Self.ledgers() {
            let journal = JournalExport.journal(events: ledger.events, format: .hledger, asOf: ledger.asOf)
            try Self.assertAgreement(ledger, reported: try PeerBalances.hledger(journal: journal), tool: "hledger")
        }
    }

    @Test(.enabled(if: beancountInstalled)) func beancountAcceptsTheFileAndBalancesEqualTheLedger() throws {
        for ledger in try Self.ledgers() {
            let journal = JournalExport.journal(events: ledger.events, format: .beancount, asOf: ledger.asOf)
            try Self.assertAgreement(ledger, reported: try PeerBalances.beancount(journal: journal), tool: "beancount")
        }
    }

    static func assertAgreement(_ ledger: (name: String, events: [Event], asOf: CivilDate?), reported: PeerBalances.Balances,
                                tool: String) throws {
        let events = ledger.events.filter { ledger.asOf == nil || $0.effective <= ledger.asOf! }
        let state = Projection.replay(events)
        let booked = PeerBalances.booked(state)
        #expect(booked.count > 10, "\(ledger.name): the ledger has accounts to compare")
        for (key, amount) in booked {
            #expect(reported[key] == amount, "\(tool), \(ledger.name): \(key.account) \(key.currency)")
        }
        for key in reported.keys where booked[key] == nil {
            Issue.record("\(tool), \(ledger.name): \(key.account) \(reported[key]!) is not in the ledger")
        }
        let asOf = ledger.asOf ?? events.map(\.effective).max()!
        for row in BalanceReport(state: state, asOf: asOf).rows {
            let key = PeerBalances.Key(account: AccountNames.receivable(program: row.program, reseller: row.reseller), currency: row.currency)
            #expect(reported[key] ?? .zero(row.currency) == row.balance, "\(tool), \(ledger.name): \(row.reseller) \(row.program)")
        }
    }
}
