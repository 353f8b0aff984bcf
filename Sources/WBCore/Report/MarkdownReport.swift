/// The report as CommonMark with GitHub-style tables: it pastes into Slack, a Backlog
/// wiki, Confluence and GitHub. Cell text is escaped (`|`, `<`, `&`, `*`, `_`, `` ` ``,
/// `[`), so a task's title is never read as markup or HTML.
public enum MarkdownReport {
    public static func render(_ d: ReportDocument) -> String {
        var s = "# " + esc(d.title) + "\n\n"
        s += "**" + esc(d.headline) + "**\n"
        for section in d.sections {
            s += "\n## " + esc(section.title) + "\n"
            for block in section.blocks {
                s += "\n"
                switch block {
                case .table(let t):
                    s += row(t.head.map(esc)) + row(t.head.map { _ in "---" })
                    for r in t.rows { s += row(r.map(esc)) }
                case .list(let items):
                    for i in items { s += "- " + esc(i) + "\n" }
                case .text(let text):
                    s += esc(text) + "\n"
                case .timeline(let picture):
                    let text = picture.text
                    // A fence longer than any backtick run in the picture keeps it literal.
                    let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: text) + 1))
                    s += fence + "text\n" + text + (text.hasSuffix("\n") ? "" : "\n") + fence + "\n"
                }
            }
        }
        return s
    }

    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    static func longestRun(of c: Character, in s: String) -> Int {
        var best = 0, run = 0
        for ch in s { if ch == c { run += 1; best = max(best, run) } else { run = 0 } }
        return best
    }

    /// Text that stays text in a table cell or a list item.
    static func esc(_ s: String) -> String {
        // On the UTF-8 bytes: every byte escaped is ASCII, so the others pass as they
        // are (a report of 100,000 tasks escapes every title; Characters took seconds).
        var o: [UInt8] = []
        o.reserveCapacity(s.utf8.count + 8)
        var previous: UInt8 = 0
        for b in s.utf8 {
            switch b {
            case 0x5C, 0x7C, 0x2A, 0x5F, 0x60, 0x5B, 0x5D, 0x23: o.append(0x5C); o.append(b)  // \ | * _ ` [ ] #
            case 0x3C: o.append(contentsOf: "&lt;".utf8)
            case 0x3E: o.append(contentsOf: "&gt;".utf8)
            case 0x26: o.append(contentsOf: "&amp;".utf8)
            case 0x0A: if previous != 0x0D { o.append(0x20) }  // CRLF is one line break: one space
            case 0x0D: o.append(0x20)
            default: o.append(b)
            }
            previous = b
        }
        return String(decoding: o, as: UTF8.self)
    }
}
