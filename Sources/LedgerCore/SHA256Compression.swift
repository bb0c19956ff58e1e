/// The SHA-256 compression function (FIPS 180-4 §6.2.2): it folds 64-byte
/// blocks into the eight-word hash state. Kept apart from `SHA256`, which
/// only buffers and pads, so the arithmetic can be read against the standard.
///
/// Example: the single padded block of "abc" (0x61 0x62 0x63 0x80, zeros,
/// then the length 24 in the last byte) turns the initial state
/// 6a09e667 bb67ae85 … into ba7816bf 8f01cfea … f20015ad.
enum SHA256Compression {
    typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    /// The first 32 bits of the fractional parts of the square roots of the
    /// first eight primes (FIPS 180-4 §5.3.3).
    static let initialState: State = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )

    /// The first 32 bits of the fractional parts of the cube roots of the
    /// first 64 primes (FIPS 180-4 §4.2.2).
    static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// Compresses every 64-byte block of `blocks` (its count is a multiple of 64).
    static func compress(_ blocks: UnsafeRawBufferPointer, into state: inout State) {
        precondition(blocks.count % SHA256.blockByteCount == 0, "SHA-256 compresses whole blocks only")
        roundConstants.withUnsafeBufferPointer { k in
            // The message schedule lives on the stack and is reused for every block.
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                var blockStart = 0
                while blockStart < blocks.count {
                    schedule(UnsafeRawBufferPointer(rebasing: blocks[blockStart..<(blockStart + 64)]), into: w)
                    rounds(w, constants: k, state: &state)
                    blockStart += SHA256.blockByteCount
                }
            }
        }
    }

    /// W(0)…W(15) are the block's big-endian words; W(16)…W(63) extend them.
    @inline(__always)
    static func schedule(_ block: UnsafeRawBufferPointer, into w: UnsafeMutableBufferPointer<UInt32>) {
        for t in 0..<16 {
            // Unaligned loads: blocks come straight from the caller's buffer.
            w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self))
        }
        for t in 16..<64 {
            let x = w[t - 15], y = w[t - 2]
            let sigma0 = rotateRight(x, 7) ^ rotateRight(x, 18) ^ (x >> 3)
            let sigma1 = rotateRight(y, 17) ^ rotateRight(y, 19) ^ (y >> 10)
            w[t] = w[t - 16] &+ sigma0 &+ w[t - 7] &+ sigma1
        }
    }

    /// The 64 rounds over one scheduled block, then the addition into the state.
    @inline(__always)
    static func rounds(_ w: UnsafeMutableBufferPointer<UInt32>, constants k: UnsafeBufferPointer<UInt32>,
                       state: inout State) {
        var (a, b, c, d, e, f, g, h) = state
        for t in 0..<64 {
            let sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
            let choose = (e & f) ^ (~e & g)
            let temp1 = h &+ sum1 &+ choose &+ k[t] &+ w[t]
            let sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let temp2 = sum0 &+ majority
            h = g; g = f; f = e; e = d &+ temp1
            d = c; c = b; b = a; a = temp1 &+ temp2
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d,
                 state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
    }

    /// H(0)…H(7) as 32 big-endian bytes: the digest.
    static func bigEndianBytes(of state: State) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: SHA256.digestByteCount)
        digest.withUnsafeMutableBytes { bytes in
            withUnsafeBytes(of: state) { words in
                for index in 0..<8 {
                    let word = words.load(fromByteOffset: 4 * index, as: UInt32.self)
                    bytes.storeBytes(of: word.bigEndian, toByteOffset: 4 * index, as: UInt32.self)
                }
            }
        }
        return digest
    }

    @inline(__always)
    static func rotateRight(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 - count))
    }
}
