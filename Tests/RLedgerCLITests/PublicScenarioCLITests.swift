import Foundation
import Testing
import EventStore
import LedgerEvents
import LedgerTestSupport
import RLedgerCLI

/// The public acceptance scenario (../shared/scenarios/public-sample) replayed
/// through the real CLI exactly as its runs.txt says: one `rledger append`
/// per month file, `rledger month-end` per month. Every invoice, credit note,
/// late fee, tier evaluation, rebate and SPIF must match expected.json —
/// including which run appended it — the balances must print exactly, and a
/// repeated run must append nothing.
@Suite struct PublicScenarioCLITests {
    struct Replay {
        let cli: CLIFixture
        /// Run name ("month-end:2026-03") → the events it appended.
        var appendedByRun: [String: [Event]] = [:]
    }

    static func replay() throws -> Replay {
        let cli = try CLIFixture()
        #expect(cli.run("init").status == 0)
        var replay = Replay(cli: cli)
        let script = try String(contentsOf: Fixtures.publicSample.appendingPathComponent("runs.txt"), encoding: .utf8)
        for command in script.split(separator: "\n").map(String.init) where !command.isEmpty {
            let words = command.split(separator: " ").map(String.init)
            if words[0] == "append" {
                let month = words[1].trimmingCharacters(in: CharacterSet(charactersIn: "/"))
                for family in Fixtures.appendOrder {
                    let path = Fixtures.publicSample.appendingPathComponent(month).appendingPathComponent("\(family).jsonl").path
                    guard FileManager.default.fileExists(atPath: path) else { continue }
                    let outcome = cli.run("append", path)
                    #expect(outcome.status == 0, "\(command) \(family): \(outcome.errors)")
                }
            } else if words[0] == "run", words[1].hasPrefix("month-end:") {
                let period = String(words[1].dropFirst("month-end:".count))
                let before = try LedgerStore(opening: cli.ledger).readAll().count
                let outcome = cli.run("month-end", "--period", period, "--out", cli.scratch.path("out/\(period)"))
                #expect(outcome.status == 0, "\(command): \(outcome.errors)")
                let events = try LedgerStore(opening: cli.ledger).readAll()
                replay.appendedByRun[words[1]] = Array(events[before...])
                let again = cli.run("month-end", "--period", period, "--out", cli.scratch.path("out/again"))
                #expect(again.output == "month-end \(period): nothing to do (no new facts since the last run)\n")
                #expect(try LedgerStore(opening: cli.ledger).readAll().count == events.count, "a repeated \(command) appends nothing")
            } else {
                Issue.record("unknown runs.txt line: \(command)")
            }
        }
        return replay
    }

    @Test func everyDocumentMatchesExpectedAndItsRun() throws {
        let replay = try Self.replay()
        let expected = try Fixtures.expected()
        var runOf: [String: String] = [:]
        for (run, events) in replay.appendedByRun { for event in events { runOf[event.id] = run } }
        let all = try LedgerStore(opening: replay.cli.ledger).readAll()
        let sections: [(String, (Event) -> Bool)] = [
            ("invoices", { $0.type == .invoiceIssued }), ("creditNotes", { $0.type == .creditNoteIssued }),
            ("lateFees", { $0.type == .lateFeeAssessed }), ("rebates", { $0.type == .rebateCredited }),
            ("spifs", { $0.type == .spifAwarded }),
            ("tiers", { if case .tierAssigned(let p) = $0.payload { p.source == "evaluation" } else { false } }),
        ]
        for (section, matches) in sections {
            let got = all.filter(matches).map { ExpectedShape.object(of: $0, run: runOf[$0.id] ?? "?") }
            let want = (expected[section] as? [[String: Any]] ?? []).map { NSDictionary(dictionary: $0) }
            #expect(got.count == want.count, "\(section): \(got.count) issued, \(want.count) expected")
            for item in want where !got.contains(item) {
                Issue.record("\(section): expected \(item) not found; issued: \(got)")
            }
        }
    }

    @Test func balancesPrintExactlyAndRunsAppendTheExpectedCounts() throws {
        let replay = try Self.replay()
        let expected = try Fixtures.expected()
        let outcome = replay.cli.run("balances", "--format", "json", "--as-of", "2026-06-30")
        #expect(outcome.status == 0)
        let printed = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as! [String: Any]
        #expect(NSDictionary(dictionary: printed) == NSDictionary(dictionary: expected["balances"] as! [String: Any]))
        let types: [(String, EventType)] = [("invoices", .invoiceIssued), ("creditNotes", .creditNoteIssued),
                                            ("lateFees", .lateFeeAssessed), ("tiers", .tierAssigned),
                                            ("rebates", .rebateCredited), ("spifs", .spifAwarded)]
        for run in expected["runs"] as! [[String: Any]] {
            let name = run["run"] as! String
            let appended = run["appended"] as! [String: Int]
            let events = replay.appendedByRun[name] ?? []
            for (label, type) in types {
                #expect(events.filter { $0.type == type }.count == appended[label], "\(name): \(label)")
            }
            #expect(events.last?.type == .runCompleted, "\(name) ends with run.completed")
        }
        #expect(replay.cli.run("verify").status == 0)
    }
}

/// Turns a stored event into the shape expected.json uses for it.
enum ExpectedShape {
    static func object(of event: Event, run: String) -> NSDictionary {
        var object: [String: Any] = ["effective": event.effective.description, "run": run]
        switch event.payload {
        case .invoiceIssued(let p):
            object.merge(["number": p.number, "reseller": p.reseller, "program": p.program, "kind": p.kind,
                          "due": p.due.description, "currency": p.currency.code, "lines": lines(p.lines),
                          "subtotal": p.subtotal.description, "tax": p.tax.description, "total": p.total.description]) { $1 }
        case .creditNoteIssued(let p):
            object.merge(["number": p.number, "reseller": p.reseller, "program": p.program, "invoice": p.invoice,
                          "lines": lines(p.lines), "subtotal": p.subtotal.description, "tax": p.tax.description,
                          "total": p.total.description]) { $1 }
        case .lateFeeAssessed(let p):
            object.merge(["invoice": p.invoice, "reseller": p.reseller, "program": p.program, "through": p.through.description,
                          "amount": p.amount.description, "cumulative": p.cumulative.description]) { $1 }
        case .tierAssigned(let p):
            var basis: [String: Any] = [:]
            if let b = p.basis {
                if let count = b.activeAccounts { basis["activeAccounts"] = count }
                if let sales = b.annualSales { basis["annualSales"] = sales.description }
                basis["asOf"] = b.asOf.description
            }
            object.merge(["reseller": p.reseller, "program": p.program, "tier": p.tier, "source": p.source, "basis": basis]) { $1 }
        case .rebateCredited(let p):
            object.merge(["reseller": p.reseller, "program": p.program, "period": p.period, "base": p.base.description,
                          "percent": p.percent.description, "amount": p.amount.description,
                          "cumulative": p.cumulative.description, "orders": p.orders]) { $1 }
        case .spifAwarded(let p):
            object.merge(["reseller": p.reseller, "program": p.program, "period": p.period, "base": p.base.description,
                          "amount": p.amount.description, "cumulative": p.cumulative.description]) { $1 }
        default: break
        }
        return NSDictionary(dictionary: object)
    }

    static func lines(_ lines: [InvoiceLine]) -> [[String: Any]] {
        lines.map { ["ref": $0.ref, "category": $0.category, "quantity": $0.quantity, "unitPrice": $0.unitPrice.description,
                     "discountPercent": $0.discountPercent.description, "net": $0.net.description] }
    }
}
