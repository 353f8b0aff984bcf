/// Byte searches for the CSV/TSV reader and writer, many bytes a step: sixteen in a
/// vector register (`SIMD16<UInt8>`, its comparison packed into a bit per byte), or
/// eight in a 64-bit integer.
enum WordScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let high: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ at: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self))
    }

    /// High bit of each byte of `w` that equals the byte repeated in `pattern`; exact
    /// for every byte (no borrow runs from one byte into the next).
    @inline(__always)
    static func equal(_ w: UInt64, _ pattern: UInt64) -> UInt64 {
        let t = w ^ pattern
        return ~(((t & low7) &+ low7) | t) & high
    }

    /// The bytes of each half of a vector comparison (0xFF where equal) as a bit each,
    /// byte 0 first: what a byte-mask instruction gives, from two 64-bit lanes and a
    /// multiplication each (portable Swift has no such instruction to call).
    @inline(__always)
    static func bits(_ m: SIMDMask<SIMD16<Int8>>) -> UInt64 {
        let lanes = unsafeBitCast(m, to: SIMD2<UInt64>.self)
        return gatherHigh(lanes[0]) | gatherHigh(lanes[1]) &<< 8
    }

    /// The top bits of the eight bytes of `x` (a lane of a vector comparison) as its
    /// low eight bits, byte 0 first, from the high half of a full-width product: each
    /// byte's top bit lands on its own bit of the high word, with no carries (every
    /// pair of bits meets at a place of its own). Written this way so that the
    /// compiler keeps it in general registers: as the low half of a product
    /// (`(x >> 7) * 0x0102…80 >> 56`), it moves several of them into vector
    /// registers, which have no 64-bit multiply.
    @inline(__always)
    static func gatherHigh(_ x: UInt64) -> UInt64 {
        (x & high).multipliedFullWidth(by: 0x0204_0810_2040_8100).high & 0xFF
    }

    /// A bit per byte of `v` that is `,` `"` CR or LF: the bytes CSV's structure is
    /// made of.
    @inline(__always)
    static func csvStructure(_ v: SIMD16<UInt8>) -> UInt64 {
        let comma = SIMD16<UInt8>(repeating: 0x2C), quote = SIMD16<UInt8>(repeating: 0x22)
        let cr = SIMD16<UInt8>(repeating: 0x0D), lf = SIMD16<UInt8>(repeating: 0x0A)
        return bits((v .== comma) .| (v .== quote) .| (v .== cr) .| (v .== lf))
    }

    /// `s`, a CSV field's inside with each `"` doubled, appended to `out` with each
    /// `""` as one `"` (a lone `"` at the end stays one).
    static func appendUnescaped(_ s: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard let base = s.baseAddress else { return }
        var run = 0, k = 0
        while k < s.count {
            if base[k] == 0x22 {
                out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: k &- run &+ 1))
                k &+= 2
                run = k
                continue
            }
            k &+= 1
        }
        if run < s.count { out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: s.count &- run)) }
    }

    /// For the 32 bytes at `p`: a bit per byte that is `"` CR or LF, and a bit per
    /// comma. The comparisons run sixteen bytes at a time in vector registers.
    @inline(__always)
    static func masks32(_ p: UnsafePointer<UInt8>) -> (special: UInt64, commas: UInt64) {
        let raw = UnsafeRawPointer(p)
        let a = raw.loadUnaligned(as: SIMD16<UInt8>.self), b = raw.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self)
        let quote = SIMD16<UInt8>(repeating: 0x22), lf = SIMD16<UInt8>(repeating: 0x0A)
        let cr = SIMD16<UInt8>(repeating: 0x0D), comma = SIMD16<UInt8>(repeating: 0x2C)
        let sa = (a .== quote) .| (a .== lf) .| (a .== cr), sb = (b .== quote) .| (b .== lf) .| (b .== cr)
        return (bits(sa) | bits(sb) &<< 16, bits(a .== comma) | bits(b .== comma) &<< 16)
    }

    /// The first of `,` `"` CR LF at or after `from` (or `end`), sixteen bytes a step.
    /// The last step is the sixteen bytes that end at `end`, those before it shifted
    /// out, when `p` has them: no loop of a varying count, whose exit a branch
    /// predictor misses, for the last few bytes.
    @inline(__always)
    static func firstCSVSpecial(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        firstIn(p, from, end, csvStructure) { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
    }

    /// The first CR or LF at or after `from` (or `end`), as `firstCSVSpecial` finds.
    @inline(__always)
    static func firstLineBreak(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        firstIn(p, from, end, { bits(($0 .== SIMD16<UInt8>(repeating: 0x0A)) .| ($0 .== SIMD16<UInt8>(repeating: 0x0D))) },
                { $0 == 0x0A || $0 == 0x0D })
    }

    /// The first byte at or after `from` (or `end`) that TSV writes escaped: tab, LF,
    /// CR or backslash, and with `quote` also `"` (doubled in a field written quoted).
    @inline(__always)
    static func firstTSVSpecial(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, quote: Bool = false) -> Int {
        let q: UInt8 = quote ? 0x22 : 0x09
        return firstIn(p, from, end, { v in
            bits((v .== SIMD16<UInt8>(repeating: 0x09)) .| (v .== SIMD16<UInt8>(repeating: 0x0A)) .| (v .== SIMD16<UInt8>(repeating: 0x0D))
                 .| (v .== SIMD16<UInt8>(repeating: 0x5C)) .| (v .== SIMD16<UInt8>(repeating: q)))
        }, { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C || $0 == q })
    }

    /// `p`'s bytes to `d`, each `from` byte as `to` (a CSV record's commas as TSV's
    /// tabs, or back), sixteen bytes a step (the last step the sixteen that end at the
    /// end, written again over the step before).
    static func copyReplacing(_ p: UnsafeBufferPointer<UInt8>, _ from: UInt8, with to: UInt8, into d: UnsafeMutablePointer<UInt8>) {
        guard let base = p.baseAddress else { return }
        let n = p.count
        let (was, now) = (SIMD16<UInt8>(repeating: from), SIMD16<UInt8>(repeating: to))
        @inline(__always) func step(_ at: Int) {
            let v = UnsafeRawPointer(base + at).loadUnaligned(as: SIMD16<UInt8>.self)
            UnsafeMutableRawPointer(d + at).storeBytes(of: v.replacing(with: now, where: v .== was), as: SIMD16<UInt8>.self)
        }
        guard n >= 16 else {
            for k in 0..<n { d[k] = base[k] == from ? to : base[k] }
            return
        }
        var j = 0
        while j &+ 16 <= n { step(j); j &+= 16 }
        if j < n { step(n &- 16) }
    }

    /// The first byte at or after `from` (or `end`) that `mask` (a bit per byte of
    /// sixteen) marks, or `one` says is one of them.
    @inline(__always)
    private static func firstIn(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int,
                                _ mask: (SIMD16<UInt8>) -> UInt64, _ one: (UInt8) -> Bool) -> Int {
        guard let base = p.baseAddress else { return end }
        var j = from
        while j &+ 16 <= end {
            let b = mask(UnsafeRawPointer(base + j).loadUnaligned(as: SIMD16<UInt8>.self))
            if b != 0 { return j &+ b.trailingZeroBitCount }
            j &+= 16
        }
        guard j < end else { return end }
        if end >= 16 {
            // 1 to 15 bytes left: the sixteen that end there, the first `skip` of
            // them already looked at.
            let skip = j &- (end &- 16)
            let b = mask(UnsafeRawPointer(base + (end &- 16)).loadUnaligned(as: SIMD16<UInt8>.self)) &>> UInt64(skip)
            return b != 0 ? j &+ b.trailingZeroBitCount : end
        }
        // Fewer than sixteen bytes in all: one at a time.
        while j < end {
            if one(base[j]) { return j }
            j &+= 1
        }
        return end
    }

    /// Splits unquoted CSV fields from `from` up to the first `"`, CR or LF (returned;
    /// `end` when there is none): each comma before it ends the field that began at
    /// `fieldStart`, whose span (offsets from `recStart`, as `Record` keeps them) is
    /// appended; `fieldStart` is left at the field still open.
    @inline(__always)
    static func splitPlainCSV(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, _ recStart: Int,
                              _ fieldStart: inout Int, _ spans: inout SpanBuffer) -> Int {
        guard let base = p.baseAddress else { return end }
        var j = from
        // Thirty-two bytes a step, their commas and special bytes gathered into masks of
        // a bit per byte: a loop over the commas of each eight bytes mispredicted its
        // end on nearly every word, over thirty-two it does so a quarter as often.
        while j + 32 <= end {
            let (special, all) = masks32(base + j)
            var commas = all
            commas &= (special & (0 &- special)) &- 1
            while commas != 0 {
                let at = j &+ commas.trailingZeroBitCount
                spans.add((fieldStart &- recStart) << 2, at &- recStart)
                fieldStart = at &+ 1
                commas &= commas &- 1
            }
            if special != 0 { return j &+ special.trailingZeroBitCount }
            j &+= 32
        }
        while j + 8 <= end {
            let w = load(base, j)
            let special = equal(w, 0x2222_2222_2222_2222) | equal(w, 0x0A0A_0A0A_0A0A_0A0A) | equal(w, 0x0D0D_0D0D_0D0D_0D0D)
            var commas = equal(w, 0x2C2C_2C2C_2C2C_2C2C)
            // Only the commas below the first special byte.
            if special != 0 { commas &= (special & (0 &- special)) &- 1 }
            while commas != 0 {
                let at = j + commas.trailingZeroBitCount >> 3
                spans.add((fieldStart - recStart) << 2, at - recStart)
                fieldStart = at + 1
                commas &= commas &- 1
            }
            if special != 0 { return j + special.trailingZeroBitCount >> 3 }
            j += 8
        }
        while j < end {
            let c = base[j]
            if c == 0x22 || c == 0x0A || c == 0x0D { return j }
            if c == 0x2C {
                spans.add((fieldStart - recStart) << 2, j - recStart)
                fieldStart = j + 1
            }
            j += 1
        }
        return end
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether `word` occurs in these bytes (UTF-8 both: a match of a whole word's
    /// bytes starts and ends on scalar boundaries). An empty word is found anywhere.
    func containsBytes(_ word: [UInt8]) -> Bool { firstOffset(ofBytes: word) != nil }

    /// Where `word` first occurs in these bytes (0 for an empty word), or nil.
    func firstOffset(ofBytes word: [UInt8]) -> Int? {
        let n = word.count
        guard n > 0 else { return 0 }
        guard count >= n else { return nil }
        let first = word[0]
        var j = 0
        while j <= count - n {
            if self[j] == first {
                var k = 1
                while k < n && self[j + k] == word[k] { k += 1 }
                if k == n { return j }
            }
            j += 1
        }
        return nil
    }
}
