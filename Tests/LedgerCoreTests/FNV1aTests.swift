import Testing
import LedgerCore

/// FNV-1a 32 against the reference values of the FNV test suite
/// (isthe.com/chongo/tech/comp/fnv, `test_fnv.c`, FNV-1a 32-bit).
@Suite struct FNV1aTests {
    @Test(arguments: [
        ("", UInt32(0x811C_9DC5)),
        ("a", 0xE40C_292C),
        ("b", 0xE70C_2DE5),
        ("c", 0xE60C_2C52),
        ("d", 0xE10C_2473),
        ("foo", 0xA9F3_7ED7),
        ("foobar", 0xBF9C_F968),
    ])
    func referenceValues(text: String, expected: UInt32) {
        #expect(FNV1a.hash32(text) == expected)
    }
}
