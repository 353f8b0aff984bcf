#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte strings to the first index that has each, for a plan's task ids: the keys are
/// spans of one byte arena, reached through `keyOf`, so no String is built or hashed
/// per task. Open addressing, at most half full; a slot keeps 32 bits of its key's
/// hash beside the value, so keys are compared only when those agree.
struct IDTable {
    private var slots: [UInt64]
    private let mask: Int
    private static let empty = UInt64.max

    init(capacity: Int) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        slots = [UInt64](repeating: Self.empty, count: n)
        mask = n - 1
    }

    /// FNV-1a, mixed: the low bits choose the slot, the high 32 are the slot's tag.
    @inline(__always)
    private static func hash(_ k: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in k { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }

    @inline(__always)
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    /// The value already stored under `key`; else stores `value` and returns nil.
    @inline(__always)
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Int32,
                         keyOf: (Int32) -> UnsafeBufferPointer<UInt8>) -> Int32? {
        let h = Self.hash(key), tag = h & 0xFFFF_FFFF_0000_0000
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s == Self.empty { slots[i] = tag | UInt64(UInt32(bitPattern: value)); return nil }
            if s & 0xFFFF_FFFF_0000_0000 == tag, Self.same(keyOf(Int32(truncatingIfNeeded: s)), key) {
                return Int32(truncatingIfNeeded: s)
            }
            i = (i + 1) & mask
        }
    }

    /// The value stored under `key`.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, keyOf: (Int32) -> UnsafeBufferPointer<UInt8>) -> Int32? {
        let h = Self.hash(key), tag = h & 0xFFFF_FFFF_0000_0000
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s == Self.empty { return nil }
            if s & 0xFFFF_FFFF_0000_0000 == tag, Self.same(keyOf(Int32(truncatingIfNeeded: s)), key) {
                return Int32(truncatingIfNeeded: s)
            }
            i = (i + 1) & mask
        }
    }
}
