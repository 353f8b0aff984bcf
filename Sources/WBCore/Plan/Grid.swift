#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The grid's conventions, shared by matrix, unmatrix and template.
public enum Grid {
    public static func header(roles: [Term], labels: Lang?) -> [String] {
        [labels == .ja ? "マイルストン" : "milestone"] + roles.map { $0.label(labels) }
    }

    /// The team column's name in a grid: the tasks' own header, or with labels the
    /// language's word.
    public static func teamHeader(_ tasksHeader: String, labels: Lang?) -> String {
        switch labels { case .ja: return "チーム"; case .en: return "team"; case nil: return tasksHeader }
    }

    /// The grid's role columns when none are asked for: pm, dev and ds, then the roles
    /// the settings name in their order, then any other role in use (`used`, by index
    /// in `all`) in the vocabulary's order.
    public static func defaultRoles(_ all: [Term], declared: [String], used: [Bool] = []) -> [Term] {
        let first = ["pm", "dev", "ds"]
        var ids = first + declared.filter { !first.contains($0) }
        for (k, t) in all.enumerated() where k < used.count && used[k] && !ids.contains(t.id) { ids.append(t.id) }
        return ids.compactMap { id in all.first { $0.id == id } }
    }

    public static func rowLabel(_ m: Term, labels: Lang?, set: MilestoneSet?) -> String {
        guard let labels else { return m.id }
        let name = set?.entry(m.id)?.name ?? m.label(labels)
        return name.isEmpty || name == m.id ? m.id : m.id + " " + name
    }

