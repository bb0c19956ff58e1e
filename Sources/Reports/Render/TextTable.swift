/// A plain text table for terminals: columns padded to their widest cell,
/// numbers right-aligned.
///
/// Example: columns Reseller (left) and Balance (right) with one row
/// `R-HANSA | 9.62` render as
/// ```
/// Reseller  Balance
/// --------  -------
/// R-HANSA      9.62
/// ```
public struct TextTable: Sendable {
    public enum Column: Sendable {
        case left(String), right(String)
        var title: String { switch self { case .left(let t), .right(let t): t } }
        var isRight: Bool { if case .right = self { true } else { false } }
    }

    let columns: [Column]
    var rows: [[String]] = []

    public init(columns: [Column]) { self.columns = columns }

    public mutating func add(_ row: [String]) { rows.append(row) }

    public func render() -> String {
        var widths = columns.map { $0.title.count }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return columns[index].isRight ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var output = [line(columns.map(\.title)), line(widths.map { String(repeating: "-", count: $0) })]
        output += rows.map(line)
        return output.joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
