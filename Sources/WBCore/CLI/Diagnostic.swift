/// What wb prints about an input must not become the input's mouthpiece: a message
/// quotes values, and a value can be 5 MB long or hold ESC, BEL, CR and LF that would
/// draw fake error lines or drive the terminal. `Diagnostic.clean` makes a message one
/// line of visible text: control characters are written as escapes (`\n`, `\r`,
/// `\t`, `\x1B`), a quoted value longer than `valueLimit` characters is cut, keeping
/// its start, and the whole message is capped.
public enum Diagnostic {
    public static let valueLimit = 80
    public static let messageLimit = 1000

    public static func clean(_ message: String) -> String {
        if isClean(message) { return message }
        let us = Array(message.unicodeScalars)
        var out = String.UnicodeScalarView()
        var inQuote = false
        var quoted = 0
        var cut = false
        var total = 0
        // Only a Latin letter or digit makes a quote an apostrophe ("milestone's"):
        // a Japanese message quotes values right after a kanji ('%1' は…).
        func isWordy(_ i: Int) -> Bool {
            guard i >= 0, i < us.count, us[i].isASCII else { return false }
            return us[i].properties.isAlphabetic || us[i].properties.numericType != nil
        }
        for (i, u) in us.enumerated() {
            // A quote opens a value where a word cannot go on (not the one in
            // "milestone's") and closes it where no word follows.
            if u == "'" && (inQuote ? !isWordy(i + 1) : !isWordy(i - 1)) {
                if inQuote && cut { out.append(contentsOf: "…".unicodeScalars) }
                inQuote.toggle(); quoted = 0; cut = false
                out.append(u); total += 1
                continue
            }
            if inQuote {
                quoted += 1
                if quoted > valueLimit { cut = true; continue }
            }
            total += 1
            if total > messageLimit { out.append(contentsOf: "…".unicodeScalars); break }
            if needsEscape(u) { out.append(contentsOf: escaped(u).unicodeScalars) } else { out.append(u) }
        }
        if inQuote && cut { out.append(contentsOf: "…".unicodeScalars) }
        return String(out)
    }

    /// The common case, checked on bytes: short enough, no control character and no
    /// run after a quote longer than a value may be (bytes ≥ characters).
    static func isClean(_ message: String) -> Bool {
        var m = message
        return m.withUTF8 { isClean($0) }
    }

    /// `isClean` on a message's UTF-8 bytes.
    static func isClean(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        if u.count > messageLimit { return false }
        var run = 0
        var quoted = false
        var i = 0
        while i < u.count {
            // Eight printable ASCII bytes without a quote at a time (most of a message).
            if i + 8 <= u.count {
                let w = UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
                if w & highs == 0, (w &- 0x20 &* ones) & ~w & highs == 0, !hasZero(w ^ (0x7F &* ones)), !hasZero(w ^ (0x27 &* ones)) {
                    if quoted { run += 8; if run > valueLimit { return false } }
                    i += 8
                    continue
                }
            }
            let b = u[i]
            if b < 0x20 || b == 0x7F { return false }
            if b == 0xC2 && i + 1 < u.count && u[i + 1] >= 0x80 && u[i + 1] < 0xA0 { return false }
            if b == 0xE2 && i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9) { return false }
            // Bytes since the last quote, once a quote was seen: an upper bound of
            // any quoted value's length however the quotes pair up.
            if b == 0x27 { run = 0; quoted = true } else if quoted { run += 1; if run > valueLimit { return false } }
            i += 1
        }
        return true
    }

    /// A value shown on its own (a file name): escaped and cut like a quoted value.
    public static func name(_ s: String) -> String {
        let c = clean("'" + s + "'")
        return String(c.dropFirst().dropLast())
    }

    /// True for the scalars `escaped` writes as an escape.
    @inline(__always)
    static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029
    }

    static func escaped(_ u: Unicode.Scalar) -> String {
        switch u.value {
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case _ where needsEscape(u):
            let hex = String(u.value, radix: 16, uppercase: true)
            return u.value <= 0xFF ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
        default: return String(u)
        }
    }

    /// `tool: file:line:col: kind: message`, cleaned.
    public static func line(tool: String, location: SourceLocation?, kind: String, message: String) -> String {
        var s = tool + ": "
        if var location {
            location.file = name(location.file)
            s += location.text + ": "
        }
        return s + kind + ": " + clean(message) + "\n"
    }
}
