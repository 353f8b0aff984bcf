#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The table reader's bytes: a regular file mapped into memory whole (no copy from the
/// kernel's cache), or a buffer that reads fill, straight into its free space, for
/// pipes, terminals and bytes in memory. Offsets stay valid until `removeFirst`.
final class ReadBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>?
    private(set) var count = 0
    private var capacity = 0
    private var mapping: (start: UnsafeMutableRawPointer, length: Int)?
    /// How far a mapping's pages have been handed back (see `consumed`).
    private var released = 0

    init() {}

    /// True when the bytes are a file mapped whole (so `count` is the file's size).
    var isMapped: Bool { mapping != nil }

    deinit {
        if let m = mapping { munmap(m.start, m.length) } else { base?.deallocate() }
    }

    /// Maps the whole of `source` when it is a regular file that is not empty; false
    /// (and nothing changed) otherwise.
    func map(_ source: ByteSource) -> Bool {
        guard count == 0, let (start, length) = source.mapWhole() else { return false }
        mapping = (start, length)
        base = start.assumingMemoryBound(to: UInt8.self)
        count = length
        capacity = length
        return true
    }

    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    @inline(__always)
    subscript(i: Int) -> UInt8 { base![i] }

    /// A copy of some of the bytes.
    func bytes(_ r: Range<Int>) -> [UInt8] {
        guard let base, !r.isEmpty else { return [] }
        return Array(UnsafeBufferPointer(start: base + r.lowerBound, count: r.count))
    }

    /// Drops the first `n` bytes (a read buffer only; a mapping keeps its offsets).
    func removeFirst(_ n: Int) {
        guard mapping == nil, n > 0, let base else { return }
        memmove(base, base + n, count - n)
        count -= n
    }

    /// Replaces everything with `bytes` (text transcoded to UTF-8), in a read buffer.
    func replace(with bytes: [UInt8]) {
        if let m = mapping { munmap(m.start, m.length); mapping = nil; base = nil; capacity = 0 }
        count = 0
        // Nothing to copy (a file that was only a byte-order mark): no storage needed.
        guard !bytes.isEmpty else { return }
        reserve(bytes.count)
        bytes.withUnsafeBufferPointer { base!.update(from: $0.baseAddress!, count: $0.count) }
        count = bytes.count
    }

    /// Makes each lone CR from `from` on LF (one at the very end too), in a read buffer.
    func translateLoneCRs(from: Int) {
        guard mapping == nil, let base, from < count else { return }
        for i in from..<(count - 1) where base[i] == 0x0D && base[i + 1] != 0x0A { base[i] = 0x0A }
        if base[count - 1] == 0x0D { base[count - 1] = 0x0A }
    }

    private func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        let size = max(capacity * 2, count + more, 1 << 12)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        if let base {
            bigger.update(from: base, count: count)
            base.deallocate()
        }
        base = bigger
        capacity = size
    }

    /// Reads up to `max` more bytes from `source` into the free space; 0 at the end.
    func read(from source: ByteSource, max: Int) throws -> Int {
        if mapping != nil { return 0 }
        reserve(max)
        let n = try source.read(bytesAt: UnsafeMutableRawPointer(base! + count), max: max)
        count += n
        return n
    }

    /// The reader is past `offset`: a mapping hands the pages before it back to the
    /// system every 8 MiB, so a large file does not stay in the process's memory.
    @inline(__always)
    func consumed(upTo offset: Int) {
        guard let m = mapping, offset - released >= 1 << 23 else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = offset / page * page
        madvise(m.start + released, end - released, MADV_DONTNEED)
        released = end
    }
}
