/// Word-at-a-time byte searches for the CSV/TSV reader and writer: eight bytes a step
/// in a 64-bit integer, no SIMD types needed.
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

    /// The high bits of the eight bytes of `x` (as `equal` leaves them) as the low
    /// eight bits, byte 0 first: a multiplication moves each into the top byte.
    @inline(__always)
    static func gather(_ x: UInt64) -> UInt64 {
        ((x &>> 7) &* 0x0102_0408_1020_4080) &>> 56
    }

    /// The first of `,` `"` CR LF at or after `from` (or `end`): a byte equal to one of
    /// them is a zero byte of the word XOR that byte repeated, and the lowest zero byte
    /// found by the borrow trick is exact.
    @inline(__always)
    static func firstCSVSpecial(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        guard let base = p.baseAddress else { return end }
        var j = from
        @inline(__always) func zeros(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & high }
        while j + 8 <= end {
            let w = load(base, j)
            let m = zeros(w ^ 0x2C2C_2C2C_2C2C_2C2C) | zeros(w ^ 0x2222_2222_2222_2222)
                  | zeros(w ^ 0x0D0D_0D0D_0D0D_0D0D) | zeros(w ^ 0x0A0A_0A0A_0A0A_0A0A)
            if m != 0 { return j + m.trailingZeroBitCount >> 3 }
            j += 8
        }
        while j < end {
            let c = base[j]
            if c == 0x2C || c == 0x22 || c == 0x0D || c == 0x0A { return j }
            j += 1
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
            var special: UInt64 = 0, commas: UInt64 = 0
            for q in 0..<4 {
                let w = load(base, j &+ 8 &* q)
                let s = equal(w, 0x2222_2222_2222_2222) | equal(w, 0x0A0A_0A0A_0A0A_0A0A) | equal(w, 0x0D0D_0D0D_0D0D_0D0D)
                special |= gather(s) &<< (8 &* UInt64(q))
                commas |= gather(equal(w, 0x2C2C_2C2C_2C2C_2C2C)) &<< (8 &* UInt64(q))
            }
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
