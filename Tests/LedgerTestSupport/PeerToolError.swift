/// A peer tool that is not on PATH.
///
/// Example: `PeerToolError.notInstalled("hledger")` prints
/// `hledger is not installed (run Scripts/install-test-peers.sh)`.
public enum PeerToolError: Error, CustomStringConvertible {
    case notInstalled(String)
    public var description: String {
        switch self { case .notInstalled(let tool): "\(tool) is not installed (run Scripts/install-test-peers.sh)" }
    }
}
