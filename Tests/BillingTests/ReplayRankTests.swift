import Testing
import LedgerCore
import LedgerEvents
import Billing

/// `Projection.replayRank` orders events exactly as `replayOrder` does
/// (RULES.md §0b.1: effective date, documents and facts before money,
/// then seq), for the keys sorted by `balances` before their lines are
/// decoded.
@Suite struct ReplayRankTests {
    static func event(_ json: String, seq: Int) -> Event {
        var event = try! EventCodec.decode(line: Array(json.utf8), form: .input).event
        event.seq = seq
        return event
    }

    static func fact(_ effective: String, seq: Int) -> Event {
        event(#"{"id":"t\#(seq)","type":"tax.rate","effective":"\#(effective)","jurisdiction":"US-NY","percent":"8.875"}"#, seq: seq)
    }

    static func money(_ effective: String, seq: Int) -> Event {
        event(#"{"id":"p\#(seq)","type":"payment.received","effective":"\#(effective)","reseller":"R-ACME","program":"groupdocs","payment":"P\#(seq)","amount":"9.00","currency":"USD","method":"bankTransfer"}"#, seq: seq)
    }

    func rank(_ event: Event) -> UInt64 { Projection.replayRank(effective: event.effective, type: event.type, seq: event.seq) }

    @Test func aDaysDocumentsComeBeforeItsMoneyWhateverTheirSeqs() {
        let payment = Self.money("2026-01-12", seq: 20), fact = Self.fact("2026-01-12", seq: 40)
        #expect(rank(fact) < rank(payment))
        #expect(Projection.replayOrder(fact, payment))
    }

    @Test func theSameOrderAsReplayOrderOnEveryPair() {
        var events: [Event] = []
        for (day, date) in ["0001-01-01", "1999-12-31", "2026-01-12", "2026-01-13", "9999-12-31"].enumerated() {
            for seq in [1, 2, 1_000_000_000] {
                events.append(Self.fact(date, seq: seq + day))
                events.append(Self.money(date, seq: seq + day + 7))
            }
        }
        for a in events {
            for b in events {
                #expect((rank(a) < rank(b)) == Projection.replayOrder(a, b), "\(a.id) \(a.effective) / \(b.id) \(b.effective)")
            }
        }
    }
}
