/// A text looked for in fields as `filter --contains` means it: the field and the text
/// both width-folded (`foldingWidth`: full-width ASCII to ASCII, the ideographic space
/// to a space) and lower-cased, then compared character by character (`holds`).
///
/// Most Todos are ASCII, kana, kanji and full-width forms, scalars that are each a
/// character of their own and that lower-casing leaves alone: for those the folded
/// bytes are made in one pass and searched as bytes, which gives the same answer. A
/// field (or a text) with any other scalar (accented or Greek letters, combining marks,
/// emoji, half-width voiced marks) is compared as characters, as before.
public final class FoldedSearch {
    /// The text folded and lower-cased.
    public let needle: String
    /// Its folded bytes, when it is all plain scalars and holds no line break.
    private let bytes: [UInt8]?
    /// A field's folded bytes, kept between rows.
    private var scratch: [UInt8] = []

    public init(_ text: String) {
        needle = text.foldingWidth.lowercased()
        var folded: [UInt8] = []
        let plain = Array(needle.utf8).withUnsafeBufferPointer { Self.fold($0, into: &folded) }
        bytes = plain && !folded.isEmpty && !folded.contains(0x0A) && !folded.contains(0x0D) ? folded : nil
    }

    /// Whether the field (UTF-8) holds the text.
    public func matches(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        if Self.fold(field, into: &scratch) {
            if let bytes { return scratch.withUnsafeBufferPointer { $0.containsBytes(bytes) } }
            // A text of other scalars (accents, a combining mark) in a plain field: the
            // field's folded bytes are what folding it as a String gives, so only the
            // comparison by characters is left.
            return String(decoding: scratch, as: UTF8.self).holds(needle)
        }
        return Self.containsByCharacters(String(decoding: field, as: UTF8.self), needle)
    }

    /// The comparison by characters: `needle` (folded and lower-cased) in `field`.
    static func containsByCharacters(_ field: String, _ needle: String) -> Bool {
        field.foldingWidth.lowercased().holds(needle)
    }

    /// `p` folded and lower-cased into `out`; false when a scalar is not a plain one
    /// (then `out` is left incomplete).
    static func fold(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
                continue
            }
            // Only three-byte scalars can be plain: U+3000-U+9FFF and U+FF01-U+FF9D.
            guard b >= 0xE3 && b <= 0xE9 || b == 0xEF, i + 2 < n else { return false }
            let v = (UInt32(b & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F)
            if v >= 0xFF01 && v <= 0xFF5E {
                let a = UInt8(v - 0xFEE0)
                out.append(a >= 0x41 && a <= 0x5A ? a | 0x20 : a)
            } else if v == 0x3000 {
                out.append(0x20)
            } else if v >= 0x3000 && v <= 0x9FFF && !(v >= 0x302A && v <= 0x302F) && v != 0x3099 && v != 0x309A
                        || v >= 0xFF61 && v <= 0xFF9D {
                // Kana, CJK symbols and ideographs (not the combining tone and voiced
                // marks), half-width katakana (not its voiced marks).
                out.append(b); out.append(p[i + 1]); out.append(p[i + 2])
            } else {
                return false
            }
            i += 3
        }
        return true
    }
}
