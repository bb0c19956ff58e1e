import LedgerCore

/// A bank statement read from CSV (RFC 4180): a header row naming the
/// columns `date`, `amount`, `currency`, `reference` and optionally
/// `counterparty` (any order, any case; other columns are ignored), then
/// one line per movement. Blank lines are skipped.
///
/// Example:
/// ```
/// date,amount,currency,reference,counterparty
/// 2026-04-10,2250.00,USD,BT-0040,"Hansa GmbH, Hamburg"
/// ```
/// → one line: 2026-04-10, 2250.00 USD, reference `BT-0040`,
/// counterparty `Hansa GmbH, Hamburg`, from line 2 of the file.
public struct BankStatement: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        /// The line of the file the movement starts on.
        public let line: Int
        public let date: CivilDate
        public let amount: Money
        public let reference: String
        public let counterparty: String?

        public init(line: Int, date: CivilDate, amount: Money, reference: String, counterparty: String?) {
            self.line = line
            self.date = date
            self.amount = amount
            self.reference = reference
            self.counterparty = counterparty
        }
    }

    public static let requiredColumns = ["date", "amount", "currency", "reference"]
    public let lines: [Line]

    public init(lines: [Line]) { self.lines = lines }

    public init(csv text: String) throws(BankStatementError) {
        let records: [CSVRecord]
        do { records = try CSVReader.records(text) } catch { throw .csv(error) }
        guard let header = records.first(where: { !$0.isBlank }) else { throw .noHeader }
        let columns = try Self.columns(header)
        var lines: [Line] = []
        for record in records where record.line > header.line && !record.isBlank {
            lines.append(try Self.line(record, columns: columns, width: header.fields.count))
        }
        self.lines = lines
    }

    /// Column name (trimmed, lower-cased) → field index.
    static func columns(_ header: CSVRecord) throws(BankStatementError) -> [String: Int] {
        var columns: [String: Int] = [:]
        for (index, field) in header.fields.enumerated() {
            let name = field.trimmed.lowercased()
            if columns[name] != nil { throw .duplicateColumn(name, line: header.line) }
            columns[name] = index
        }
        for name in requiredColumns where columns[name] == nil { throw .missingColumn(name) }
        return columns
    }

    static func line(_ record: CSVRecord, columns: [String: Int], width: Int) throws(BankStatementError) -> Line {
        guard record.fields.count == width else { throw .fieldCount(line: record.line, expected: width, found: record.fields.count) }
        func value(_ name: String) -> String { columns[name].map { record.fields[$0].trimmed } ?? "" }
        func invalid(_ name: String, _ reason: String) -> BankStatementError {
            .invalidValue(line: record.line, column: name, value: value(name), reason: reason)
        }
        guard let date = CivilDate(parsing: value("date")) else { throw invalid("date", "is not a date YYYY-MM-DD") }
        guard let currency = Currency(code: value("currency")) else { throw invalid("currency", "is not a known ISO 4217 currency code") }
        let amount: Money
        do { amount = try Money(parsing: value("amount"), currency: currency) } catch {
            switch error {
            case .tooManyDecimals(let written, let allowed, _):
                throw invalid("amount", "has \(written) decimals; \(currency.code) allows \(allowed)")
            case .notAnAmount, .outOfRange:
                throw invalid("amount", "is not an amount (digits, an optional leading minus and a decimal point)")
            }
        }
        let counterparty = value("counterparty")
        return Line(line: record.line, date: date, amount: amount, reference: value("reference"),
                    counterparty: counterparty.isEmpty ? nil : counterparty)
    }
}

extension String {
    /// Spaces and tabs around a value: spreadsheets pad, banks do not mean them.
    var trimmed: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
