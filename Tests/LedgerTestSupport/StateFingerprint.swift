/// A text that describes a value completely and does not depend on the
/// order a dictionary or set happens to iterate in: every stored property,
/// recursively (through classes, enum payloads and optionals), with the
/// entries of dictionaries and sets sorted. Two `LedgerState`s with equal
/// fingerprints hold the same data, however each was built.
///
/// Example: `StateFingerprint.of(["b": 1, "a": 2]) == StateFingerprint.of(["a": 2, "b": 1])`;
/// `StateFingerprint.of(Projection.replay(events))` compares a state built
/// incrementally with one replayed from the start.
public enum StateFingerprint {
    public static func of(_ value: Any) -> String {
        var text = ""
        write(value, into: &text)
        return text
    }

    static func write(_ value: Any, into text: inout String) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .dictionary:
            let entries = mirror.children.map { entry -> String in
                let pair = Array(Mirror(reflecting: entry.value).children)
                return of(pair[0].value) + " => " + of(pair[1].value)
            }
            text += "[" + entries.sorted().joined(separator: "; ") + "]"
        case .set:
            text += "{" + mirror.children.map { of($0.value) }.sorted().joined(separator: "; ") + "}"
        case .optional:
            if let wrapped = mirror.children.first { write(wrapped.value, into: &text) } else { text += "nil" }
        case nil:
            text += String(reflecting: value)
        default:
            text += "\(mirror.subjectType)("
            for child in mirror.children {
                text += (child.label ?? "") + ": "
                write(child.value, into: &text)
                text += ", "
            }
            text += ")"
        }
    }
}
