/// SHA-256 (FIPS 180-4), written by hand because the product may use the
/// toolchain only, and the hash chain of the event files needs it for every
/// line.
///
/// Example: `SHA256.hexDigest(Array("abc".utf8))` is
/// `"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"`
/// (FIPS 180-4, appendix B.1). Feeding "a" then "bc" through `update` and
/// calling `finalize()` gives the same 32 bytes.
public struct SHA256: Sendable {
    public static let digestByteCount = 32
    static let blockByteCount = 64
    /// Where the 64-bit message length starts in the last padded block.
    static let lengthOffset = 56

    /// The working hash value H(0)…H(7), FIPS 180-4 §5.3.3. A tuple rather
    /// than an array keeps the hasher free of heap allocations: one is made
    /// per ledger line.
    var state: SHA256Compression.State = SHA256Compression.initialState
    /// Bytes of an incomplete block (64 bytes, stored inline for the same reason).
    var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    var pendingCount = 0
    /// The whole message length in bytes; the padding records it in bits.
    var messageByteCount: UInt64 = 0

    public init() {}

    /// Feeds bytes; whole 64-byte blocks are compressed straight from the
    /// caller's memory, only a partial block is copied.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        messageByteCount &+= UInt64(bytes.count)
        var offset = 0
        if pendingCount > 0 {
            offset = min(SHA256.blockByteCount - pendingCount, bytes.count)
            appendPending(UnsafeRawBufferPointer(start: base, count: offset))
            guard pendingCount == SHA256.blockByteCount else { return }
            compressPending()
        }
        let wholeBlocksEnd = offset + (bytes.count - offset) / SHA256.blockByteCount * SHA256.blockByteCount
        if wholeBlocksEnd > offset {
            SHA256Compression.compress(UnsafeRawBufferPointer(start: base + offset, count: wholeBlocksEnd - offset),
                                       into: &state)
        }
        appendPending(UnsafeRawBufferPointer(start: base + wholeBlocksEnd, count: bytes.count - wholeBlocksEnd))
    }

    /// Feeds any byte collection, without copying when it is contiguous
    /// (arrays, slices, native strings' `utf8`).
    public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if done == nil {
            Array(bytes).withUnsafeBytes { update($0) }
        }
    }

    /// Pads the message, returns the 32-byte digest and starts over, so the
    /// same value can hash the next message without a stale state.
    public mutating func finalize() -> [UInt8] {
        let bitCount = messageByteCount &* 8
        // Padding (FIPS 180-4 §5.1.1): one 1-bit, zeros up to byte 56 of a
        // block (spilling into a second block when fewer than 9 bytes are
        // left), then the bit length as a 64-bit big-endian number.
        withUnsafeMutableBytes(of: &pending) { block in
            block[pendingCount] = 0x80
            for index in (pendingCount + 1)..<SHA256.blockByteCount { block[index] = 0 }
        }
        if pendingCount >= SHA256.lengthOffset {
            compressPending()
            pending = (0, 0, 0, 0, 0, 0, 0, 0)
        }
        withUnsafeMutableBytes(of: &pending) { block in
            for index in 0..<8 {
                block[SHA256.blockByteCount - 1 - index] = UInt8(truncatingIfNeeded: bitCount >> (8 * UInt64(index)))
            }
        }
        compressPending()
        let digest = SHA256Compression.bigEndianBytes(of: state)
        self = SHA256()
        return digest
    }

    /// The 32-byte digest of `bytes` in one call.
    public static func hash<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest as 64 lowercase hex characters, the form the `chain` field stores.
    public static func hexDigest<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        hexString(hash(bytes))
    }

    private mutating func appendPending(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count > 0 else { return }
        let start = pendingCount
        withUnsafeMutableBytes(of: &pending) { block in
            UnsafeMutableRawBufferPointer(rebasing: block[start..<(start + bytes.count)]).copyMemory(from: bytes)
        }
        pendingCount += bytes.count
    }

    private mutating func compressPending() {
        let block = pending
        withUnsafeBytes(of: block) { SHA256Compression.compress($0, into: &state) }
        pendingCount = 0
    }
}
