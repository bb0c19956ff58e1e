import Testing
import LedgerTestSupport

/// The golden-file failure message names the first differing line, so a
/// changed document reads as a diff in the test log.
@Suite struct GoldenFileTests {
    @Test func differenceNamesTheFirstDifferingLine() {
        let message = GoldenFile.difference(name: "s.html", expected: "a\nb\nc\nd\n", actual: "a\nb\nC\nd\n")
        #expect(message == """
            s.html differs from the golden file at line 3 (expected 5 lines, got 5):
              a
              b
            - expected: c
            + actual:   C
            Re-record with RLEDGER_RECORD_SNAPSHOTS=1 and review the diff if the change is intended.
            """)
    }

    @Test func aShorterOutputEndsEarly() {
        let message = GoldenFile.difference(name: "s.json", expected: "{}\n", actual: "{}")
        #expect(message.contains("at line 2 (expected 2 lines, got 1)"))
        #expect(message.contains("- expected: \n+ actual:   <end of file>\n"))
    }
}
