#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif

public enum RLedger {
    public static func main(arguments: [String]) -> Int32 { 0 }
}
