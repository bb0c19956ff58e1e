/// Account names shared by the ledger and the hledger/beancount export
/// (EVENTS.md): a component is the id with its first letter upper-cased and
/// `.`/`_` replaced by `-`.
///
/// Example: program `bytekast`, reseller `R-ORBIT` →
/// `Assets:Receivable:Bytekast:R-ORBIT`; category `setup` → `Income:Bytekast:Setup`.
///
/// Ids (`[A-Za-z0-9][A-Za-z0-9._-]*`) always give a component both tools
/// accept. Categories and tax regions are free text, so the same rule is
/// extended to keep every name valid in both tools (a decision): any
/// character other than a letter, a digit or `-` becomes `-` (a space or
/// `:` would split or break the name), and a component that would not
/// start with a letter or digit gets an `X` in front. Category
/// `"setup fee"` → `Setup-fee`; `"_misc"` → `X-misc`; `""` → `X`.
public enum AccountNames {
    public static func component(_ id: String) -> String {
        if let ascii = asciiComponent(id) { return ascii }
        var text = String(id.map { isKept($0) ? $0 : "-" })
        if let first = text.first { text.replaceSubrange(text.startIndex...text.startIndex, with: first.uppercased()) }
        guard let first = text.first, first != "-" else { return "X" + text }
        return text
    }

    /// The common case, an ASCII id that starts with a letter or digit and
    /// holds only letters, digits and `-`: the id with its first letter
    /// upper-cased, built from the bytes without going through `Character`
    /// (replay names an account for every money event). Nil otherwise.
    static func asciiComponent(_ id: String) -> String? {
        let utf8 = id.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard let first = bytes.first, isASCIIAlphanumeric(first) else { return nil }
            for byte in bytes where !(isASCIIAlphanumeric(byte) || byte == 0x2D) { return nil }
            guard first >= 0x61, first <= 0x7A else { return id }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(from: bytes)
                buffer[0] = first - 0x20
                return bytes.count
            }
        } ?? nil
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// ASCII letters and digits, `-`, and non-ASCII letters and digits (both
    /// tools read UTF-8 names: `Лицензия` stays readable).
    static func isKept(_ character: Character) -> Bool {
        character == "-" || character.isLetter || character.isNumber
    }

    public static func receivable(program: String, reseller: String) -> String {
        joined("Assets:Receivable:", program, ":", reseller) ?? "Assets:Receivable:\(component(program)):\(component(reseller))"
    }

    public static func income(program: String, category: String) -> String {
        joined("Income:", program, ":", category) ?? "Income:\(component(program)):\(component(category))"
    }

    /// `prefix + component(first) + separator + component(second)` built in
    /// one allocation when both ids take the ASCII fast path of `component`
    /// (replay names a receivable for every money event); nil otherwise.
    static func joined(_ prefix: StaticString, _ first: String, _ separator: StaticString, _ second: String) -> String? {
        var first = first, second = second
        return first.withUTF8 { a -> String? in
            second.withUTF8 { b -> String? in
                guard isFastComponent(a), isFastComponent(b) else { return nil }
                let count = prefix.utf8CodeUnitCount + a.count + separator.utf8CodeUnitCount + b.count
                return String(unsafeUninitializedCapacity: count) { buffer in
                    var at = 0
                    func put(_ bytes: UnsafeBufferPointer<UInt8>, capitalized: Bool) {
                        for (offset, byte) in bytes.enumerated() {
                            buffer[at] = capitalized && offset == 0 && byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
                            at += 1
                        }
                    }
                    put(UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount), capitalized: false)
                    put(a, capitalized: true)
                    put(UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount), capitalized: false)
                    put(b, capitalized: true)
                    return at
                }
            }
        }
    }

    /// The ids `asciiComponent` handles: ASCII, first a letter or digit,
    /// then letters, digits and `-`.
    static func isFastComponent(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, isASCIIAlphanumeric(first) else { return false }
        for byte in bytes where !(isASCIIAlphanumeric(byte) || byte == 0x2D) { return false }
        return true
    }

    public static func interest(program: String) -> String { "Income:\(component(program)):Interest" }
    public static func salesTax(jurisdiction: String) -> String { "Liabilities:SalesTax:\(component(jurisdiction))" }
    public static func bank(currency: String) -> String { "Assets:Bank:\(currency)" }
    public static func expense(program: String, kind: String) -> String { "Expenses:\(component(program)):\(kind)" }
}
