/// iCalendar content lines (RFC 5545 section 3.1): TEXT escaping, and folding at 75
/// octets that never splits a UTF-8 sequence.
public enum ContentLine {
    /// Escapes a TEXT value: backslash, semicolon, comma and newlines; other control
    /// characters are dropped, so no property can be injected through a value.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var lastCR = false
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !lastCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || u.value == 0x7F || (u.value >= 0x80 && u.value < 0xA0) || u == "\u{2028}" || u == "\u{2029}" {
                    break
                }
                out.unicodeScalars.append(u)
            }
            lastCR = u == "\r"
        }
        return out
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
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 70 * 3 + 2)
        var i = 0
        var limit = 75
        while bytes.count - i > limit {
            var cut = i + limit
            // Never cut inside a UTF-8 sequence: back up to a lead byte.
            while cut > i && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            out.append(contentsOf: bytes[i..<cut])
            out.append(contentsOf: [0x0D, 0x0A, 0x20])
            i = cut
            limit = 74
        }
        out.append(contentsOf: bytes[i...])
        out.append(contentsOf: [0x0D, 0x0A])
        return out
    }
}

/// Builds a calendar as content lines.
public final class ICSBuilder {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// A property with a raw (already escaped or typed) value.
    public func raw(_ name: String, _ value: String) {
        bytes += ContentLine.fold(name + ":" + value)
    }

    /// A TEXT property, escaped.
    public func text(_ name: String, _ value: String) {
        raw(name, ContentLine.escape(value))
    }

    public func appendBytes(_ b: [UInt8]) { bytes += b }

    public func begin(_ c: String) { raw("BEGIN", c) }
    public func end(_ c: String) { raw("END", c) }
}
