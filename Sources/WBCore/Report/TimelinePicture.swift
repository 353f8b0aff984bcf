/// The plan's milestones on a date axis with today marked: the terminal chart and the
/// SVG roadmap of `wb-milestones timeline`, and the picture in `report`.
public enum TimelinePicture {
    /// The axis: from the plan's start (today outside it is marked at the edge) to a
    /// week after the last milestone or today, whichever is later.
    public static func span(start: CivilDate, last: CivilDate, today: CivilDate) -> (CivilDate, CivilDate) {
        (start, max(last, today).adding(days: 7))
    }

    static func column(_ d: CivilDate, _ from: CivilDate, _ to: CivilDate, _ width: Int) -> Int {
        let span = max(1, to.days - from.days)
        return min(width - 1, max(0, (d.days - from.days) * (width - 1) / span))
    }

    /// The characters the terminal chart is drawn with: the axis before a milestone,
    /// the milestone, and a progress bar's done and open parts; and what ends a name
    /// that was cut.
    public struct Glyphs: Sendable {
        let dot, mark, done, open: Character
        let ellipsis: String
        /// The terminal shows East Asian ambiguous characters two columns wide: a
        /// milestone's name that holds some (① ※ →) is measured so.
        let ambiguousWide: Bool
        /// · ◆ █ ░ …, one column each where East Asian ambiguous characters are narrow
        /// (most terminals).
        public static let unicode = Glyphs(dot: "·", mark: "◆", done: "█", open: "░", ellipsis: "…", ambiguousWide: false)
        /// ASCII only, for a terminal that shows ambiguous characters two columns wide
        /// (a CJK setting of iTerm2, GNOME Terminal or mintty; `ambiwidth=double`),
        /// where the chart drawn with `unicode` would not line up.
        public static let ascii = Glyphs(dot: ".", mark: "*", done: "#", open: "-", ellipsis: "...", ambiguousWide: true)
    }

    static func bar(_ done: Int, _ total: Int, _ n: Int, _ glyphs: Glyphs = .unicode) -> String {
        let k = total == 0 ? 0 : done * n / total
        return String(repeating: glyphs.done, count: k) + String(repeating: glyphs.open, count: n - k)
    }

