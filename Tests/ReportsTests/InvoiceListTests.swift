import Testing
import LedgerCore
import Billing
import Reports
import LedgerTestSupport

/// `rledger invoices`: every invoice and credit note by date then number,
/// filtered by reseller and month, in table, JSON and CSV.
@Suite struct InvoiceListTests {
    static func list(reseller: String? = nil, period: String? = nil) throws -> InvoiceList {
        let ledger = try InvoiceDocumentTests.creditNoteLedger()
        let (events, state) = PublicSampleLedger.asOf(ledger, Fixtures.date("2026-04-30"))
        return InvoiceList(events: events, state: state, reseller: reseller, period: period.flatMap(Month.init(parsing:)))
    }

    @Test func allDocumentsByDateThenNumber() throws {
        let rows = try Self.list().rows
        #expect(rows.count == 16)
        #expect(rows.prefix(3).map(\.number) == ["BK-2026-000001", "GD-2026-000001", "GD-2026-000002"])
        #expect(rows.suffix(2).map(\.number) == ["BK-2026-000006", "BK-CN-2026-000001"])
    }

    @Test func filteredByResellerAndPeriod() throws {
        let list = try Self.list(reseller: "R-ORBIT", period: "2026-04")
        #expect(list.table() == """
            Number             Date        Reseller  Program   Kind          Due         Cur   Total    Open
            -----------------  ----------  --------  --------  ------------  ----------  ---  ------  ------
            BK-2026-000006     2026-04-30  R-ORBIT   bytekast  subscription  2026-05-31  USD  904.50  904.50
            BK-CN-2026-000001  2026-04-30  R-ORBIT   bytekast  creditNote                USD  -72.00

            """)
        #expect(list.csv() == "number,date,reseller,program,kind,due,currency,total,open\r\n"
                + "BK-2026-000006,2026-04-30,R-ORBIT,bytekast,subscription,2026-05-31,USD,904.50,904.50\r\n"
                + "BK-CN-2026-000001,2026-04-30,R-ORBIT,bytekast,creditNote,,USD,-72.00,\r\n")
        #expect(list.json() == #"{"reseller":"R-ORBIT","period":"2026-04","invoices":["#
                + #"{"number":"BK-2026-000006","date":"2026-04-30","reseller":"R-ORBIT","program":"bytekast","kind":"subscription","due":"2026-05-31","currency":"USD","total":"904.50","open":"904.50"},"#
                + #"{"number":"BK-CN-2026-000001","date":"2026-04-30","reseller":"R-ORBIT","program":"bytekast","kind":"creditNote","currency":"USD","total":"-72.00"}]}"#
                + "\n")
    }

    @Test func openAmountsAsTheLedgerStands() throws {
        let rows = try Self.list(period: "2026-03").rows
        #expect(rows.map { "\($0.number) \($0.reseller) \($0.total) \($0.open?.description ?? "-")" } == [
            "GD-2026-000005 R-PACIFIC 965.25 0.00",
            "SS-2026-000002 R-ALTAI 50000.00 29500.00",
            "BK-2026-000005 R-ORBIT 1152.00 792.00",
        ])
    }
}