    /// One Todo in a cell: `[T3] text`; a line break inside the Todo continues on a
    /// line indented by two spaces.
    public static func item(id: String?, todo: String) -> String {
        let body = normalizeNewlines(todo).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0) }.joined(separator: "\n  ")
        if let id { return "[\(id)] " + body }
        return body
    }

    /// Appends a Todo's text as a cell line: CRLF and CR become LF, and each line
    /// break continues on a line indented by two spaces (the bytes form of `item`).
    /// `plain`: the Todo is known to hold no line break (it was read unquoted).
    /// Returns true for a Todo of several lines whose first is blank (spaces, tabs,
    /// U+3000) put below another line without an id (`out` ends with LF): it has no
    /// line of its own in the grid (`Cells.headlessWarning`). Single lines, most
    /// Todos, pay nothing for it.
    @discardableResult
    static func appendItem(_ todo: UnsafeBufferPointer<UInt8>, plain: Bool = false, to out: ByteBuffer) -> Bool {
        let n = todo.count
        // Most Todos are one line: copied at once.
        var at = plain ? n : WordScan.firstLineBreak(todo, 0, n)
        if at == n { out.append(todo); return false }
        let headless = out.last == 0x0A && isBlank(UnsafeBufferPointer(rebasing: todo[..<at]))
        var run = 0
        while at < n {
            out.append(UnsafeBufferPointer(rebasing: todo[run..<at]))
            if todo[at] == 0x0D && at + 1 < n && todo[at + 1] == 0x0A { at += 1 }
            out.append(0x0A); out.append(0x20); out.append(0x20)
            run = at + 1
            at = WordScan.firstLineBreak(todo, run, n)
        }
        out.append(UnsafeBufferPointer(rebasing: todo[run...]))
        return headless
    }

    /// Whether a Todo of several lines has a blank first line (as `appendItem` sees it).
    static func startsWithBlankLine(_ todo: UnsafeBufferPointer<UInt8>) -> Bool {
        let at = WordScan.firstLineBreak(todo, 0, todo.count)
        return at < todo.count && isBlank(UnsafeBufferPointer(rebasing: todo[..<at]))
    }

    static func startsWithBlankLine(_ todo: String) -> Bool {
        var todo = todo
        return todo.withUTF8 { startsWithBlankLine($0) }
    }

    /// Whether a line holds only spaces, tabs and ideographic spaces (E3 80 80): what
    /// `trimmed` takes off a line, so a line `items` skips as blank.
    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < line.count {
            if line[i] == 0x20 || line[i] == 0x09 { i += 1; continue }
            guard line[i] == 0xE3, i + 2 < line.count, line[i + 1] == 0x80, line[i + 2] == 0x80 else { return false }
            i += 3
        }
        return true
    }

    /// CRLF and lone CR become LF. Works on scalars: as Characters, "\r" + "\r\n"
    /// would form a new "\r\n" cluster (a fuzzer found that).
    static func normalizeNewlines(_ s: String) -> String {
        // Most cells hold no CR: they are as they would come out.
        guard s.utf8.contains(0x0D) else { return s }
        var out = String.UnicodeScalarView()
        var it = s.unicodeScalars.makeIterator()
        var pending = it.next()
        while let u = pending {
            pending = it.next()
            if u == "\r" {
                out.append("\n")
                if pending == "\n" { pending = it.next() }
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// OWASP's defence against formula injection: a cell starting with = + - @ (or tab,
    /// CR) gets a leading apostrophe, which spreadsheets show as text.
    public static func guardFormula(_ s: String) -> String {
        guard let f = s.unicodeScalars.first else { return s }
        return "=+-@\t\r".unicodeScalars.contains(f) || unguard(s) != s ? "'" + s : s
    }

    /// A cell as matrix writes it: guarded with --safe; and, safe or not, a cell that
    /// itself starts with an apostrophe before = + - @ gets one more, so that unmatrix,
    /// which removes one, gives the text back (a fuzzer found that).
    public static func cell(_ text: String, safe: Bool) -> String {
        if safe || unguard(text) != text { return guardFormula(text) }
        return text
    }

    /// Undoes `guardFormula`.
    /// Removes one apostrophe when, after all its leading apostrophes, the cell starts
    /// with = + - @ (or tab, CR): exactly what `guardFormula` and `cell` add.
    public static func unguard(_ s: String) -> String {
        guard s.hasPrefix("'"), let next = s.unicodeScalars.drop(while: { $0 == "'" }).first,
              "=+-@\t\r".unicodeScalars.contains(next) else { return s }
        return String(s.dropFirst())
    }

    public struct Item: Equatable, Sendable {
        public var id: String?
        public var text: String
        /// 1-based line within the cell.
        public var line: Int
        /// Where a bracket was read as the id: the Todo as it would read had it not been
        /// (`【重要】CTOに報告`), for a merge that finds no such id in the plan.
        public var written: String?

        public init(id: String?, text: String, line: Int, written: String? = nil) {
            (self.id, self.text, self.line, self.written) = (id, text, line, written)
        }

        /// The item read without an id: its bracket is the Todo's own words.
        public var withoutID: Item { Item(id: nil, text: written ?? text, line: line) }
    }

    /// Whether a bracket at a line's start names a task (`[T1]`, `【S-021】`, `[007]`)
    /// rather than tagging the Todo (`【重要】`, `[WIP]`, `［要確認］`): ids carry a number.
    public static func looksLikeID(_ s: String) -> Bool {
        s.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Splits a cell as a spreadsheet returns it (CRLF, trailing spaces, a guarding
    /// apostrophe) into Todos.
    public static func items(_ cell: String) -> [Item] {
        let text = normalizeNewlines(unguard(cell))
        var out: [Item] = []
        // Split at LF's byte: LF, CR gone, is a Character of its own wherever it stands.
        for (n, raw) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            var line = String(decoding: raw, as: UTF8.self)
            while let l = line.last, l == " " || l == "\t" || l == "\u{3000}" { line.removeLast() }
            if line.trimmed.isEmpty { continue }
            // The indent is read as scalars: a continuation that starts with a
            // combining mark makes one Character of the second space and the mark.
            let scalars = line.unicodeScalars
            let indent = scalars.starts(with: "  ".unicodeScalars) ? 2 : scalars.first == "\t" ? 1 : 0
            if indent > 0, !out.isEmpty {
                let more = "\n" + String(String.UnicodeScalarView(scalars.dropFirst(indent)))
                out[out.count - 1].text += more
                out[out.count - 1].written? += more
                continue
            }
            line = String(line.drop(while: { $0 == " " || $0 == "\u{3000}" }))
            // Every list mark (・ - 1. typed twice stays no mark), so that the item reads
            // back the same once written; an [id] may follow them (● [T3]).
            var unmarked = line
            while case let next = withoutListMark(unmarked), next != unmarked { unmarked = next }
            var id: String?, written: String?
            if let (found, rest) = leadingID(line) ?? leadingID(unmarked) {
                id = found
                written = unmarked
                line = rest
            } else {
                line = unmarked
            }
            out.append(Item(id: id, text: line, line: n + 1, written: written))
        }
        return out
    }

    /// Brackets people type around an id: ASCII, full-width from a Japanese IME, lenticular
    /// and tortoise-shell.
    static let brackets: [(Character, Character)] = [("[", "]"), ("［", "］"), ("【", "】"), ("〔", "〕")]
    static let openingBrackets = Set("[［【〔".unicodeScalars)
    /// The bullets a list in a cell may start its lines with.
    static let listMarks = Set("・•‣◦●■◆".unicodeScalars)
    /// What may stand before the bracket: a bullet, an apostrophe a spreadsheet kept.
    static let bullets = Set(listMarks.map(Character.init)).union(["'", "’", "‘"])

    /// A line without an id as people type a list in a cell: `・text`, `• text`, `●text`,
    /// `- text`, `* text`, `1. text`, `2) text`, `3．text`, `①text` give `text` (a mark
    /// alone, or one not followed by a space where it needs one, `-1 day`, `1.5倍`, stays).
    static func withoutListMark(_ line: String) -> String {
        // Most lines start with none of the marks: they are not taken apart.
        guard let f = line.unicodeScalars.first,
              listMarks.contains(f) || f == "-" || f == "*" || ("0"..."9").contains(f) || ("①"..."⑳").contains(f) else { return line }
        let scalars = Array(line.unicodeScalars)
        func space(_ i: Int) -> Bool { i < scalars.count && (scalars[i] == " " || scalars[i] == "\u{3000}") }
        var end: Int?
        if listMarks.contains(f) || ("①"..."⑳").contains(f) || (f == "-" || f == "*") && space(1) {
            end = 1
        } else {
            var d = 0
            while d < min(scalars.count, 3), ("0"..."9").contains(scalars[d]) { d += 1 }
            // `1. ` and `2) ` need their space (`1.5倍`); the full-width `1．` `2）` do not.
            if d > 0, d < 3, d < scalars.count,
               ".)".unicodeScalars.contains(scalars[d]) && space(d + 1) || "．）".unicodeScalars.contains(scalars[d]) { end = d + 1 }
        }
        guard var i = end else { return line }
        while space(i) { i += 1 }
        guard i < scalars.count else { return line }
        return String(String.UnicodeScalarView(scalars[i...]))
    }

    /// `[T-001] text` as people type it: `［T-001］`, `【T-001】`, `・[T-001]`, `'[T-001]`,
    /// full-width letters and digits in the id. Returns the id (width-folded) and the rest.
    static func leadingID(_ line: String) -> (String, String)? {
        var s = Substring(line)
        while let f = s.first, bullets.contains(f) { s = s.dropFirst().drop(while: { $0 == " " || $0 == "\u{3000}" }) }
        guard let f = s.first, let pair = brackets.first(where: { $0.0 == f }),
              let close = s.firstIndex(of: pair.1) else { return nil }
        let inner = String(s[s.index(after: s.startIndex)..<close]).trimmed.foldingWidth
        guard !inner.isEmpty, !inner.contains(" "), !inner.contains("\u{3000}") else { return nil }
        var rest = Substring(s[s.index(after: close)...])
        // One space after the bracket, as a scalar (it may carry a combining mark).
        if let u = rest.unicodeScalars.first, u == " " || u == "\u{3000}" {
            rest = Substring(rest.unicodeScalars.dropFirst())
        }
        return (inner, String(rest))
    }

    /// The `[id] ` that `matrix --ids` wrote before a Todo, read against the ids a merge
    /// knows: the longest bracket at the line's start that names one of them and is
    /// followed by a space or the end of the line. Such an id may hold what `leadingID`
    /// stops at or refuses (`[A]B]`, `[a b]`, `[[X]]`). Returns the id and the rest.
    /// `longest`: the longest known id's UTF-8 length; no bracket further in is looked
    /// at, so a line of many `] ` costs what its first `longest` bytes do.
    static func knownLeadingID(_ line: String, longest: Int, isKnown: (String) -> Bool) -> (String, String)? {
        let u = Array(line.utf8)
        guard u.first == UInt8(ascii: "[") else { return nil }
        let end = u.firstIndex(of: 0x0A) ?? u.count
        var found: Int?
        for k in 2..<max(2, min(end, longest &+ 2)) where u[k] == UInt8(ascii: "]") && (k + 1 == end || u[k + 1] == 0x20) {
            if isKnown(String(decoding: u[1..<k], as: UTF8.self)) { found = k }
        }
        guard let k = found else { return nil }
        let rest = k + 1 < u.count && u[k + 1] == 0x20 ? k + 2 : k + 1
        return (String(decoding: u[1..<k], as: UTF8.self), String(decoding: u[rest...], as: UTF8.self))
    }

    /// The form of a task's Todo that a grid gives back after its `[id]`, for
    /// "unchanged?" comparisons (a Todo that itself starts with `[` or a space included).
    public static func comparable(_ todo: String) -> String {
        comesBackAsWritten(todo) ? todo : items(item(id: "x", todo: todo)).map(\.text).joined(separator: "\n")
    }

    /// The form of a task's Todo that a grid line without an id gives back (what
    /// `matrix` without `--ids` writes): a list mark or an indent at its start is read
    /// as such, a bracket as written. Most Todos start with a letter and come back as they are.
    static func comparableWithoutID(_ todo: String) -> String {
        if comesBackAsWritten(todo), let f = todo.unicodeScalars.first,
           ("a"..."z").contains(f) || ("A"..."Z").contains(f) || f.value >= 0x3040 && f != "・" && f.value != 0xFF3B {
            return todo
        }
        return items(item(id: nil, todo: todo)).map { $0.written ?? $0.text }.joined(separator: "\n")
    }

    /// Whether a Todo comes back from its grid line (`[id] text`) as it is: one line
    /// (no CR or LF) that does not end with what `items` strips off a line's end (a
    /// space, a tab, an ideographic space). After its `[id] `, nothing at its start is
    /// read as a mark or an indent, so the rest is kept whole. Most Todos are such, and
    /// a merge compares every task's (`unmatrix --base` of 100,000 tasks: a third of
    /// its time went to taking each apart and together again).
    static func comesBackAsWritten(_ todo: String) -> Bool {
        let u = todo.utf8
        guard let last = u.last, last != 0x20, last != 0x09, !u.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return false }
        // U+3000 IDEOGRAPHIC SPACE is E3 80 80.
        return !(last == 0x80 && u.count >= 3 && u.suffix(3).elementsEqual([0xE3, 0x80, 0x80]))
    }
}

extension Grid {
    /// The cells `matrix` fills as it reads: a buffer per milestone × role, a block of
    /// them per team (in order of first appearance; one block without teams), each
    /// Todo on a line of its own. Memory follows the grid, not the rows read, and a
    /// cell's buffer grows by `realloc`, which moves its pages instead of copying them.
    struct Cells {
        let milestones: Int, roles: Int
        private var cells: [ByteBuffer] = []
        /// The same buffers, reached without retaining them in the row loop (`cells`
        /// keeps them alive).
        private var refs: [Unmanaged<ByteBuffer>] = []
        private var block: Int { milestones * roles }
        /// The cells are kept in CSV's encoding, each `"` doubled, so that CSV output
        /// writes them as they stand (between quotes where `quoted`), without a pass
        /// that copies them into the row.
        let csvEncoded: Bool
        /// Two marks a cell. `quoted` (with `csvEncoded`): the cell holds `,` `"` CR or
        /// LF, so it is quoted; the one-line paths (`addLine`, `addToken`) do not mark
        /// the LF they put between two Todos: `isQuoted` finds it. `headless`: it holds
        /// a Todo without an id whose first line is blank, below another
        /// (`headlessWarning`).
        private var marks: [UInt8] = []
        private static let quoted: UInt8 = 1, headless: UInt8 = 2
        private let scratch = ByteBuffer()
        /// Each new cell's first capacity: its share of the input where the input's size
        /// is known (`expecting`), so that a cell seldom grows; the pages are touched
        /// only as they are written.
        private var firstCapacity = 64

        init(milestones: Int, roles: Int, csvEncoded: Bool = false) {
            (self.milestones, self.roles, self.csvEncoded) = (milestones, roles, csvEncoded)
        }

        /// Sizes the cells made from now on for a table of `bytes` bytes: half of it
        /// shared among a block's cells (the benchmark's Todos are 38% of its bytes),
        /// at most 16 MiB a cell. A cell grown past it doubles as before.
        mutating func expecting(bytes: Int) {
            firstCapacity = min(max(64, bytes / max(1, 2 * block)), 1 << 24)
        }

        /// Adds a Todo to a cell of team `team` (0 without teams): `[id] ` first when
        /// an id is given (`--ids`; its UTF-8, trimmed), line breaks as `appendItem`
        /// writes them (`plain`: the Todo has none; `csvPlain`: it was an unquoted CSV
        /// field, so it holds none of `,` `"` CR LF either).
        /// `csvToken`: the Todo is given as it stood in CSV input, its quotes still
        /// doubled (used only when the cells are kept encoded).
        mutating func add(team: Int, milestone: Int, role: Int, id: UnsafeBufferPointer<UInt8>?, todo: UnsafeBufferPointer<UInt8>?,
                          plain: Bool = false, csvPlain: Bool = false, csvToken: Bool = false) {
            while (team + 1) * block > cells.count {
                let first = firstCapacity
                let more = (0..<block).map { _ in ByteBuffer(capacity: first) }
                cells += more
                refs += more.map { Unmanaged.passUnretained($0) }
                marks += [UInt8](repeating: 0, count: block)
            }
            let c = team * block + milestone * roles + role
            let encoded = csvEncoded
            var special = false, blankFirst = false
            refs[c]._withUnsafeGuaranteedRef { cell in
                if !cell.isEmpty { cell.append(0x0A); special = true }
                if let id {
                    cell.append(0x5B)
                    if encoded {
                        special = Self.appendEncoded(id, to: cell) || special
                    } else {
                        cell.append(id)
                    }
                    cell.append(0x5D); cell.append(0x20)
                }
                if let todo {
                    if !encoded || csvPlain { blankFirst = appendItem(todo, plain: plain, to: cell); return }
                    // Already in CSV's encoding: line breaks as a cell writes them, in
                    // one copy, and quoted when it holds , " CR or LF.
                    if csvToken {
                        special = special || WordScan.firstCSVSpecial(todo, 0, todo.count) < todo.count
                        blankFirst = appendItem(todo, plain: plain, to: cell)
                        return
                    }
                    // As it goes into the cell, then encoded where it needs it.
                    scratch.removeAll()
                    appendItem(todo, plain: plain, to: scratch)
                    // (Here the Todo goes through `scratch`, which cannot tell.)
                    blankFirst = id == nil && cell.last == 0x0A && Grid.startsWithBlankLine(todo)
                    special = Self.appendEncoded(scratch.bytes, to: cell) || special
                }
            }
            if special && encoded { marks[c] |= Self.quoted }
            if blankFirst { marks[c] |= Self.headless }
        }

        /// `add` for the usual Todo: one line that needs no encoding (read unquoted,
        /// or the cells are not kept encoded), with an `id` that needs none either (an
        /// unquoted CSV field, trimmed) or none, into a cell already made. False when
        /// the cell is not made yet: then `add`.
        /// `record`: the bytes the Todo lies in (the row's, as read), which may be read
        /// past its end.
        @inline(__always)
        mutating func addLine(team: Int, milestone: Int, role: Int, id: UnsafeBufferPointer<UInt8>? = nil,
                              todo: UnsafeBufferPointer<UInt8>, in record: UnsafeBufferPointer<UInt8>) -> Bool {
            let c = team &* block &+ milestone &* roles &+ role
            guard c < refs.count else { return false }
            refs[c]._withUnsafeGuaranteedRef { Self.putLine($0, id: id, todo: todo, in: record) }
            return true
        }

        /// `addLine` for a Todo as it stood quoted in CSV input, going into cells
        /// kept encoded: its quotes already doubled, so it goes in as it stands when
        /// it is one line (the cell then quoted if it holds `,` or `"`). False when it
        /// has a line break or the cell is not made yet: then `add`.
        @inline(__always)
        mutating func addToken(team: Int, milestone: Int, role: Int, id: UnsafeBufferPointer<UInt8>? = nil,
                               todo: UnsafeBufferPointer<UInt8>, in record: UnsafeBufferPointer<UInt8>) -> Bool {
            let c = team &* block &+ milestone &* roles &+ role
            guard c < refs.count else { return false }
            let first = WordScan.firstCSVSpecial(todo, 0, todo.count)
            if first < todo.count {
                guard WordScan.firstLineBreak(todo, first, todo.count) == todo.count else { return false }
                if marks[c] & Self.quoted == 0 { marks[c] |= Self.quoted }
            }
            refs[c]._withUnsafeGuaranteedRef { Self.putLine($0, id: id, todo: todo, in: record) }
            return true
        }

        /// A line of a cell, after an LF unless the cell is empty: `[id] ` and the
        /// Todo, made room for at once and copied by `ByteBuffer.put` (the C library's
        /// `memmove` mispredicted one more branch a Todo choosing its way: `matrix` at
        /// 100k rows, 873K against 768K).
        ///
        /// A Todo of at most 64 bytes, most of them, goes as 64 bytes whatever its
        /// length when the record it lies in (`record`) goes on that far and the cell
        /// has room (`ByteBuffer.put64`): the copy's loop exit, which depends on the
        /// length, was missed on three rows in four (`matrix`, 100k rows).
        @inline(__always)
        private static func putLine(_ cell: ByteBuffer, id: UnsafeBufferPointer<UInt8>?, todo: UnsafeBufferPointer<UInt8>,
                                    in record: UnsafeBufferPointer<UInt8>) {
            let held = cell.isEmpty ? 0 : 1
            let head = held &+ (id.map { $0.count &+ 3 } ?? 0)
            var wide = false
            if let t = todo.baseAddress, let r = record.baseAddress, t >= r {
                wide = todo.count <= 64 && (r + record.count) - t >= 64 && cell.spare >= head &+ 64
            }
            var at = cell.extend(by: head &+ todo.count)
            // The LF is stored whether or not it is kept (no branch): in an empty cell
            // it lands on the first byte, within the capacity, and is written over or
            // left past the count.
            at.pointee = 0x0A
            at += held
            if let id {
                at.pointee = 0x5B
                at = ByteBuffer.put(id, at: at + 1)
                at[0] = 0x5D; at[1] = 0x20
                at += 2
            }
            if wide { ByteBuffer.put64(todo.baseAddress!, at: at) } else { _ = ByteBuffer.put(todo, at: at) }
        }

        /// Appends `s` with each `"` doubled; true when it holds `,` `"` CR or LF.
        private static func appendEncoded(_ s: UnsafeBufferPointer<UInt8>, to out: ByteBuffer) -> Bool {
            let first = WordScan.firstCSVSpecial(s, 0, s.count)
            guard first < s.count, let base = s.baseAddress else { out.append(s); return false }
            var run = 0
            while run < s.count, let q = memchr(base + run, 0x22, s.count - run) {
                let at = base.distance(to: q.assumingMemoryBound(to: UInt8.self))
                out.append(UnsafeBufferPointer(rebasing: s[run...at]))
                out.append(0x22)
                run = at + 1
            }
            out.append(UnsafeBufferPointer(rebasing: s[run...]))
            return true
        }

        /// A cell's text from its CSV encoding: each `""` back to `"`.
        static func decoded(_ s: UnsafeBufferPointer<UInt8>) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(s.count)
            WordScan.appendUnescaped(s, to: &out)
            return out
        }

        /// With `csvEncoded`: whether the cell is written between quotes: marked, or
        /// holding an LF (found where the first Todo ends, once a cell).
        func isQuoted(team: Int, milestone: Int, role: Int) -> Bool {
            let c = team * block + milestone * roles + role
            guard c < marks.count else { return false }
            let cell = cells[c]
            return marks[c] & Self.quoted != 0 || (!cell.isEmpty && memchr(cell.base, 0x0A, cell.count) != nil)
        }

        /// The cells of `limit` characters or more as spreadsheets count them (UTF-16
        /// units; a `""` of an encoded cell is one), in team, milestone, role order.
        /// Only cells of `limit` bytes or more can be; those of three times as many
        /// bytes certainly are (a UTF-16 unit takes at most three bytes), so
        /// none is counted through but the few in between.
        func reaching(_ limit: Int) -> [(team: Int, milestone: Int, role: Int)] {
            var out: [(team: Int, milestone: Int, role: Int)] = []
            for (c, cell) in cells.enumerated() where cell.count >= limit {
                if cell.count >= 3 * limit || Self.spreadsheetLength(cell.bytes, encoded: csvEncoded) >= limit {
                    out.append((c / block, c % block / roles, c % roles))
                }
            }
            return out
        }

        /// The warning for the cells of `roles` (places in the cells' roles, each with
        /// its term) that a spreadsheet would cut, or that are of the very length it
        /// cuts at (which unmatrix takes for cut): their last Todos would not come back.
        /// Names the first four as `M1 × pm` (with the team, of several); nil for none.
        func cutWarning(roles: [(place: Int, term: Term)], milestones: [Term], teams: [String]?) -> String? {
            guard let names = Self.names(reaching(Grid.spreadsheetCellLimit), roles: roles, milestones: milestones, teams: teams) else { return nil }
            return L("cells that reach the 32,767 characters Excel keeps of a cell: \(names); a spreadsheet cuts them there (Google Sheets at 50,000) and unmatrix refuses a cell of that length: pivot fewer tasks at a time, with wb-tasks filter first or --team")
        }

        /// The warning for the cells of `roles` that hold a Todo, written without an id
        /// below another, whose first line is blank: it has no line of its own in the
        /// grid, so a merge of the grid removes its task (and `unmatrix --base` names
        /// it). Nil for none.
        func headlessWarning(roles: [(place: Int, term: Term)], milestones: [Term], teams: [String]?) -> String? {
            let flagged = marks.indices.filter { marks[$0] & Self.headless != 0 }.map { ($0 / block, $0 % block / self.roles, $0 % self.roles) }
            guard let names = Self.names(flagged, roles: roles, milestones: milestones, teams: teams) else { return nil }
            return L("Todos that start with a blank line, in \(names): a grid made without --ids cannot give them back (their lines join the Todo above them, and unmatrix --base removes their tasks); make the grid with --ids, or start each Todo with its text")
        }

        /// The first four of `cells` among `roles` as `M1 × pm` (with the team, of
        /// several), and how many more; nil for none.
        private static func names(_ cells: [(team: Int, milestone: Int, role: Int)], roles: [(place: Int, term: Term)],
                                  milestones: [Term], teams: [String]?) -> String? {
            var term: [Int: Term] = [:]
            for r in roles { term[r.place] = r.term }
            let shown = cells.filter { term[$0.role] != nil }
            guard !shown.isEmpty else { return nil }
            return shown.prefix(4).map { c in
                (teams.map { c.team < $0.count ? $0[c.team] + " " : "" } ?? "") + milestones[c.milestone].id + " × " + term[c.role]!.id
            }.listed + (shown.count > 4 ? L(" and \(shown.count - 4) more") : "")
        }

        /// A cell's length in UTF-16 units: a lead byte is one, a four-byte sequence's
        /// two; in CSV's encoding a doubled quote is one.
        static func spreadsheetLength(_ s: UnsafeBufferPointer<UInt8>, encoded: Bool) -> Int {
            var n = 0, quotes = 0
            for b in s {
                if b & 0xC0 != 0x80 { n += 1 }
                if b >= 0xF0 { n += 1 }
                if b == 0x22 { quotes += 1 }
            }
            return encoded ? n - quotes / 2 : n
        }

        /// A cell's bytes (in CSV's encoding with `csvEncoded`): empty where no task went.
        func cell(team: Int, milestone: Int, role: Int) -> UnsafeBufferPointer<UInt8> {
            let c = team * block + milestone * roles + role
            return c < cells.count ? cells[c].bytes : UnsafeBufferPointer(start: nil, count: 0)
        }
    }

    /// The most characters Excel keeps in a cell (UTF-16 units): it drops the rest
    /// when it opens a file (Google Sheets keeps 50,000), so a grid cell longer than
    /// this loses its last Todos on the way through a spreadsheet.
    public static let spreadsheetCellLimit = 32_767
    /// The lengths at which a spreadsheet cuts a cell: a grid cell coming back at one
    /// of them was most likely cut (`unmatrix` refuses it).
    public static let spreadsheetCellLimits: Set<Int> = [32_767, 50_000]

    /// Writes the grid's rows after its header: for each team (its name first; `teams`
    /// nil without a team column), a row per milestone (`label`), a cell per role in
    /// `roles` (indices in the cells' roles). Only a cell that starts with an
    /// apostrophe, or any with `safe`, goes through `cell(_:safe:)` (as text, decoded
    /// first when the cells are kept encoded); the others go out as their bytes,
    /// encoded ones as they stand (a grid row of a million tasks is tens of megabytes).
    static func writeRows(_ cells: Cells, teams: [String]?, milestones: [Term], label: (Term) -> String,
                          roles: [Int], safe: Bool, to writer: TableWriter) {
        for t in 0..<(teams?.count ?? 1) {
            for (mi, m) in milestones.enumerated() {
                if let teams { writer.field(teams[t]) }
                writer.field(label(m))
                for r in roles {
                    let bytes = cells.cell(team: t, milestone: mi, role: r)
                    if cells.csvEncoded && !safe && bytes.first != 0x27 {
                        writer.field(csvEncoded: bytes, quoted: cells.isQuoted(team: t, milestone: mi, role: r))
                        continue
                    }
                    if !safe && bytes.first != 0x27 { writer.field(bytes); continue }
                    let text = cells.csvEncoded ? String(decoding: Cells.decoded(bytes), as: UTF8.self) : String(decoding: bytes, as: UTF8.self)
                    writer.field(cell(text, safe: safe))
                }
                writer.endRow()
            }
        }
    }
}
