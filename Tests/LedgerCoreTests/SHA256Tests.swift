/// SHA-256 against the FIPS 180-4 example vectors (and the NIST one-million
/// "a" vector), plus the padding edges and piecewise feeding.
///
/// Example: `SHA256.hexDigest(Array("abc".utf8))` must be
/// `ba7816bf…f20015ad`; the same bytes fed as "a", "bc" must give it too.
import Testing
import LedgerCore

struct SHA256Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let message: [UInt8]
        let digest: String
        var testDescription: String { name }
    }

    static let fipsVectors: [Vector] = [
        Vector(name: "empty", message: [],
               digest: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Vector(name: "abc", message: Array("abc".utf8),
               digest: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        Vector(name: "448 bits", message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
               digest: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        Vector(name: "896 bits",
               message: Array(("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                   + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8),
               digest: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        Vector(name: "one million a", message: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000),
               digest: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    static let abcDigest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    static let emptyDigest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    @Test(arguments: fipsVectors)
    func fipsExampleVector(_ vector: Vector) {
        #expect(SHA256.hexDigest(vector.message) == vector.digest)
        #expect(hexString(SHA256.hash(vector.message)) == vector.digest)
    }

    /// Lengths around the padding edges: from 56 bytes in the last block on,
    /// the length no longer fits and the padding spills into a second block.
    /// Digests computed with Python's hashlib.
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func paddingEdges(length: Int, digest: String) {
        #expect(SHA256.hexDigest([UInt8](repeating: UInt8(ascii: "a"), count: length)) == digest)
    }

    /// 10,000 bytes `i % 251` fed in pieces of 1, 63, 64, 65 and 1000 bytes
    /// (each alone, then cycling), so pieces start and end at every offset
    /// inside a block. Digest computed with Python's hashlib.
    @Test func unevenChunksGiveTheOneShotDigest() {
        let message = (0..<10_000).map { UInt8($0 % 251) }
        let expected = "0cd0bf930677960951dda8588edcb6b293c0c3b26ef3ba72cddff4ddfc6822c7"
        #expect(SHA256.hexDigest(message) == expected)
        for sizes in [[1], [63], [64], [65], [1000], [1, 63, 64, 65, 1000]] {
            var hasher = SHA256()
            var start = 0, turn = 0
            while start < message.count {
                let end = min(start + sizes[turn % sizes.count], message.count)
                hasher.update(message[start..<end])
                start = end
                turn += 1
            }
            #expect(hexString(hasher.finalize()) == expected, "pieces of \(sizes)")
        }
    }

    @Test func rawBufferAndEmptyUpdates() {
        var hasher = SHA256()
        hasher.update([UInt8]())
        Array("ab".utf8).withUnsafeBytes { hasher.update($0) }
        hasher.update(UnsafeRawBufferPointer(start: nil, count: 0))
        hasher.update("c".utf8)
        #expect(hexString(hasher.finalize()) == Self.abcDigest)
    }

    /// A lazily mapped collection has no contiguous storage: the copying path.
    @Test func nonContiguousCollection() {
        let bytes = "abc".utf8.lazy.map { $0 }
        #expect(SHA256.hexDigest(bytes) == Self.abcDigest)
    }

    @Test func finalizeStartsOver() {
        var hasher = SHA256()
        hasher.update("abc".utf8)
        #expect(hexString(hasher.finalize()) == Self.abcDigest)
        #expect(hexString(hasher.finalize()) == Self.emptyDigest)
        hasher.update("abc".utf8)
        #expect(hexString(hasher.finalize()) == Self.abcDigest)
    }

    @Test func hexStringIsLowercaseTwoDigitsPerByte() {
        #expect(hexString([]) == "")
        #expect(hexString([0x00, 0x0f, 0xab, 0x7f, 0xff]) == "000fab7fff")
        #expect(SHA256.hash([UInt8]()).count == 32)
    }
}
