/// Paragraphs folded to a width in terminal columns, for `--help`: English breaks at
/// spaces; Japanese, which has none, between two wide characters and after 、 and 。,
/// except before a closing mark or a small kana (、。」ー ぁ) and after an opening one
/// (「（), as Japanese typesetting does (kinsoku). A word longer than the width stays
/// whole.
enum TextWrap {
    /// Marks a line does not start with.
    private static let noStart: Set<Character> = Set("、。，．・：；？！ー…）」』】〕〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ)]},.:;!?%")
    /// Marks a line does not end with.
    private static let noEnd: Set<Character> = Set("（「『【〔〈《([{")

    /// `text` (one paragraph, no line breaks of its own) after `lead` (a label, or
    /// nothing), in lines of at most `width` columns, each line after the first
    /// starting with `indent` spaces. Where the indent leaves fewer than 20 columns,
    /// the text is not folded. `ambiguousWide`: the terminal shows East Asian
    /// ambiguous characters (× … →) two columns wide (`ambiguousWide(env:)`).
    static func fold(_ text: String, lead: String = "", indent: Int, width: Int, ambiguousWide: Bool = false) -> String {
        let leadWidth = lead.displayWidth(ambiguousWide: ambiguousWide)
        guard width - max(indent, leadWidth) >= 20, leadWidth + text.displayWidth(ambiguousWide: ambiguousWide) > width else { return lead + text }
        var lines: [String] = []
        var line: [(Character, Int)] = []
        var used = leadWidth
        // Where the line may end: the index of the first character of the next line.
        var lastBreak: Int?
        func canBreak(before k: Int) -> Bool {
            guard k > 0 else { return false }
            let (prev, pw) = line[k - 1], (next, nw) = line[k]
            if next == " " { return false }
            if prev == " " { return true }
            // After a Japanese comma or full stop, also before a Latin word (、BOM).
            if prev == "、" || prev == "。" { return !noStart.contains(next) }
            return pw == 2 && nw == 2 && !noStart.contains(next) && !noEnd.contains(prev)
        }
        for ch in text {
            let w = String(ch).displayWidth(ambiguousWide: ambiguousWide)
            line.append((ch, w))
            used += w
            if canBreak(before: line.count - 1) { lastBreak = line.count - 1 }
            // A space past the end is dropped at the break, not a reason for one.
            guard ch != " ", used > width, let at = lastBreak else { continue }
            var head = line[..<at]
            while head.last?.0 == " " { head.removeLast() }
            lines.append(String(head.map(\.0)))
            line = Array(line[at...])
            used = indent + line.reduce(0) { $0 + $1.1 }
            lastBreak = nil
            for k in line.indices where canBreak(before: k) { lastBreak = k }
        }
        lines.append(String(line.map(\.0)))
        let pad = String(repeating: " ", count: indent)
        return lead + lines.enumerated().map { $0.offset == 0 ? $0.element : pad + $0.element }.joined(separator: "\n")
    }

    /// The width `--help` folds to: the terminal's, less two columns (COLUMNS first,
    /// as Python's argparse reads it), else 80 less two, in a file or a pipe.
    static func helpWidth(_ out: Output, env: [String: String]) -> Int {
        (out.columns(env: env) ?? 80) - 2
    }

    /// The terminal shows East Asian ambiguous characters (× … → ①) two columns wide,
    /// as it says to programs that follow go-runewidth's convention
    /// (RUNEWIDTH_EASTASIAN=1: a CJK setting of the terminal).
    static func ambiguousWide(env: [String: String]) -> Bool { env["RUNEWIDTH_EASTASIAN"] == "1" }
}