    /// The terminal chart, its axis `width` columns wide. `columns`: the terminal's
    /// width, which a milestone's line is fitted to: the axis narrowed (to 20 columns
    /// at the least), then the names cut with … where that is not enough, and the
    /// roles' progress put on more lines; nil: as wide as it comes (a file, a pipe, the
    /// report). `glyphs`: what it is drawn with.
    public static func text(_ rows: [MilestoneProgress], from: CivilDate, to: CivilDate, today: CivilDate, width: Int, showRoles: Bool,
                            columns: Int? = nil, glyphs: Glyphs = .unicode) -> String {
        // Today outside the span is marked at the edge it lies beyond, and said so.
        let edge = today < from ? L(" (before the plan's start: | at the left edge)") : today > to ? L(" (after the span: | at the right edge)") : " (|)"
        let span = L("timeline \(from.iso) .. \(to.iso)"), now = L("today \(today.iso)") + edge
        // A terminal too narrow for the title on one line gets it on two.
        var out = columns.map { (span + "   " + now).displayWidth(ambiguousWide: glyphs.ambiguousWide) > $0 } == true ? span + "\n" + now + "\n" : span + "   " + now + "\n"
        // Columns as wide as their widest entry (タスクなし, an id like beta), so the
        // names after them line up.
        let idWidth = rows.reduce(4) { max($0, $1.entry.term.id.displayWidth + 1) }
        let pad = String(repeating: " ", count: idWidth + 11)
        func doneText(_ p: MilestoneProgress) -> String { L("\(p.done)/\(p.total) done") }
        let doneWidth = rows.reduce(10) { max($0, doneText($1).displayWidth + 2) }
        let stateWidth = rows.reduce(9) { max($0, Labels.word($1.state, Lang.current).displayWidth + 1) }
        // A milestone's line: the id, the date, the axis, two spaces, the progress, the name.
        let progressWidth = showRoles ? doneWidth + stateWidth : 0
        let fixed = pad.count + 2 + progressWidth
        var width = width
        var nameRoom = Int.max
        // A terminal too narrow for the progress and 8 columns of a name beside the
        // axis at its narrowest: they go on a line of their own below it, and the
        // name on one more where 8 columns are not left beside the progress.
        var below = false, nameAlone = false
        if let columns {
            let names = rows.reduce(0) { max($0, $1.entry.name.displayWidth(ambiguousWide: glyphs.ambiguousWide)) }
            if columns < fixed + 20 + 8 {
                below = true
                width = min(width, max(20, columns - pad.count))
                nameAlone = showRoles && columns - pad.count - progressWidth < 8
                nameRoom = max(8, columns - pad.count - (nameAlone ? 0 : progressWidth))
            } else {
                width = min(width, max(20, columns - fixed - names))
                nameRoom = max(8, columns - fixed - width)
            }
        }
        // One cell per column; a wide character's second column is an empty cell.
        var ticks = [String](repeating: " ", count: width)
        var axis = [Character](repeating: "-", count: width)
        var m = CivilDate(from.year, from.month, 1)!
        if m < from { m = m.adding(months: 1) }
        // A month's name in cells (the year with it where asked), and the year last
        // said: a label carries its year when it is the first to be written in that
        // year (a January, or the month after a January that found no room).
        func label(_ d: CivilDate, year: Bool) -> [String] {
            let text = Lang.current == .ja ? (year ? "\(d.year % 100)年" : "") + "\(d.month)月"
                : String(CivilDate.monthNames[d.month - 1].prefix(3)) + (year ? "'" + two(d.year % 100) : "")
            return text.flatMap { ch -> [String] in ch.isWide ? [String(ch), ""] : [String(ch)] }
        }
        var yearSaid: Int?
        // A span that starts within a month (the workshop's day): that month is named at
        // the left edge when it fits before the first tick, with its year or without.
        if m > from {
            let room = m <= to ? column(m, from, to, width) - 1 : width
            let withYear = label(from, year: true)
            if let l = [withYear, label(from, year: false)].first(where: { $0.count <= room }) {
                for (k, ch) in l.enumerated() { ticks[k] = ch }
                if l == withYear { yearSaid = from.year }
            }
        }
        while m <= to {
            let c = column(m, from, to, width)
            axis[c] = "+"
            let l = label(m, year: m.year != yearSaid)
            if c + l.count <= width && (c == 0 || ticks[c - 1] == " ") {
                for (k, ch) in l.enumerated() { ticks[c + k] = ch }
                yearSaid = m.year
            }
            m = m.adding(months: 1)
        }
        out += pad + ticks.joined() + "\n" + pad + String(axis) + "\n"
        let todayCol = today < from ? 0 : today > to ? width - 1 : column(today, from, to, width)
        var team: String?
        for p in rows {
            if let t = p.team, t != team {
                out += "\n" + L("team \(t)") + "\n"
                team = t
            }
            var line = [Character](repeating: " ", count: width)
            line[todayCol] = "|"
            if let d = p.entry.date {
                let c = column(d, from, to, width)
                for k in 0..<c where line[k] == " " { line[k] = glyphs.dot }
                line[c] = glyphs.mark
            }
            let id = p.entry.term.id.padded(to: idWidth)
            let date = (p.entry.date?.iso ?? L("no date")).padded(to: 11)
            let progress = showRoles ? doneText(p).padded(to: doneWidth) + Labels.word(p.state, Lang.current).padded(to: stateWidth) : ""
            let name = p.entry.name.cut(toColumns: nameRoom, ellipsis: glyphs.ellipsis, ambiguousWide: glyphs.ambiguousWide)
            if below {
                // Lines of their own end where their text does (no name, no line).
                func ended(_ s: String) -> String { String(s.reversed().drop { $0 == " " }.reversed()) }
                out += ended(id + date + String(line)) + "\n"
                for s in nameAlone ? [progress, name] : [progress + name] where !s.trimmed.isEmpty { out += pad + ended(s) + "\n" }
            } else {
                out += id + date + String(line) + "  " + progress + name + "\n"
            }
            if showRoles && !p.byRole.isEmpty {
                let parts = p.roles.map { r -> String in
                    let v = p.byRole[r]!
                    return Labels.roleShort(r, Lang.current) + " " + bar(v.done, v.total, 6, glyphs) + " \(v.done)/\(v.total)"
                }
                // On a terminal the parts go on as many lines as they need, never
                // beyond its width (a part wider than what is left takes a line alone).
                var lineParts: [String] = [], used = 0
                for part in parts {
                    let w = part.displayWidth(ambiguousWide: glyphs.ambiguousWide)
                    if let columns, !lineParts.isEmpty, pad.count + used + 3 + w > columns {
                        out += pad + lineParts.joined(separator: "   ") + "\n"
                        lineParts = []; used = 0
                    }
                    used += (lineParts.isEmpty ? 0 : 3) + w
                    lineParts.append(part)
                }
                out += pad + lineParts.joined(separator: "   ") + "\n"
            }
        }
        return out
    }

    static func xml(_ s: String) -> String { Markup.escape(s) }

