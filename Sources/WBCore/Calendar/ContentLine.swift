/// iCalendar content lines (RFC 5545 section 3.1): TEXT escaping, and folding at 75
/// octets that never splits a UTF-8 sequence.
public enum ContentLine {
    /// Escapes a TEXT value: backslash, semicolon, comma and newlines; other control
    /// characters are dropped, so no property can be injected through a value.
    public static func escape(_ s: String) -> String {
        var s = s
        return s.withUTF8 { b in
            // Most values (a Todo, a name) hold nothing to escape or drop: the same String.
            guard let first = firstSpecial(b) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 8)
            out.append(contentsOf: b[..<first])
            var i = first
            while i < b.count {
                let c = b[i]
                switch c {
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x3B: out.append(0x5C); out.append(0x3B)
                case 0x2C: out.append(0x5C); out.append(0x2C)
                case 0x0D: out.append(0x5C); out.append(0x6E)
                // A LF right after a CR ends the same line.
                case 0x0A: if i == 0 || b[i - 1] != 0x0D { out.append(0x5C); out.append(0x6E) }
                case 0x09: out.append(c)
                case 0xC2 where i + 1 < b.count && b[i + 1] >= 0x80 && b[i + 1] < 0xA0:
                    i += 1 // a C1 control, U+0080–U+009F: dropped
                case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                    i += 2 // U+2028, U+2029: dropped
                default:
                    if c >= 0x20 && c != 0x7F { out.append(c) } // other controls dropped
                }
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        } ?? s
    }

    /// Where the first byte that `escape` changes stands in `b`, nil when none does.
    @inline(__always)
    private static func firstSpecial(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        for i in 0..<b.count {
            let c = b[i]
            if c < 0x20 && c != 0x09 { return i }
            switch c {
            case 0x5C, 0x3B, 0x2C, 0x7F, 0xC2, 0xE2: return i
            default: continue
            }
        }
        return nil
    }

    /// Unescapes a TEXT value (for tests and round trips).
    public static func unescape(_ s: String) -> String {
        var out = ""
        var it = s.makeIterator()
        while let c = it.next() {
            if c == "\\", let n = it.next() {
                switch n {
                case "n", "N": out.append("\n")
                default: out.append(n)
                }
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// Folds one logical line into physical lines of at most 75 octets, each ended by
    /// CRLF; continuation lines start with a space.
    public static func fold(_ line: String) -> [UInt8] {
        var out: [UInt8] = []
        fold(line, into: &out)
        return out
    }

    /// `fold(line)` appended to `out`, without an array of its own.
    public static func fold(_ line: String, into out: inout [UInt8]) {
        var line = line
        line.withUTF8 { bytes in
            // (No reserveCapacity: an array grown to an exact size each line is copied each line.)
            var i = 0
            var limit = 75
            while bytes.count - i > limit {
                var cut = i + limit
                // Never cut inside a UTF-8 sequence: back up to a lead byte.
                while cut > i && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<cut]))
                out.append(0x0D); out.append(0x0A); out.append(0x20)
                i = cut
                limit = 74
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i...]))
            out.append(0x0D); out.append(0x0A)
        }
    }
}

/// Builds a calendar as content lines.
public final class ICSBuilder {
    private var bytes: [UInt8] = []
    /// Where the calendar goes as it is made, in blocks of 64 KiB, so a calendar of a
    /// hundred megabytes is never held whole.
    private let sink: Output

    public init(sink: Output) { self.sink = sink }

    /// Hands what is built to the sink.
    public func flush() {
        guard !bytes.isEmpty else { return }
        sink.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// A property with a raw (already escaped or typed) value.
    public func raw(_ name: String, _ value: String) {
        line(name + ":" + value)
    }

    /// A TEXT property, escaped.
    public func text(_ name: String, _ value: String) {
        raw(name, ContentLine.escape(value))
    }

    /// A logical line, folded.
    public func line(_ l: String) {
        ContentLine.fold(l, into: &bytes)
        if bytes.count >= 1 << 16 { flush() }
    }

    public func begin(_ c: String) { raw("BEGIN", c) }
    public func end(_ c: String) { raw("END", c) }
}
