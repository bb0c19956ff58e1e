/// `Currency`: known ISO 4217 codes with their minor digits; anything else
/// is refused rather than guessed.
///
/// Example: USD has 2 minor digits, JPY 0, KWD 3; `"XXX"` and `"usd"` are
/// not currencies.
import Testing
import LedgerCore

struct CurrencyTests {
    @Test(arguments: [("USD", 2), ("EUR", 2), ("RUB", 2), ("GBP", 2), ("JPY", 0), ("KRW", 0), ("CLP", 0), ("KWD", 3)])
    func minorDigits(code: String, digits: Int) throws {
        let currency = try #require(Currency(code: code))
        #expect(currency.minorDigits == digits)
        #expect(currency.code == code)
        #expect(currency.description == code)
    }

    @Test(arguments: ["XXX", "usd", "Usd", "", "US", "USDX", " USD", "€"])
    func refusesUnknownCodes(code: String) {
        #expect(Currency(code: code) == nil)
    }

    @Test func namedCurrenciesAndOrder() {
        #expect(Currency.usd == Currency(code: "USD"))
        #expect(Currency.eur == Currency(code: "EUR"))
        #expect(Currency.rub == Currency(code: "RUB"))
        #expect(Currency.jpy == Currency(code: "JPY"))
        #expect([Currency.usd, .jpy, .eur, .rub].sorted() == [.eur, .jpy, .rub, .usd])
    }

    /// Every known code is its own key: a set of all of them keeps them
    /// all, and each finds itself (the hash is the code's bytes).
    @Test func everyKnownCodeIsADistinctKey() throws {
        let all = try Currency.minorDigitsByCode.keys.map { try #require(Currency(code: $0)) }
        let set = Set(all)
        #expect(set.count == Currency.minorDigitsByCode.count)
        for currency in all { #expect(set.contains(currency)) }
        var totals: [Currency: Int] = [:]
        for currency in all + all { totals[currency, default: 0] += 1 }
        #expect(totals.values.allSatisfy { $0 == 2 })
    }
}
