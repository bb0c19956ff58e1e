import Foundation
import LedgerTestSupport
import RLedgerCLI

/// Runs `rledger` in-process against a ledger in a temporary directory.
///
/// Example: `let cli = try CLIFixture()`, then `cli.run("init")` creates
/// the ledger and returns `(status: 0, output: "created an empty ledger in …\n", errors: "")`.
/// The clock is pinned to 2026-11-01T00:00:00Z unless a test says otherwise.
final class CLIFixture {
    struct Outcome: Equatable {
        let status: Int32
        let output: String
        let errors: String
    }

    let scratch: TemporaryDirectory
    var environment = ["RLEDGER_NOW": "2026-11-01T00:00:00Z"]

    init() throws { scratch = try TemporaryDirectory(prefix: "rledger-cli-test") }

    var ledger: String { scratch.path("EventLogs") }

    /// Runs `rledger --ledger <ledger> <arguments>`.
    @discardableResult
    func run(_ arguments: String..., input: String = "") -> Outcome {
        runBare(["--ledger", ledger] + arguments, input: input)
    }

    /// Runs `rledger --ledger <ledger> <arguments>` with standard input that
    /// need not be text (invalid UTF-8, NUL bytes).
    func run(_ arguments: [String], inputBytes: [UInt8]) -> Outcome {
        let console = CapturedConsole(inputBytes: inputBytes)
        let status = RLedger.main(arguments: ["--ledger", ledger] + arguments, console: console, environment: environment)
        return Outcome(status: status, output: console.standardOutput, errors: console.standardError)
    }

    /// Runs `rledger <arguments>` with no `--ledger` added.
    func runBare(_ arguments: [String], input: String = "") -> Outcome {
        let console = CapturedConsole(input: input)
        let status = RLedger.main(arguments: arguments, console: console, environment: environment)
        return Outcome(status: status, output: console.standardOutput, errors: console.standardError)
    }

    /// Writes an input file and returns its path.
    func input(_ name: String, _ lines: String...) throws -> String {
        try scratch.write(lines.joined(separator: "\n") + "\n", to: name)
        return scratch.path(name)
    }

    func snapshot() throws -> DirectorySnapshot { try DirectorySnapshot(of: ledger) }

    /// Creates the ledger with the GroupDocs preset and R-ACME and R-BETA enrolled, the
    /// facts every input of `InputLine` needs to pass the business checks.
    @discardableResult
    func initWithGroupDocs() throws -> Outcome {
        let created = run("init")
        guard created.status == 0 else { return created }
        let path = try input("preamble.jsonl", InputLine.groupDocsTerms, InputLine.enrolAcme, InputLine.enrolBeta)
        return run("append", path)
    }
}

/// Input lines in the form `rledger append` reads.
enum InputLine {
    static func order(_ id: String, quantity: Int = 1, reseller: String = "R-ACME", effective: String = "2026-03-02") -> String {
        #"{"id":"\#(id)","type":"order.placed","effective":"\#(effective)","reseller":"\#(reseller)","program":"groupdocs","order":"\#(id.uppercased())","lines":[{"sku":"GD-TOTAL","category":"license","quantity":\#(quantity),"unitPrice":"1000.00"}]}"#
    }

    static func payment(_ id: String, reseller: String = "R-ACME", effective: String = "2026-04-15") -> String {
        #"{"id":"\#(id)","type":"payment.received","effective":"\#(effective)","reseller":"\#(reseller)","program":"groupdocs","payment":"\#(id.uppercased())","amount":"900.00","currency":"USD","method":"bankTransfer"}"#
    }

    static let groupDocsTerms = #"{"id":"terms-groupdocs-1","type":"program.terms","effective":"2026-01-01","program":"groupdocs","name":"GroupDocs Reseller Policy","currency":"USD","invoicePrefix":"GD","tiers":["reseller"],"discounts":{"reseller":{"*":"10"}},"noDiscountFor":["consulting"],"paymentTerms":{"order":{"*":{"kind":"netDays","days":30}}},"prepayment":{"firstOrders":3,"afterLatePayment":true},"interest":{"annualPercent":"12","dayCount":"actual/365"},"paymentMethods":["bankTransfer"],"salesTax":{"kind":"usResellerState"}}"#

    static let enrolAcme = #"{"id":"enrol-acme","type":"reseller.enrolled","effective":"2026-01-01","reseller":"R-ACME","program":"groupdocs","name":"Acme Reseller","country":"DE","kind":"retail","tier":"reseller"}"#

    static let enrolBeta = #"{"id":"enrol-beta","type":"reseller.enrolled","effective":"2026-01-01","reseller":"R-BETA","program":"groupdocs","name":"Beta Reseller","country":"FR","kind":"retail","tier":"reseller"}"#

    /// The ids of the facts `initWithGroupDocs` appends.
    static let preambleIds: Set<String> = ["terms-groupdocs-1", "enrol-acme", "enrol-beta"]

    static let invoice = #"{"id":"inv-1","type":"invoice.issued","effective":"2026-03-31","reseller":"R-ACME","program":"groupdocs","number":"GD-2026-000001","kind":"order","due":"2026-04-30","currency":"USD","lines":[{"ref":"ORD-1","description":"GD-TOTAL","category":"license","quantity":1,"unitPrice":"1000.00","discountPercent":"10","net":"900.00"}],"subtotal":"900.00","tax":"0.00","total":"900.00"}"#
}
