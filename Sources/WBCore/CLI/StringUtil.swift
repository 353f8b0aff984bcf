extension String {
    /// The string as one word of a shell command a message suggests: as it stands
    /// when it holds only letters (any script), digits and `-_./=:,@%+`, else in
    /// single quotes (`'ログを 集める'`).
    var shellWord: String {
        let plain = !isEmpty && unicodeScalars.allSatisfy { u in
            u.value >= 0x80 ? u.properties.isAlphabetic || u.properties.numericType != nil
                : (u.properties.isAlphabetic || ("0"..."9").contains(u) || "-_./=:,@%+".unicodeScalars.contains(u))
        }
        return plain ? self : "'" + replacingOccurrences("'", "'\\''") + "'"
    }

    /// The items of a list as people write one on a command line or in the settings:
    /// `pm,dev`, `pm, dev`, `pm、dev` or `pm，dev`; trimmed, the empty ones dropped.
    public var listItems: [String] {
        split(whereSeparator: String.separatesListItems).map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    /// What separates a list's items: `,`, `、` or `，`.
    public static func separatesListItems(_ c: Character) -> Bool { c == "," || c == "、" || c == "，" }

    /// Leading and trailing white space (ASCII and the ideographic space) removed.
    public var trimmed: String {
        // Most values have nothing to trim, which their edge bytes show (`isTrimmed`):
        // no Character to compare (a value read by the million costs a grapheme walk
        // from each end otherwise).
        var s = self
        if s.withUTF8({ String.isTrimmed($0) }) { return s }
        let ws: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\r" || $0 == "\n" }
        guard let a = firstIndex(where: { !ws($0) }) else { return "" }
        let b = lastIndex(where: { !ws($0) })!
        return String(self[a...b])
    }

    /// True when `trimmed` would give the UTF-8 `bytes` back as they are: neither the
    /// first byte nor the last can belong to the white space it removes (a space, a
    /// tab, a line break, or U+3000, which starts with E3 and ends with 80). Empty
    /// bytes are their own trimmed text. For values read by the million, spared a
    /// String each.
    static func isTrimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let a = bytes.first, let z = bytes.last else { return true }
        @inline(__always) func space(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        return !space(a) && a != 0xE3 && !space(z) && z != 0x80
    }

    /// Whether `field`, trimmed, is `text` (already trimmed): compared as bytes when
    /// the field has nothing to trim, as nearly every one has (add's same Todo).
    static func trimmedEquals(_ field: UnsafeBufferPointer<UInt8>, _ text: [UInt8]) -> Bool {
        if isTrimmed(field) { return field.count == text.count && field.elementsEqual(text) }
        return Array(String(decoding: field, as: UTF8.self).trimmed.utf8) == text
    }

    /// Padded with spaces to `width` terminal columns (a wide character, such as a
    /// kanji, takes two); at least one space follows.
    func padded(to width: Int) -> String {
        let w = displayWidth
        return w >= width ? self + " " : self + String(repeating: " ", count: width - w)
    }

    /// Cut to at most `columns` terminal columns, ending in `ellipsis` where it was cut
    /// (a wide character that would straddle the end is left out whole).
    /// `ambiguousWide`: East Asian ambiguous characters take two columns.
    func cut(toColumns columns: Int, ellipsis: String = "…", ambiguousWide: Bool = false) -> String {
        guard displayWidth(ambiguousWide: ambiguousWide) > columns else { return self }
        var out = "", n = 0
        let room = columns - ellipsis.displayWidth(ambiguousWide: ambiguousWide)
        for ch in self {
            let w = String(ch).displayWidth(ambiguousWide: ambiguousWide)
            if n + w > room { break }
            out.append(ch)
            n += w
        }
        return out + ellipsis
    }

    /// Terminal columns: East Asian wide and full-width characters count two, marks
    /// that combine with the character before them none.
    var displayWidth: Int { displayWidth(ambiguousWide: false) }

    /// Terminal columns, East Asian ambiguous characters (① ※ → … ○ α) counting two
    /// where `ambiguousWide` (a terminal set to show them wide, as a CJK one is).
    func displayWidth(ambiguousWide: Bool) -> Int {
        var n = 0
        for u in unicodeScalars {
            if u.value < (ambiguousWide ? 0xA1 : 0x300) { n += 1; continue }
            if u.properties.generalCategory == .nonspacingMark || u.properties.generalCategory == .enclosingMark { continue }
            n += u.isWide || (ambiguousWide && u.isAmbiguousWidth) ? 2 : 1
        }
        return n
    }

    /// Full-width ASCII (０-９, Ａ-Ｚ, ／ ...) folded to ASCII; ideographic space to space.
    public var foldingWidth: String {
        // Full-width ASCII (U+FF01-FF5E) starts with EF in UTF-8, the ideographic space
        // with E3: without either byte the text is its own folding.
        var s = self
        if s.withUTF8({ !$0.contains(where: { $0 == 0xEF || $0 == 0xE3 }) }) { return s }
        var out = String.UnicodeScalarView()
        for u in unicodeScalars {
            if u.value >= 0xFF01 && u.value <= 0xFF5E, let a = Unicode.Scalar(u.value - 0xFEE0) {
                out.append(a)
            } else if u.value == 0x3000 {
                out.append(" ")
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// Lower-cased, width-folded, trimmed, with spaces, hyphens and underscores removed:
    /// the form used to match names and aliases.
    public var matchKey: String {
        // One pass over the scalars when no scalar past ASCII has a lower case (Japanese,
        // most names); otherwise the library's lower-casing, which may change a scalar
        // into several. Both give the same key (a test compares them).
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for u in unicodeScalars {
            var v = u.value
            // foldingWidth: full-width ASCII to ASCII, the ideographic space to a space.
            if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 } else if v == 0x3000 { v = 0x20 }
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { v += 0x20 }
                if v != 0x20 && v != 0x5F && v != 0x2D && v != 0x09 { out.append(UInt8(v)) }
            } else if !Self.caseless(v) && u.properties.changesWhenLowercased {
                return Self.slowMatchKey(self)
            } else if v != 0x30FB { // ・
                UTF8.encode(u) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Scripts without letter case (kana, CJK ideographs and punctuation, Hangul,
    /// half-width katakana), answered without a look-up in the Unicode tables.
    @inline(__always)
    static func caseless(_ v: UInt32) -> Bool {
        (v >= 0x3000 && v <= 0x9FFF) || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xFF61 && v <= 0xFFDC)
    }

    /// `matchKey` through `lowercased()`.
    static func slowMatchKey(_ s: String) -> String {
        String(s.foldingWidth.lowercased().unicodeScalars.filter {
            $0 != " " && $0 != "_" && $0 != "-" && $0 != "\t" && $0 != "・"
        }.map(Character.init))
    }
}

extension Character {
    /// East Asian Wide or Full-width (UAX #11): two terminal columns.
    var isWide: Bool { unicodeScalars.first?.isWide ?? false }
}

/// Formats a number with at most `places` decimals, trimming trailing zeros;
/// locale-independent (always `.`), no exponent for ordinary magnitudes.
public func formatNumber(_ x: Double, places: Int = 4) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let r = (abs(x) * scale).rounded()
    let neg = x < 0 && r != 0
    if r >= 9e17 {
        // Past what fits an integer with decimals: whole numbers while they fit, else
        // the shortest round-tripping form (1e+30). Int64(Double) would trap.
        let a = abs(x).rounded()
        return (x < 0 ? "-" : "") + (a < 9.2e18 ? String(Int64(a)) : "\(abs(x))")
    }
    let n = UInt64(r)
    let s = UInt64(scale)
    let whole = n / s
    var frac = n % s
    var digits = ""
    if frac > 0 {
        var fs = String(frac)
        fs = String(repeating: "0", count: places - fs.count) + fs
        while fs.hasSuffix("0") { fs.removeLast() }
        digits = "." + fs
        frac = 0
    }
    return (neg ? "-" : "") + String(whole) + digits
}

/// Formats with exactly `places` decimals (for rates and bounds).
public func formatFixed(_ x: Double, places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let r = (abs(x) * scale).rounded()
    if !r.isFinite || r >= 9e18 { return formatNumber(x, places: places) }
    let neg = x < 0 && r != 0
    let n = UInt64(r)
    let s = UInt64(scale)
    var fs = String(n % s)
    fs = String(repeating: "0", count: places - fs.count) + fs
    return (neg ? "-" : "") + String(n / s) + (places > 0 ? "." + fs : "")
}
