/// Lowercase hexadecimal text of bytes, two characters per byte, no
/// separators: the form hashes take in event files and manifests.
///
/// Example: `hexString([0x00, 0xab, 0x7f])` is `"00ab7f"`; an empty array
/// gives `""`.
public func hexString(_ bytes: [UInt8]) -> String {
    let digits: StaticString = "0123456789abcdef"
    // Built as bytes and decoded once: appending characters to a String one
    // by one is several times slower, and this runs for every ledger line.
    return digits.withUTF8Buffer { table in
        var text = [UInt8]()
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(table[Int(byte >> 4)])
            text.append(table[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
