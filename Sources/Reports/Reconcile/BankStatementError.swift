/// Why a bank statement CSV was refused, naming the line and column.
///
/// Example: an amount of `12.345` in a USD line 4 →
/// `line 4, column amount: "12.345" has 3 decimals; USD allows 2`.
public enum BankStatementError: Error, Equatable, Sendable, CustomStringConvertible {
    case csv(CSVReadError)
    case noHeader
    case missingColumn(String)
    case duplicateColumn(String, line: Int)
    case fieldCount(line: Int, expected: Int, found: Int)
    case invalidValue(line: Int, column: String, value: String, reason: String)

    public var description: String {
        switch self {
        case .csv(let error): error.description
        case .noHeader: "line 1: the file is empty; it needs a header row naming date, amount, currency, reference"
        case .missingColumn(let name): "line 1: no column \"\(name)\" in the header (needed: date, amount, currency, reference)"
        case .duplicateColumn(let name, let line): "line \(line): column \"\(name)\" appears twice in the header"
        case .fieldCount(let line, let expected, let found): "line \(line): \(found) fields; the header has \(expected)"
        case .invalidValue(let line, let column, let value, let reason): "line \(line), column \(column): \"\(value)\" \(reason)"
        }
    }
}
