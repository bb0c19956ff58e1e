import Testing
import Billing

/// `EnrolmentKey` hashes once, when made: equal keys must still hash
/// alike and find each other in a dictionary, and keys of other ids must
/// not be equal.
@Suite struct EnrolmentKeyTests {
    @Test func equalKeysHashAlikeAndFindEachOther() {
        let a = EnrolmentKey(reseller: "R-ACME", program: "groupdocs")
        let b = EnrolmentKey(reseller: String("R-ACME".reversed().reversed()), program: "group" + "docs")
        #expect(a == b && a.hashValue == b.hashValue)
        let table = [a: 1]
        #expect(table[b] == 1)
    }

    @Test func otherIdsAreOtherKeys() {
        let a = EnrolmentKey(reseller: "R-ACME", program: "groupdocs")
        for other in [EnrolmentKey(reseller: "R-ACMF", program: "groupdocs"), EnrolmentKey(reseller: "R-ACME", program: "bytekast"),
                      EnrolmentKey(reseller: "groupdocs", program: "R-ACME")] {
            #expect(a != other)
            #expect([a: 1][other] == nil)
        }
        // Sorted by reseller, then program, as before.
        #expect(EnrolmentKey(reseller: "R-A", program: "z") < EnrolmentKey(reseller: "R-B", program: "a"))
    }

    /// "\u{212A}" (KELVIN SIGN) is canonically equivalent to "K", so
    /// Swift's `==` calls the strings equal; their bytes differ, and so do
    /// the keys: equality never holds between keys of different hashes.
    @Test func aCanonicallyEquivalentQueryIsNotAnotherSpellingOfTheId() {
        #expect("\u{212A}" == "K")
        let stored = EnrolmentKey(reseller: "R-K", program: "groupdocs")
        let query = EnrolmentKey(reseller: "R-\u{212A}", program: "groupdocs")
        #expect(stored != query)
        #expect([stored: 1][query] == nil)
    }
}
