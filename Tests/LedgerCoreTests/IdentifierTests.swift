/// `Identifier`: the id grammar that keeps ids safe in file paths and
/// document numbers.
///
/// Example: `R-ACME` is a valid entity and event id; `fee:GD-2026-000017:2026-04`
/// is valid only as an event id (the colon); `../x`, `a/b` and a
/// 65-character id are never valid entity ids.
import Testing
import LedgerCore

struct IdentifierTests {
    /// (text, valid as an entity id, valid as an event id)
    @Test(arguments: [
        ("R-ACME", true, true),
        ("bytekast", true, true),
        ("a", true, true),
        ("0abc", true, true),
        ("x.y_z-0", true, true),
        (String(repeating: "a", count: 64), true, true),
        (String(repeating: "a", count: 65), false, true),
        (String(repeating: "a", count: 128), false, true),
        (String(repeating: "a", count: 129), false, false),
        ("fee:GD-2026-000017:2026-04", false, true),
        ("a:b", false, true),
        (":a", false, false),
        ("", false, false),
        ("../x", false, false),
        ("../etc", false, false),
        ("a/b", false, false),
        ("a\\b", false, false),
        ("a\u{0}b", false, false),
        ("-a", false, false),
        (".a", false, false),
        ("_a", false, false),
        ("a b", false, false),
        ("R-ACME\n", false, false),
        ("é", false, false),
        ("aé", false, false),
    ])
    func validity(text: String, entity: Bool, event: Bool) {
        #expect(Identifier.isValidEntity(text) == entity)
        #expect(Identifier.isValidEvent(text) == event)
    }
}
