import Testing
import LedgerCore
import LedgerEvents
import LedgerTestSupport
@testable import RLedgerCLI

/// A run that writes more documents than `run.completed` may list (a
/// month-end of a few thousand resellers) lists one document index, which
/// names every document with its SHA-256; the recovery of a run stopped
/// before its documents trusts the index as it trusts a listed hash.
@Suite struct RunDocumentIndexTests {
    func runCompleted(_ plan: RunPlan) throws -> RunCompletedPayload {
        guard case .runCompleted(let payload)? = plan.events.last?.payload else { throw Missing() }
        return payload
    }

    struct Missing: Error {}

    @Test func pastTheLimitTheRunListsOneIndexOfEveryDocument() throws {
        let events = try PublicSampleLedger.through("2026-02").events
        let month = Month(year: 2026, month: 3)!
        let listed = RunPlanner.monthEnd(events: events, month: month)
        let indexed = RunPlanner.monthEnd(events: events, month: month, maximumListed: 3)
        #expect(listed.documents.count > 3)
        #expect(try runCompleted(listed).documents.map(\.name) == listed.documents.map(\.name))
        // The same documents and events, plus the index, which the record lists alone.
        let index = try #require(indexed.documents.last)
        #expect(index.name == "documents-month-end-2026-03.json")
        #expect(Array(indexed.documents.dropLast()).map(\.sha256) == listed.documents.map(\.sha256))
        #expect(try runCompleted(indexed).documents == [RunCompletedPayload.Document(name: index.name, sha256: SHA256.hexDigest(index.bytes))])
        let lines = String(decoding: index.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines == listed.documents.map { #"{"name":"\#($0.name)","sha256":"\#($0.sha256)"}"# })
        #expect(Array(indexed.events.dropLast()).map(\.id) == Array(listed.events.dropLast()).map(\.id))
    }

    @Test func recoveryWritesTheMissingDocumentsTheIndexVouchesFor() throws {
        let ledger = try PublicSampleLedger.through("2026-02")
        let month = Month(year: 2026, month: 3)!
        let plan = { (events: [Event]) in RunPlanner.monthEnd(events: events, month: month, maximumListed: 3) }
        let run = plan(ledger.events)
        var stored = ledger
        stored.store(run.events)
        let lost = Set(run.documents.prefix(2).map(\.name))
        let recovered = RunDocumentRecovery.missing(run: "month-end", period: "2026-03", events: stored.events,
                                                    isPresent: { !lost.contains($0) }, plan: plan)
        #expect(Set(recovered.map(\.name)) == lost)
        #expect(recovered.map(\.bytes) == run.documents.prefix(2).map(\.bytes))
        // A plan whose index does not match the recorded one vouches for nothing.
        let other = { (events: [Event]) -> RunPlan in
            var plan = plan(events)
            plan.documents[plan.documents.count - 1] = RunPlan.Document(name: plan.documents.last!.name, bytes: Array("{}\n".utf8))
            return plan
        }
        #expect(RunDocumentRecovery.missing(run: "month-end", period: "2026-03", events: stored.events,
                                            isPresent: { !lost.contains($0) }, plan: other).isEmpty)
    }
}
