import Testing
@testable import LedgerEvents

/// Every line of the hostile corpus, as input and as a stored line: the
/// decoder's fast path (`FastLineDecoder`) takes none that the strict
/// decoder refuses, and what it takes it decodes exactly as the strict
/// decoder does.
///
/// Example: `"amount":"900.00"` written twice is refused by the parser
/// (`duplicate key "amount"`); the fast path gives nil for that line, so
/// `EventCodec.decode` reports the parser's error.
@Suite struct HostileInputFastPathTests {
    @Test(arguments: HostileInputCorpus.all)
    func theFastPathTakesNoLineTheStrictDecoderRefuses(_ hostile: HostileInput) {
        for line in hostile.input.split(separator: 0x0A, omittingEmptySubsequences: false) {
            for form in [EventCodec.Form.input, .stored] {
                let line = Array(line)
                let fast = FastLineDecoder.decode(line, form: form)
                switch Result(catching: { try EventCodec.strictDecode(line: line, form: form) }) {
                case .failure(let error):
                    #expect(fast == nil, "taken although refused (\(error))")
                case .success(let strict):
                    guard let fast else { continue }
                    #expect(fast.event == strict.event && fast.chain == strict.chain)
                    #expect(EventCodec.encodeInput(fast.event) == EventCodec.encodeInput(strict.event))
                }
            }
        }
    }
}
