/// FNV-1a, 32 bits (Fowler–Noll–Vo): a small, stable, non-cryptographic
/// hash, for spreading ids over buckets that must stay where they are from
/// one run and one machine to the next (Swift's `Hasher` is seeded per
/// process). The derived index's key shards and `balances`' partitions of
/// resellers use it.
///
/// Example: `FNV1a.hash32("a") == 0xE40C_292C`, `FNV1a.hash32("foobar") ==
/// 0xBF9C_F968` (the reference values of the FNV test suite).
public enum FNV1a {
    public static let offsetBasis: UInt32 = 0x811C_9DC5
    public static let prime: UInt32 = 0x0100_0193

    public static func hash32(_ text: String) -> UInt32 {
        // Over the contiguous UTF-8 (every native string; ids are small
        // strings, copied to the stack): iterating the `utf8` view checks
        // each index, which made this a few per cent of a replay.
        var text = text
        return text.withUTF8 { hash32(bytes: $0) }
    }

    /// The same hash of bytes (a string's UTF-8 where it lies in a line).
    public static func hash32(bytes: some Sequence<UInt8>) -> UInt32 {
        var hash = offsetBasis
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* prime }
        return hash
    }
}
