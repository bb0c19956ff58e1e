/// A fast 64-bit checksum of a byte stream that can be stopped and resumed:
/// what the seal (`DerivedIndex`) records about bytes that already passed a
/// full SHA-256 chain check, so a later read can confirm them at memory speed
/// instead of hashing every line again.
///
/// Each 8-byte little-endian word `w` updates the state with
/// `s = (s ^ w) &* K; s ^= s >> 29`. For a fixed word both steps are
/// bijections of the state, and for a fixed state the update is injective in
/// the word, so any change confined to one 8-byte word always changes the
/// result; wider changes go unnoticed with probability about 2⁻⁶⁴. It is not
/// a cryptographic hash: it guards against damage and editing by hand, as
/// the chain does; the chain itself is what `verify` checks.
///
/// Example: feeding `"abc"` then `"defgh"` gives the same `value` as feeding
/// `"abcdefgh"` at once; changing any one byte changes `value`.
public struct RunningChecksum: Equatable, Sendable {
    static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    static let seed: UInt64 = 0x6A09_E667_F3BC_C908

    /// The state after the whole words fed so far.
    public private(set) var state: UInt64
    /// The bytes of the unfinished word, little-endian, and how many there are.
    public private(set) var pending: UInt64
    public private(set) var pendingCount: Int
    /// Bytes fed in all.
    public private(set) var count: Int

    public init() {
        self.init(state: Self.seed, pending: 0, pendingCount: 0, count: 0)
    }

    /// Resumes a checksum from a recorded state (see the seal's fields).
    public init(state: UInt64, pending: UInt64, pendingCount: Int, count: Int) {
        self.state = state
        self.pending = pending
        self.pendingCount = pendingCount
        self.count = count
    }

    /// The checksum of everything fed so far (the stream can go on after).
    public var value: UInt64 {
        var s = pendingCount > 0 ? Self.mix(state, pending) : state
        s = Self.mix(s, UInt64(count))
        return s
    }

    @inline(__always)
    static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        var s = (state ^ word) &* multiplier
        s ^= s >> 29
        return s
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        let total = bytes.count
        count += total
        // Finish the pending word first, byte by byte.
        while pendingCount > 0 && pendingCount < 8 && index < total {
            pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
            pendingCount += 1
            index += 1
        }
        if pendingCount == 8 {
            state = Self.mix(state, pending)
            pending = 0
            pendingCount = 0
        }
        guard let base = bytes.baseAddress else { return }
        var s = state
        while index + 8 <= total {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            s = Self.mix(s, word)
            index += 8
        }
        state = s
        while index < total {
            pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
            pendingCount += 1
            index += 1
        }
    }

    public mutating func update(_ bytes: some Collection<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ update(UnsafeRawBufferPointer($0)) }) != nil { return }
        let array = Array(bytes)
        array.withUnsafeBytes { update($0) }
    }
}
