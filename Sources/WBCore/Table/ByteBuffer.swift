#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable run of bytes for output built a few bytes at a time (a row's fields, a
/// finding's message, the output's block): an append is a capacity check and a copy.
/// An `Array`'s append goes through its generic path, a uniqueness check and a
/// capacity check, about a hundred instructions a call, which a check of a million
/// findings pays some fifteen million times. A class, so that it is shared by
/// reference (a closure can append to it) and frees its memory when dropped.
final class ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = Self.resize(nil, self.capacity)
    }

    deinit { free(base) }

    /// Memory from the C library's allocator, so that growing a large buffer is a
    /// `realloc`, which moves its pages (`mremap`) instead of copying them into new
    /// ones: the 16 MiB that standard output holds back is not written twice.
    private static func resize(_ p: UnsafeMutablePointer<UInt8>?, _ n: Int) -> UnsafeMutablePointer<UInt8> {
        guard let q = realloc(p, n) else { fatalError("out of memory (\(n) bytes)") }
        return q.assumingMemoryBound(to: UInt8.self)
    }

    /// The bytes held, valid until the next change.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    var isEmpty: Bool { count == 0 }

    /// The last byte, nil when empty.
    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    /// A copy of the bytes held (for tests and the rare caller that keeps them).
    var array: [UInt8] { Array(bytes) }

    @inline(__always)
    func removeAll() { count = 0 }

    /// Drops the bytes from `index` on.
    @inline(__always)
    func truncate(to index: Int) {
        precondition(index >= 0 && index <= count)
        count = index
    }

    @inline(__always)
    func append(_ b: UInt8) {
        if count == capacity { grow(1) }
        base[count] = b
        count += 1
    }

    @inline(__always)
    func append(_ p: UnsafeBufferPointer<UInt8>) {
        guard let from = p.baseAddress, p.count > 0 else { return }
        if capacity - count < p.count { grow(p.count) }
        (base + count).update(from: from, count: p.count)
        count += p.count
    }

    @inline(__always)
    func append(_ a: [UInt8]) { a.withUnsafeBufferPointer { append($0) } }

    @inline(__always)
    func append(_ s: ArraySlice<UInt8>) { s.withUnsafeBufferPointer { append($0) } }

    /// Any bytes: in one copy when they are contiguous, else one at a time.
    @inline(__always)
    func append<C: Collection<UInt8>>(contentsOf c: C) {
        if c.withContiguousStorageIfAvailable({ append($0) }) == nil {
            for b in c { append(b) }
        }
    }

    /// A String's UTF-8.
    @inline(__always)
    func append(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    /// Adds `n` bytes for the caller to write (they are not initialised) and returns
    /// where they start.
    @inline(__always)
    func extend(by n: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity - count < n { grow(n) }
        defer { count += n }
        return base + count
    }

    /// `n`'s decimal digits as `String(n)` writes them, zero-padded to `width`:
    /// numbers written by the hundred thousand, without a String each.
    func append(decimal n: Int, width: Int = 1) {
        if n < 0 { append(String(n)); return }
        // The digits are counted, then written from the last into their place, two at a
        // time: a division by a constant is a multiplication, where one by a varying
        // power of ten is not (and no table is reached through a lazy global).
        var digits = 1, rest = UInt(n)
        while rest >= 100 { rest /= 100; digits += 2 }
        if rest >= 10 { digits += 1 }
        if width > digits { append(repeating: 0x30, count: width - digits) }
        let p = extend(by: digits)
        var v = UInt(n), i = digits
        while v >= 100 {
            let r = v % 100
            v /= 100
            i -= 2
            p[i] = 0x30 &+ UInt8(truncatingIfNeeded: r / 10)
            p[i + 1] = 0x30 &+ UInt8(truncatingIfNeeded: r % 10)
        }
        if v >= 10 {
            p[i - 2] = 0x30 &+ UInt8(truncatingIfNeeded: v / 10)
            p[i - 1] = 0x30 &+ UInt8(truncatingIfNeeded: v % 10)
        } else {
            p[i - 1] = 0x30 &+ UInt8(truncatingIfNeeded: v)
        }
    }

    /// Room past the count: where `extend` writes without growing the buffer.
    var spare: Int { capacity - count }

    /// The 64 bytes at `from` moved to `p` in four 16-byte moves: for a run of at most
    /// 64 bytes whose source and destination both go on that far (`spare`), so that
    /// no loop's exit depends on its length. What lands past the run is past the
    /// buffer's count, and is written over by what comes next.
    @inline(__always)
    static func put64(_ from: UnsafePointer<UInt8>, at p: UnsafeMutablePointer<UInt8>) {
        let r = UnsafeRawPointer(from), w = UnsafeMutableRawPointer(p)
        for k in 0..<4 {
            w.storeBytes(of: r.loadUnaligned(fromByteOffset: 16 &* k, as: SIMD16<UInt8>.self), toByteOffset: 16 &* k, as: SIMD16<UInt8>.self)
        }
    }

    /// Copies `s` to `p` and returns where it ends: a run of a few dozen bytes in
    /// overlapping 8- or 16-byte moves, without a call (the C library's `memcpy`
    /// spends some twenty instructions choosing its way for each such run, which
    /// rows of a few short fields pay several times each).
    @inline(__always)
    static func put(_ s: UnsafeBufferPointer<UInt8>, at p: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let n = s.count
        guard let from = s.baseAddress, n > 0 else { return p }
        let r = UnsafeRawPointer(from), w = UnsafeMutableRawPointer(p)
        if n > 256 {
            memcpy(w, r, n)
        } else if n >= 16 {
            var i = 0
            while i + 16 < n {
                w.storeBytes(of: r.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self), toByteOffset: i, as: SIMD16<UInt8>.self)
                i += 16
            }
            w.storeBytes(of: r.loadUnaligned(fromByteOffset: n - 16, as: SIMD16<UInt8>.self), toByteOffset: n - 16, as: SIMD16<UInt8>.self)
        } else if n >= 8 {
            let head = r.loadUnaligned(as: UInt64.self), tail = r.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            w.storeBytes(of: head, as: UInt64.self)
            w.storeBytes(of: tail, toByteOffset: n - 8, as: UInt64.self)
        } else if n >= 4 {
            let head = r.loadUnaligned(as: UInt32.self), tail = r.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
            w.storeBytes(of: head, as: UInt32.self)
            w.storeBytes(of: tail, toByteOffset: n - 4, as: UInt32.self)
        } else {
            p[0] = from[0]
            p[n - 1] = from[n - 1]
            if n == 3 { p[1] = from[1] }
        }
        return p + n
    }

    /// Room for `total` bytes in all, made at once.
    func reserve(_ total: Int) {
        if total > capacity { grow(total - count) }
    }

    /// Some of the bytes held, valid until the next change.
    @inline(__always)
    subscript(r: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        precondition(r.lowerBound >= 0 && r.upperBound <= count)
        return UnsafeBufferPointer(start: base + r.lowerBound, count: r.count)
    }

    /// `n` copies of `b`.
    func append(repeating b: UInt8, count n: Int) {
        guard n > 0 else { return }
        if capacity - count < n { grow(n) }
        (base + count).update(repeating: b, count: n)
        count += n
    }

    @inline(never)
    private func grow(_ more: Int) {
        var c = capacity
        while c - count < more { c *= 2 }
        base = Self.resize(base, c)
        capacity = c
    }
}
