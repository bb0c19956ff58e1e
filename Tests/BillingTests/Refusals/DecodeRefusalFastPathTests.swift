import Testing
@testable import LedgerEvents

/// The lines of `DecodeRefusalTests`: the decoder's fast path
/// (`FastLineDecoder`) takes none of them, so the refusal and its message
/// are the strict decoder's.
@Suite struct DecodeRefusalFastPathTests {
    @Test(arguments: DecodeRefusalTests.cases)
    func theFastPathTakesNoneOfTheRefusedLines(_ c: DecodeRefusalTests.Case) {
        let line = Array(c.line.utf8)
        #expect(throws: DecodeError(field: c.field, message: c.message)) { try EventCodec.strictDecode(line: line, form: .input) }
        #expect(FastLineDecoder.decode(line, form: .input) == nil)
        #expect(throws: DecodeError(field: c.field, message: c.message)) { try EventCodec.decode(line: line, form: .input) }
    }
}
