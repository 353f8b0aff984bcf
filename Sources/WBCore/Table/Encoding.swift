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
        if i < bytes.count {
            throw WBError.data("UTF-16 input has an odd number of bytes: the last character is cut off", at: SourceLocation(file: name))
        }
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
            case .emptyInput: break loop
            case .error:
                throw WBError.data("invalid UTF-16: an unpaired surrogate", at: SourceLocation(file: name, line: line, column: col))
            }
        }
        return out
    }

    /// CP932 (Windows Shift_JIS) to UTF-8 with the C library's iconv.
    static func cp932ToUTF8(_ bytes: [UInt8], name: String) throws -> [UInt8] {
        let cd = iconv_open("UTF-8", "CP932")
        if cd == iconv_t(bitPattern: -1) {
            throw WBError(.internalError, "this system's iconv cannot convert CP932")
        }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
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
        if inLeft > 0 {
            let bad = bytes.count - inLeft
            let pos = Record.position(in: bytes, offset: bad, firstLine: 1)
            throw WBError.data("this is not valid CP932 (Shift_JIS) text: byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) cannot be read",
                               at: SourceLocation(file: name, line: pos.line, column: pos.column))
        }
        return Array(output[0..<produced])
    }
}

/// UTF-8 validation over bytes. Returns the offset of the first invalid byte, or nil.
/// NUL bytes count as invalid: text tables never hold them.
@inline(__always)
func firstInvalidUTF8(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
    var i = from
    // ASCII fast path.
    while i < to {
        let b = p[i]
        if b >= 0x80 || b == 0 { break }
        i += 1
    }
    while i < to {
        let b = p[i]
        if b == 0 { return i }
        if b < 0x80 { i += 1; continue }
        var need = 0
        var minCP: UInt32 = 0
        var cp: UInt32 = 0
        if b & 0xE0 == 0xC0 { need = 1; cp = UInt32(b & 0x1F); minCP = 0x80 }
        else if b & 0xF0 == 0xE0 { need = 2; cp = UInt32(b & 0x0F); minCP = 0x800 }
        else if b & 0xF8 == 0xF0 { need = 3; cp = UInt32(b & 0x07); minCP = 0x10000 }
        else { return i }
        if i + need >= to { return i }
        for k in 1...need {
            let c = p[i + k]
            if c & 0xC0 != 0x80 { return i }
            cp = cp << 6 | UInt32(c & 0x3F)
        }
        if cp < minCP || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) { return i }
        i += need + 1
    }
    return nil
}
