import Testing
import LedgerCore
import Billing
import Reports
import LedgerTestSupport

/// Golden files of one statement (R-HANSA in groupdocs, March 2026, from the
/// public sample), compared byte for byte. Re-record with
/// `RLEDGER_RECORD_SNAPSHOTS=1` and review the diff.
@Suite struct StatementSnapshotTests {
    static func hansaMarch() throws -> Statement {
        let ledger = try PublicSampleLedger.through("2026-03")
        let month = Month(parsing: "2026-03")!
        let (events, state) = PublicSampleLedger.asOf(ledger, month.lastDay)
        let statements = Statement.statements(events: events, state: state, month: month)
        return try #require(statements.first { $0.reseller == "R-HANSA" && $0.program == "groupdocs" })
    }

    @Test func htmlMatchesGoldenFile() throws {
        let statement = try Self.hansaMarch()
        let mismatch = GoldenFile.check(statement.html(), named: "\(statement.documentName).html", testFile: #filePath)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func jsonMatchesGoldenFile() throws {
        let statement = try Self.hansaMarch()
        let mismatch = GoldenFile.check(statement.json(), named: "\(statement.documentName).json", testFile: #filePath)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func renderingTwiceGivesIdenticalBytes() throws {
        let first = try Self.hansaMarch(), second = try Self.hansaMarch()
        #expect(Array(first.html().utf8) == Array(second.html().utf8))
        #expect(Array(first.json().utf8) == Array(second.json().utf8))
        #expect(Array(first.html().utf8) == Array(first.html().utf8))
    }
}
