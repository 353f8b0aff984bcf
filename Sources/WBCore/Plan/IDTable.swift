#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte strings to the first index that has each, for a plan's task ids: the keys are
/// spans of one byte arena, reached through `keyOf`, so no String is built or hashed
/// per task. Open addressing, at most half full; a slot keeps 32 bits of its key's
/// hash beside the value, so keys are compared only when those agree.
///
/// Most plans number their tasks (T1, T2, …): a key that is the table's prefix and a
/// number written without leading zeros is kept in a plain array at that number
/// instead, read in order, with no hashing, no comparing and few cache misses. The
/// prefix and a number name one byte string, so the two places never hold one key.
struct IDTable {
    /// Made at the first key that is not numbered.
    private var slots: [UInt64] = []
    private let mask: Int
    private static let empty = UInt64.max
    private let prefix: [UInt8]
    private var dense: [Int32]
    /// While every key inserted was numbered and value i went to number `base + i`,
    /// in order (T1 on the first task, T2 on the second, …): `find` then computes a
    /// numbered key's value. `inserted`: how many keys went into `dense`.
    private var ordinal = true, base = 0, inserted = 0

    /// `sample`: a key like most (the plan's first id), whose letters before its
    /// closing digits become the prefix of the numbered keys.
    init(capacity: Int, sample: UnsafeBufferPointer<UInt8>? = nil) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        mask = n - 1
        var p = sample.map(Array.init) ?? []
        while let last = p.last, last >= 0x30 && last <= 0x39 { p.removeLast() }
        prefix = p
        // Room for the numbers of `capacity` keys and a quarter more (a plan's numbers
        // run from 1 with gaps): the numbers are read at random, so the array is kept
        // no larger than they need. A number past it is hashed.
        dense = sample == nil || capacity == 0 ? [] : [Int32](repeating: -1, count: capacity + capacity / 4 + 16)
    }

    /// Whether every key inserted was the prefix and a number (none hashed): then
    /// each is the prefix's bytes and ASCII digits.
    var onlyNumbered: Bool { slots.isEmpty }

    /// The letters before the numbered keys' digits.
    var numberPrefix: [UInt8] { prefix }

    /// The number of a key written as the prefix and a number below `dense.count`.
    @inline(__always)
    private func number(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let p = prefix.count, digits = key.count - p
        guard digits > 0, digits <= 9, !dense.isEmpty else { return nil }
        if key[p] == 0x30 && digits > 1 { return nil }
        var j = 0
        while j < p { if key[j] != prefix[j] { return nil }; j += 1 }
        var v = 0
        while j < key.count {
            let d = key[j] &- 0x30
            if d > 9 { return nil }
            v = v &* 10 &+ Int(d)
            j += 1
        }
        return v < dense.count ? v : nil
    }

    /// FNV-1a, mixed: the low bits choose the slot, the high 32 are the slot's tag.
    @inline(__always)
    private static func hash(_ k: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = FNV1a()
        h.add(k)
        return h.value ^ (h.value >> 29)
    }

    @inline(__always)
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    /// The value already stored under `key`; else stores `value` and returns nil.
    @inline(__always)
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Int32,
                         keyOf: (Int32) -> UnsafeBufferPointer<UInt8>) -> Int32? {
        if let v = number(key) {
            let old = dense[v]
            if old >= 0 { ordinal = false; return old }
            dense[v] = value
            if ordinal {
                if inserted == 0 { base = v - Int(value) }
                if Int(value) != inserted || v - base != Int(value) { ordinal = false }
            }
            inserted += 1
            return nil
        }
        return insertHashed(key, value, keyOf: keyOf)
    }

    /// `insert` for a key that is not numbered (out of line: rare in most plans).
    @inline(never)
    private mutating func insertHashed(_ key: UnsafeBufferPointer<UInt8>, _ value: Int32,
                                       keyOf: (Int32) -> UnsafeBufferPointer<UInt8>) -> Int32? {
        ordinal = false
        if slots.isEmpty { slots = [UInt64](repeating: Self.empty, count: mask + 1) }
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
        if let v = number(key) {
            // Numbered in order: the value is the number's place, no table read (a
            // dependency names a task anywhere in the plan: a read at random).
            if ordinal { let i = v - base; return i >= 0 && i < inserted ? Int32(i) : nil }
            return dense[v] >= 0 ? dense[v] : nil
        }
        return findHashed(key, keyOf: keyOf)
    }

    /// `find` for a key that is not numbered (out of line).
    @inline(never)
    private func findHashed(_ key: UnsafeBufferPointer<UInt8>, keyOf: (Int32) -> UnsafeBufferPointer<UInt8>) -> Int32? {
        if slots.isEmpty { return nil }
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
