import LedgerTestSupport

/// A peer tool that refused the journal, or printed what the test cannot read.
///
/// Example: bean-check exiting 1 on an unbalanced transaction →
/// `bean-check exited 1: <its messages>`.
enum PeerError: Error, CustomStringConvertible {
    case failed(tool: String, output: PeerTool.Output)
    case unreadable(tool: String, line: String)

    var description: String {
        switch self {
        case .failed(let tool, let output): "\(tool) exited \(output.status): \(output.stderr.prefix(2000))"
        case .unreadable(let tool, let line): "cannot read \(tool) output line: \(line)"
        }
    }
}
