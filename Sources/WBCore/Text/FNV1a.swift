/// FNV-1a, 64 bits: a hash of bytes that is the same on every run and every machine
/// (Swift's `Hasher` is seeded per process). Calendar UIDs and issue fingerprints
/// print it; the id tables choose places by it.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    /// Starts from the offset basis mixed with `seed` (an id's team, say).
    init(seed: UInt64) { value ^= seed }

    @inline(__always)
    mutating func add(_ b: UInt8) { value = (value ^ UInt64(b)) &* 0x100_0000_01b3 }

    @inline(__always)
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) { for b in bytes { add(b) } }

    mutating func add(_ s: String) { for b in s.utf8 { add(b) } }

    /// The value as 16 hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