    /// `standalone`: an SVG file with its XML declaration; else an element to inline in HTML.
    public static func svg(_ rows: [MilestoneProgress], from: CivilDate, to: CivilDate, today: CivilDate, standalone: Bool = true) -> String {
        let left = 60, axisW = 720, top = 60, rowH = 56
        let width = left + axisW + 260
        // A plan of several teams: a heading row before each team's milestones.
        var headings: [Int: String] = [:]
        var slot: [Int] = []
        for (i, p) in rows.enumerated() {
            if let t = p.team, i == 0 || rows[i - 1].team != t { headings[slot.count] = t; slot.append(-1) }
            slot.append(i)
        }
        let height = top + slot.count * rowH + 40
        func x(_ d: CivilDate) -> Int { left + (d.days - from.days) * axisW / max(1, to.days - from.days) }
        var s = standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-family=\"sans-serif\" font-size=\"13\">\n"
        s += "  <title>" + xml(L("Roadmap \(from.iso) to \(to.iso)")) + "</title>\n"
        s += "  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        s += "  <line x1=\"\(left)\" y1=\"\(top - 20)\" x2=\"\(left + axisW)\" y2=\"\(top - 20)\" stroke=\"#333\" stroke-width=\"2\"/>\n"
        var m = CivilDate(from.year, from.month, 1)!
        if m < from { m = m.adding(months: 1) }
        while m <= to {
            let mx = x(m)
            s += "  <line x1=\"\(mx)\" y1=\"\(top - 26)\" x2=\"\(mx)\" y2=\"\(height - 30)\" stroke=\"#ddd\"/>\n"
            let label = Lang.current == .ja ? "\(m.year)年\(m.month)月" : "\(m.year)-\(two(m.month))"
            s += "  <text x=\"\(mx + 3)\" y=\"\(top - 30)\" fill=\"#333\">\(label)</text>\n"
            m = m.adding(months: 1)
        }
        for (k, i) in slot.enumerated() {
            let y = top + k * rowH + 20
            if i < 0 {
                s += "  <text class=\"team\" x=\"8\" y=\"\(y + 5)\" font-weight=\"bold\" font-size=\"15\">" + xml(L("team \(headings[k]!)")) + "</text>\n"
                continue
            }
            let p = rows[i]
            let gid = p.team.map { $0.replacingOccurrences(" ", "-") + "-" + p.entry.term.id } ?? p.entry.term.id
            s += "  <g class=\"milestone\" id=\"\(xml(gid))\">\n"
            s += "    <text x=\"8\" y=\"\(y + 5)\" font-weight=\"bold\">\(xml(p.entry.term.id))</text>\n"
            if let d = p.entry.date {
                let dx = x(d)
                s += "    <line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(dx)\" y2=\"\(y)\" stroke=\"#9ab\" stroke-width=\"3\"/>\n"
                s += "    <path d=\"M \(dx) \(y - 9) L \(dx + 9) \(y) L \(dx) \(y + 9) L \(dx - 9) \(y) Z\" fill=\"\(color(p.state))\"/>\n"
                // The date after the diamond, unless it would run into the progress
                // bars beside the axis: then above it, ending at the diamond.
                if dx + 14 + 84 <= left + axisW + 14 {
                    s += "    <text x=\"\(dx + 14)\" y=\"\(y + 5)\">\(xml(d.iso))</text>\n"
                } else {
                    s += "    <text x=\"\(dx + 6)\" y=\"\(y - 13)\" text-anchor=\"end\">\(xml(d.iso))</text>\n"
                }
            }
            let frac = p.total == 0 ? 0 : p.done * 160 / p.total
            s += "    <rect x=\"\(left + axisW + 20)\" y=\"\(y - 8)\" width=\"160\" height=\"10\" fill=\"#eee\"/>\n"
            s += "    <rect x=\"\(left + axisW + 20)\" y=\"\(y - 8)\" width=\"\(frac)\" height=\"10\" fill=\"\(color(p.state))\"/>\n"
            s += "    <text x=\"\(left + axisW + 20)\" y=\"\(y + 18)\" font-size=\"11\">\(xml(p.entry.name)) · \(p.done)/\(p.total) · \(xml(Labels.word(p.state, Lang.current)))</text>\n"
            for (k, r) in p.roles.enumerated() {
                let v = p.byRole[r]!
                s += "    <text x=\"\(left + k * 120)\" y=\"\(y + 22)\" font-size=\"11\" fill=\"#555\">\(xml(Labels.roleShort(r, Lang.current))) \(v.done)/\(v.total)</text>\n"
            }
            s += "  </g>\n"
        }
        do {
            let outside = today < from ? L(" (before the plan's start)") : today > to ? L(" (after the span)") : ""
            let tx = x(today < from ? from : today > to ? to : today)
            s += "  <line x1=\"\(tx)\" y1=\"\(top - 26)\" x2=\"\(tx)\" y2=\"\(height - 30)\" stroke=\"#d00\" stroke-dasharray=\"4 3\"/>\n"
            s += "  <text x=\"\(tx + 3)\" y=\"\(height - 16)\" fill=\"#d00\">" + xml(L("today \(today.iso)") + outside) + "</text>\n"
        }
        s += "</svg>\n"
        return s
    }

    static func color(_ state: String) -> String {
        switch state {
        case "done": return "#2a7"
        case "late", "gate failed": return "#d33"
        case "at risk", "gate pending": return "#e90"
        default: return "#37c"
        }
    }
}
