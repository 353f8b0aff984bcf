#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Conversions of whole inputs to UTF-8 (UTF-16 with a BOM, CP932 through iconv).
enum Transcoder {
    /// UTF-16 (BOM decides the byte order; little-endian without one) to UTF-8.
    static func utf16ToUTF8(_ bytes: [UInt8], name: String) throws -> [UInt8] {
        var i = 0
        var little = true
        if bytes.count >= 2 {
            if bytes[0] == 0xFF && bytes[1] == 0xFE { i = 2 }
            else if bytes[0] == 0xFE && bytes[1] == 0xFF { i = 2; little = false }
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        while i + 1 < bytes.count {
            let u = little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            units.append(u)
            i += 2
        }
        let odd = i < bytes.count
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        var line = 1, col = 1
        var it = units.makeIterator()
        var dec = UTF16()
        loop: while true {
            switch dec.decode(&it) {
            case .scalarValue(let s):
                if s == "\n" { line += 1; col = 1 } else { col += 1 }
                out.append(contentsOf: Array(String(s).utf8))
            case .emptyInput:
                if odd {
                    throw WBError.data(L("UTF-16 input has an odd number of bytes: the last character is cut off"),
                                       at: SourceLocation(file: name, line: line, column: col))
                }
                break loop
            case .error:
                throw WBError.data(L("invalid UTF-16: an unpaired surrogate"), at: SourceLocation(file: name, line: line, column: col))
            }
        }
        return out
    }

    /// UTF-8 back to the encoding a file came in: UTF-16 with its byte-order mark (a
    /// leading UTF-8 BOM becomes it), or CP932, where a character CP932 cannot hold is
    /// a located error, never a `?`.
    static func fromUTF8(_ bytes: [UInt8], to enc: TextEncoding, bigEndian: Bool, name: String) throws -> [UInt8] {
        var body = bytes
        let hadBOM = body.starts(with: [0xEF, 0xBB, 0xBF])
        switch enc {
        case .utf8: return bytes
        case .utf16:
            if hadBOM { body.removeFirst(3) }
            var out: [UInt8] = hadBOM ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
            for u in String(decoding: body, as: UTF8.self).utf16 {
                if bigEndian { out.append(UInt8(u >> 8)); out.append(UInt8(u & 0xFF)) }
                else { out.append(UInt8(u & 0xFF)); out.append(UInt8(u >> 8)) }
            }
            return out
        case .cp932:
            if hadBOM { body.removeFirst(3) }
            return try utf8ToCP932(body, name: name)
        }
    }

    /// Converts with iconv. Returns the output, or the offset of the first input byte
    /// it could not convert (invalid in the source, or not representable in the target).
    static func iconvConvert(_ bytes: [UInt8], from: String, to: String) throws -> (output: [UInt8], badOffset: Int?) {
        let cd = iconv_open(to, from)
        if cd == iconv_t(bitPattern: -1) { throw WBError(.internalError, L("this system's iconv cannot convert \(from) to \(to)")) }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let (inLeft, produced): (Int, Int) = input.withUnsafeMutableBufferPointer { ib in
            output.withUnsafeMutableBufferPointer { ob in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(ib.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(ob.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inBytes = ib.count
                var outBytes = ob.count
                _ = iconv(cd, &inPtr, &inBytes, &outPtr, &outBytes)
                return (inBytes, ob.count - outBytes)
            }
        }
        return inLeft > 0 ? ([], bytes.count - inLeft) : (Array(output[0..<produced]), nil)
    }

    /// UTF-8 to CP932; a character CP932 cannot hold is a data error at its line and
    /// column, never a `?`.
    static func utf8ToCP932(_ bytes: [UInt8], name: String) throws -> [UInt8] {
        let (out, badOffset) = try iconvConvert(bytes, from: "UTF-8", to: "CP932")
        guard let bad = badOffset else { return out }
        let pos = Record.position(in: bytes, offset: bad, firstLine: 1)
        var end = bad + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let ch = String(decoding: bytes[bad..<end], as: UTF8.self)
        throw WBError.data(L("'\(ch)' cannot be written in CP932; keep the file in UTF-8 or replace the character"),
                           at: SourceLocation(file: name, line: pos.line, column: pos.column))
    }

    /// CP932 (Windows Shift_JIS) to UTF-8 with the C library's iconv.
    static func cp932ToUTF8(_ bytes: [UInt8], name: String) throws -> [UInt8] {
        let (out, badOffset) = try iconvConvert(bytes, from: "CP932", to: "UTF-8")
        guard let bad = badOffset else { return out }
        let pos = Record.position(in: bytes, offset: bad, firstLine: 1)
        throw WBError.data(L("this is not valid CP932 (Shift_JIS) text: byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) cannot be read"),
                           at: SourceLocation(file: name, line: pos.line, column: pos.column))
    }
}

/// UTF-8 validation over bytes. Returns the offset of the first invalid byte, or nil.
/// NUL bytes count as invalid: text tables never hold them. ASCII is checked eight
/// bytes at a time; other sequences by the well-formed byte ranges of Unicode's
/// table 3-7 (no overlongs, no surrogates, nothing past U+10FFFF).
@inline(__always)
func firstInvalidUTF8(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
    guard let base = p.baseAddress else { return nil }
    var i = from
    while i < to {
        while i + 8 <= to {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if w & 0x8080_8080_8080_8080 != 0 { break }
            if (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        if i >= to { return nil }
        let b = base[i]
        if b < 0x80 {
            if b == 0 { return i }
            i += 1
            continue
        }
        @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < to && base[i + k] >= lo && base[i + k] <= hi
        }
        switch b {
        case 0xC2...0xDF:
            guard cont(1) else { return i }
            i += 2
        case 0xE0:
            guard cont(1, 0xA0), cont(2) else { return i }
            i += 3
        case 0xE1...0xEC, 0xEE, 0xEF:
            guard cont(1), cont(2) else { return i }
            i += 3
        case 0xED:
            guard cont(1, 0x80, 0x9F), cont(2) else { return i }
            i += 3
        case 0xF0:
            guard cont(1, 0x90), cont(2), cont(3) else { return i }
            i += 4
        case 0xF1...0xF3:
            guard cont(1), cont(2), cont(3) else { return i }
            i += 4
        case 0xF4:
            guard cont(1, 0x80, 0x8F), cont(2), cont(3) else { return i }
            i += 4
        default:
            return i
        }
    }
    return nil
}

/// UTF-8 validation as a shift-based automaton: each byte's row of next states is a
/// 64-bit word (six bits a state), so a step is one table load, which does not wait
/// for the state, and one shift, which does: about a cycle a byte. ASCII is skipped
/// sixteen bytes at a time. Says only whether the bytes are valid (NUL counts as
/// invalid, as in `firstInvalidUTF8`, which then finds the place).
enum UTF8Automaton {
    // States, as bit offsets: error 0 (sticky), accept, and the bytes still expected.
    static let error: UInt64 = 0, accept: UInt64 = 6
    private static let cont1: UInt64 = 12, cont2: UInt64 = 18, cont3: UInt64 = 24
    private static let afterE0: UInt64 = 30, afterED: UInt64 = 36, afterF0: UInt64 = 42, afterF4: UInt64 = 48

    static let rows: [UInt64] = (0..<256).map { b -> UInt64 in
        func next(_ s: UInt64) -> UInt64 {
            let cont = (0x80...0xBF).contains(b)
            switch s {
            case accept:
                switch b {
                case 0x01...0x7F: return accept
                case 0xC2...0xDF: return cont1
                case 0xE0: return afterE0
                case 0xE1...0xEC, 0xEE, 0xEF: return cont2
                case 0xED: return afterED
                case 0xF0: return afterF0
                case 0xF1...0xF3: return cont3
                case 0xF4: return afterF4
                default: return error
                }
            case cont1: return cont ? accept : error
            case cont2: return cont ? cont1 : error
            case cont3: return cont ? cont2 : error
            case afterE0: return (0xA0...0xBF).contains(b) ? cont1 : error
            case afterED: return (0x80...0x9F).contains(b) ? cont1 : error
            case afterF0: return (0x90...0xBF).contains(b) ? cont2 : error
            case afterF4: return (0x80...0x8F).contains(b) ? cont2 : error
            default: return error
            }
        }
        var row: UInt64 = 0
        for s in stride(from: accept, through: afterF4, by: 6) { row |= next(s) << s }
        return row
    }

    /// `rows` in memory that is never freed, for a reader to keep: a static is
    /// reached through a lazy-initialisation check on every use. Written once, then
    /// only read, so it is safe to share.
    nonisolated(unsafe) static let table: UnsafePointer<UInt64> = {
        let m = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
        m.initialize(from: rows, count: 256)
        return UnsafePointer(m)
    }()

    /// `valid` for a long stretch (the reader's look-ahead, fmt's runs): when any byte
    /// is not ASCII, the stretch is cut into four at character starts and the four
    /// automata run side by side, a byte of each per step. One automaton waits on the
    /// state it just computed; four keep the processor busy, and no branch asks
    /// whether the next bytes are ASCII (on text mixing ASCII and Japanese that
    /// question was answered at random).
    static func validWide(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, rows: UnsafePointer<UInt64>) -> Bool {
        guard let base = p.baseAddress, to - from >= 256 else { return valid(p, from, to, rows: rows) }
        // All ASCII without NUL: nothing more to check.
        var i = from, any: UInt64 = 0
        while i + 32 <= to {
            var w: UInt64 = 0
            for q in 0..<4 {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i + 8 * q).loadUnaligned(as: UInt64.self))
                w |= x | ((x &- 0x0101_0101_0101_0101) & ~x)
            }
            any = w & 0x8080_8080_8080_8080
            if any != 0 { break }
            i += 32
        }
        if any == 0 { return valid(p, i, to, rows: rows) }
        // Cut points at character starts (a byte that is not a continuation). Four
        // continuation bytes in a row are invalid anyway: a part that starts on one
        // fails, as it should.
        let quarter = (to - i) / 4
        func cut(_ k: Int) -> Int {
            var c = i + k * quarter, n = 0
            while n < 3 && base[c] & 0xC0 == 0x80 { c += 1; n += 1 }
            return c
        }
        let cut1 = cut(1), cut2 = cut(2), cut3 = cut(3)
        var a = i, b = cut1, c = cut2, d = cut3
        let steps = min(cut1 - i, cut2 - cut1, cut3 - cut2, to - cut3)
        var s0 = accept, s1 = accept, s2 = accept, s3 = accept
        for _ in 0..<steps {
            s0 = rows[Int(base[a])] &>> s0
            s1 = rows[Int(base[b])] &>> s1
            s2 = rows[Int(base[c])] &>> s2
            s3 = rows[Int(base[d])] &>> s3
            a += 1; b += 1; c += 1; d += 1
        }
        @inline(__always) func finish(_ s: UInt64, _ at: Int, _ end: Int) -> Bool {
            var s = s
            for j in at..<end { s = rows[Int(base[j])] &>> s }
            return s & 63 == accept
        }
        return finish(s0, a, cut1) && finish(s1, b, cut2) && finish(s2, c, cut3) && finish(s3, d, to)
    }

    /// True when `p[from..<to]` is well-formed UTF-8 without NUL bytes. `rows`:
    /// `table`, passed in by its keeper.
    @inline(__always)
    static func valid(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, rows: UnsafePointer<UInt64>) -> Bool {
        guard let base = p.baseAddress else { return true }
        do {
            var s = accept
            var i = from
            // Sixteen bytes at a time: skipped when all are ASCII without NUL, else each
            // goes through the automaton. (Tested eight at a time, text that mixes
            // ASCII and Japanese made the test a coin toss the processor kept losing.)
            while i + 16 <= to {
                let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let v = UInt64(littleEndian: UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt64.self))
                if s & 63 == accept && (w | v) & 0x8080_8080_8080_8080 == 0
                    && ((w &- 0x0101_0101_0101_0101) & ~w | (v &- 0x0101_0101_0101_0101) & ~v) & 0x8080_8080_8080_8080 == 0 {
                    i += 16
                    continue
                }
                for j in i..<(i + 16) { s = rows[Int(base[j])] &>> s }
                i += 16
            }
            while i + 8 <= to {
                s = rows[Int(base[i])] &>> s
                s = rows[Int(base[i + 1])] &>> s
                s = rows[Int(base[i + 2])] &>> s
                s = rows[Int(base[i + 3])] &>> s
                s = rows[Int(base[i + 4])] &>> s
                s = rows[Int(base[i + 5])] &>> s
                s = rows[Int(base[i + 6])] &>> s
                s = rows[Int(base[i + 7])] &>> s
                i += 8
            }
            while i < to {
                s = rows[Int(base[i])] &>> s
                i += 1
            }
            return s & 63 == accept
        }
    }
}
