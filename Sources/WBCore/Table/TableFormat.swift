/// The two table formats. CSV follows RFC 4180; TSV is tab-separated with `\t`, `\n`,
/// `\r` and `\\` escapes inside fields (Miller's convention).
public enum TableFormat: String, Sendable, CaseIterable {
    case csv, tsv

    /// The byte between two fields: a comma or a tab.
    @inline(__always)
    public var delimiter: UInt8 { self == .csv ? 0x2C : 0x09 }

    public static func parse(_ s: String, option: String) throws -> TableFormat {
        switch s.lowercased() {
        case "csv": return .csv
        case "tsv", "tab", "txt": return .tsv
        default: throw WBError.usage(L("--\(option) takes csv or tsv, not '\(s)'"))
        }
    }

    /// The format implied by a file name's extension, if any.
    public static func byExtension(_ path: String?) -> TableFormat? {
        guard let path, let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        default: return nil
        }
    }

    /// Sniffs the first line: tabs outnumbering commas (outside quotes) mean TSV.
    public static func sniff(_ bytes: ArraySlice<UInt8>) -> TableFormat {
        var tabs = 0, commas = 0, quoted = false
        for b in bytes {
            if b == 0x22 { quoted.toggle() }
            if quoted { continue }
            if b == 0x0A { break }
            if b == 0x09 { tabs += 1 } else if b == 0x2C { commas += 1 }
        }
        return tabs > 0 && tabs >= commas ? .tsv : .csv
    }
}

/// Input encodings wb reads. Everything is converted to UTF-8 before parsing.
public enum TextEncoding: Sendable {
    case utf8, utf16, cp932

    public static func parse(_ s: String) throws -> TextEncoding {
        switch s.lowercased().replacingOccurrences("_", "-") {
        case "utf-8", "utf8": return .utf8
        case "utf-16", "utf16", "utf-16le", "utf-16be", "unicode": return .utf16
        case "cp932", "shift-jis", "sjis", "shiftjis", "windows-31j", "ms932": return .cp932
        default: throw WBError.usage(L("--encoding takes utf-8, utf-16 or cp932, not '\(s)'"))
        }
    }
}

extension String {
    // Kept out of line: inlined at its thirty-odd callers, each with its own copy of
    // the byte search, it made the binary ~0.2 MB larger.
    @inline(never)
    func replacingOccurrences(_ a: String, _ b: String) -> String {
        guard let first = a.utf8.first else { return self }
        // Most texts hold no byte of the needle's first character: nothing to do.
        if !utf8.contains(first) { return self }
        if a.utf8.allSatisfy({ $0 < 0x80 }) { return replacingASCII(Array(a.utf8), b) }
        return replacingByCharacters(a, b)
    }

    /// `replacingOccurrences` by characters, as Swift compares them (the way any
    /// needle is looked for; an ASCII one by its bytes, the same matches).
    func replacingByCharacters(_ a: String, _ b: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: a) {
            out += rest[..<r.lowerBound]
            out += b
            rest = rest[r.upperBound...]
        }
        return out + rest
    }

    /// An ASCII needle looked for by its bytes. A place counts where it starts and
    /// ends between characters, as a search by characters finds it: `e` is not in an
    /// `é` written as e and an accent, nor `\n` in a CR LF, which is one character.
    private func replacingASCII(_ needle: [UInt8], _ b: String) -> String {
        var s = self
        s.makeContiguousUTF8()
        // The same bytes, read for where characters start while `s` lends its bytes.
        let t = s
        let n = needle.count
        func between(_ offset: Int) -> Bool {
            offset == t.utf8.count || String.Index(t.utf8.index(t.utf8.startIndex, offsetBy: offset), within: t) != nil
        }
        return s.withUTF8 { h -> String in
            var out: [UInt8] = []
            var copied = 0, i = 0
            while i + n <= h.count {
                if h[i] == needle[0], (1..<n).allSatisfy({ h[i + $0] == needle[$0] }), between(i), between(i + n) {
                    out.append(contentsOf: h[copied..<i])
                    out.append(contentsOf: b.utf8)
                    i += n
                    copied = i
                } else {
                    i += 1
                }
            }
            if copied == 0 { return t }
            out.append(contentsOf: h[copied...])
            return String(decoding: out, as: UTF8.self)
        }
    }
}

extension Substring {
    func range(of needle: String) -> Range<Index>? {
        guard let first = needle.first else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i] == first && self[i...].hasPrefix(needle) {
                return i..<index(i, offsetBy: needle.count)
            }
            i = index(after: i)
        }
        return nil
    }
}

extension String {
    func range(of needle: String) -> Range<Index>? { Substring(self).range(of: needle) }
}

extension Record {
    /// Why a header lacks the columns a table needs, when its fields show it: Excel's
    /// `sep=` line, a file separated by semicolons, or by tabs but named .csv (or the
    /// other way). Nil otherwise.
    public func oneColumnHint(format: TableFormat) -> String? {
        // `sep=,` read as CSV is two fields, the second empty.
        if (1...2).contains(count), string(0).trimmed.lowercased().hasPrefix("sep="), count == 1 || string(1).isEmpty {
            let line = string(0).trimmed + (count == 2 ? "," : "")
            return L("the first line '\(line)' is Excel's hint of the separator, not a header: delete that line")
        }
        guard count == 1 else { return nil }
        let f = string(0).trimmed
        if format == .csv && f.contains("\t") {
            return L("the header is one column with tabs in it: the file is tab-separated; give --from tsv")
        }
        if format == .tsv && f.contains(",") {
            return L("the header is one column with commas in it: the file is comma-separated; give --from csv")
        }
        if f.contains(";") {
            return L("the header is one column with semicolons in it: save the file from the spreadsheet as CSV with commas")
        }
        return nil
    }

    /// `message`, with the header's `oneColumnHint` after it when there is one.
    public func withOneColumnHint(_ message: String, format: TableFormat) -> String {
        guard let hint = oneColumnHint(format: format) else { return message }
        return L("\(message); \(hint)")
    }
}
