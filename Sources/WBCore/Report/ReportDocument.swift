/// The report as a document, before any format: a title, a headline and sections of
/// tables, lists and the timeline picture, every word already in the run's language.
/// `MarkdownReport` and `HTMLReport` render it; neither decides what goes in.
public struct ReportDocument: Sendable {
    public struct Rows: Sendable {
        public var head: [String]
        public var rows: [[String]]
        /// Per row, a canonical state (`late`, `done`, `fail`) the HTML colours by; may be empty.
        public var tones: [String]
        /// The column of free text (a Todo, a gate's evidence) that takes the width
        /// left and, on paper, is cut to one line; the others never wrap.
        public var flex: Int?
    }

    public enum Block: Sendable {
        case table(Rows)
        case list([String])
        case text(String)
        /// The timeline, drawn by each renderer: a terminal chart in Markdown, an SVG
        /// element in HTML.
        case timeline(Timeline)
    }

    /// What the timeline picture shows.
    public struct Timeline: Sendable {
        public var milestones: [MilestoneProgress]
        public var from: CivilDate
        public var to: CivilDate
        public var today: CivilDate
        public var showRoles: Bool

        public var text: String { TimelinePicture.text(milestones, from: from, to: to, today: today, width: 56, showRoles: showRoles) }
        public var svg: String { TimelinePicture.svg(milestones, from: from, to: to, today: today, standalone: false) }
    }

    public struct Section: Sendable {
        /// A stable name (`milestones`, `timeline`, `decisions`, `overdue`, `changes`, `next`).
        public var id: String
        public var title: String
        public var blocks: [Block]
    }

    public var lang: Lang
    public var title: String
    public var headline: String
    public var sections: [Section]
}

extension PlanReport {
    /// How many tasks a list of the report names before it counts the rest: the
    /// tasks of a plan that prints on one page (a plan of up to 30 tasks is listed
    /// whole; one of a hundred thousand stays a page an executive can read).
    public static let listed = 30

    /// The document: sections in the issue's order (milestones, timeline, decisions,
    /// overdue and blocked, changes, next two weeks), each left out when it has no data.
    /// `limit`: how many tasks each list names (approvals, overdue, blocked, changes,
    /// tasks begun, tasks ahead) before a line counts the rest; nil names them all.
    /// Failed gates and the market's verdict are never left out.
    public func document(title: String, limit: Int? = PlanReport.listed) -> ReportDocument {
        func cap(_ n: Int) -> Int { limit.map { min($0, n) } ?? n }
        var sections: [ReportDocument.Section] = []
        // A plan of several teams: the overview first, a row per team.
        let teams = milestones.contains { $0.team != nil }
        if teams {
            var order: [String] = []
            var byTeam: [String: [MilestoneProgress]] = [:]
            for p in milestones {
                let t = p.team ?? ""
                if byTeam[t] == nil { order.append(t) }
                byTeam[t, default: []].append(p)
            }
            var late: [String: Int] = [:], stuck: [String: Int] = [:]
            for t in overdue { late[t.team, default: 0] += 1 }
            for t in blocked { stuck[t.team, default: 0] += 1 }
            let head = [L("Team"), L("Next milestone"), L("Date"), L("State"), L("Tasks done"), L("Overdue"), L("Blocked")]
            var rows: [[String]] = []
            var tones: [String] = []
            for t in order {
                let ms = byTeam[t]!
                let next = ms.first { $0.state != "done" }
                let done = ms.reduce(0) { $0 + $1.done }, total = ms.reduce(0) { $0 + $1.total }
                rows.append([t, next.map { $0.entry.term.id + " " + $0.entry.name } ?? "", next?.entry.date?.iso ?? "",
                             Labels.word(next?.state ?? "done", Lang.current), "\(done)/\(total)",
                             String(late[t] ?? 0), String(stuck[t] ?? 0)])
                tones.append(next?.state ?? "done")
            }
            sections.append(.init(id: "teams", title: L("Teams"), blocks: [.table(.init(head: head, rows: rows, tones: tones, flex: 1))]))
        }
        if !milestones.isEmpty {
            let gates = milestones.contains { $0.gatesGiven }
            var head = (teams ? [L("Team")] : []) + [L("Milestone"), L("Date"), L("Days left"), L("State"), L("Tasks done")]
            if gates { head.append(L("Gate")) }
            var rows: [[String]] = []
            for p in milestones {
                var cells = (teams ? [p.team ?? ""] : []) + [p.entry.term.id + " " + p.entry.name, p.entry.date?.iso ?? "", p.daysLeft.map(String.init) ?? "",
                             Labels.word(p.state, Lang.current), "\(p.done)/\(p.total)"]
                if gates {
                    if !p.gated { cells.append("") } else if let g = p.gate {
                        cells.append(Labels.word(g.pass ? "pass" : "fail", Lang.current) + " (" + g.evidence + ")")
                    } else { cells.append(Labels.word("pending", Lang.current)) }
                }
                rows.append(cells)
            }
            var blocks: [ReportDocument.Block] = [.table(.init(head: head, rows: rows, tones: milestones.map(\.state), flex: (gates ? 5 : 0) + (teams ? 1 : 0)))]
            if !numbers.isEmpty { blocks.append(.list(numbers)) }
            sections.append(.init(id: "milestones", title: L("Milestones"), blocks: blocks))
        }
        if let start, let last = milestones.compactMap({ $0.entry.date }).max() {
            let (from, to) = TimelinePicture.span(start: start, last: last, today: today)
            let picture = ReportDocument.Timeline(milestones: milestones, from: from, to: to, today: today, showRoles: hasTasks)
            sections.append(.init(id: "timeline", title: L("Timeline"), blocks: [.timeline(picture)]))
        }
        if !decisions.isEmpty {
            let shown = cap(approvals)
            var lines = Array(decisions[..<shown])
            if shown < approvals { lines.append(Self.more(approvals - shown, one: L("… and 1 more approval"), many: { L("… and \($0) more approvals") })) }
            lines += decisions[approvals...]
            sections.append(.init(id: "decisions", title: L("Decisions needed"), blocks: [.list(lines)]))
        }
        if !overdue.isEmpty || !blocked.isEmpty {
            let taskTeams = [overdue, blocked, nextTwoWeeks].contains { $0.contains { !$0.team.isEmpty } }
            // The overdue ones first (the most late first), then the blocked ones not
            // late (a task both is listed once, as late), each list up to the limit.
            let notLate = blocked.filter { $0.daysLate == nil }
            let (late, stuck) = (overdue.prefix(cap(overdue.count)), notLate.prefix(cap(notLate.count)))
            let more = (late: overdue.count - late.count, blocked: notLate.count - stuck.count)
            let listed = Array(late) + Array(stuck)
            // Why a blocked task is blocked: what it waits on and its notes, when a
            // listed one says.
            let why = listed.contains { !$0.waitsOn.isEmpty || !$0.notes.isEmpty }
            let head = (taskTeams ? [L("Team")] : []) + [L("Task"), L("Todo"), L("Owner"), L("Due"), L("Late by")] + (why ? [L("Why")] : [])
            let rows = listed.map { t in
                let late = t.daysLate.map { $0 == 1 ? L("1 day") : L("\($0) days") } ?? Labels.word(t.status, Lang.current)
                let reason = ((t.waitsOn.isEmpty ? [] : [L("waits on \(t.waitsOn.joined(separator: ", "))")]) + (t.notes.isEmpty ? [] : [t.notes])).joined(separator: L("; "))
                return (taskTeams ? [t.team] : []) + [t.id, t.todo, t.owner.isEmpty ? L("(no owner)") : t.owner, t.due?.iso ?? "", late] + (why ? [reason] : [])
            }
            let tones = listed.map { $0.daysLate != nil ? "late" : "blocked" }
            var blocks: [ReportDocument.Block] = [.table(.init(head: head, rows: rows, tones: tones, flex: taskTeams ? 2 : 1))]
            switch more {
            case (0, 0): break
            case (let l, 0): blocks.append(.text(Self.more(l, one: L("… and 1 more overdue task"), many: { L("… and \($0) more overdue tasks") })))
            case (0, let b): blocks.append(.text(Self.more(b, one: L("… and 1 more blocked task"), many: { L("… and \($0) more blocked tasks") })))
            case (let l, let b): blocks.append(.text(L("… and \(l) more overdue and \(b) more blocked tasks")))
            }
            sections.append(.init(id: "overdue", title: L("Overdue and blocked tasks"), blocks: blocks))
        }
        if let changes {
            var lines: [String] = []
            // The tasks begun are said on one line, by id: the page keeps its room for
            // what the executive acts on (done, late, blocked, moved).
            var started: [String] = []
            for c in changes {
                let what = (c.item.id.isEmpty ? "" : c.item.id + " ") + c.item.todo
                switch c.kind {
                case .done: lines.append(L("done: \(what)"))
                case .added: lines.append(L("added: \(what)"))
                case .removed: lines.append(L("removed: \(what)"))
                case .reopened: lines.append(L("reopened: \(what)"))
                case .blocked: lines.append(L("blocked: \(what)"))
                case .unblocked: lines.append(L("unblocked: \(what)"))
                case .started: started.append(c.item.id.isEmpty ? c.item.todo : c.item.id)
                case .late: lines.append(L("late since \(c.item.due?.iso ?? "-"): \(what)"))
                case .moved:
                    switch (c.before, c.item.due) {
                    case (nil, let d?): lines.append(L("due \(d.iso) set: \(what)"))
                    case (let b?, nil): lines.append(L("due \(b.iso) cleared: \(what)"))
                    default: lines.append(L("moved \(c.before?.iso ?? "-") → \(c.item.due?.iso ?? "-"): \(what)"))
                    }
                }
            }
            let shownLines = cap(lines.count)
            if shownLines < lines.count {
                let rest = lines.count - shownLines
                lines.removeLast(rest)
                lines.append(Self.more(rest, one: L("… and 1 more change"), many: { L("… and \($0) more changes") }))
            }
            if !started.isEmpty {
                let shown = cap(started.count)
                let ids = started[..<shown].joined(separator: L(", "))
                lines.append(shown < started.count ? L("started: \(ids) and \(started.count - shown) more") : L("started: \(ids)"))
            }
            sections.append(.init(id: "changes", title: L("Since the last report"),
                                  blocks: [lines.isEmpty ? .text(L("Nothing changed.")) : .list(lines)]))
        }
        if !nextTwoWeeks.isEmpty || !upcomingMilestones.isEmpty {
            let withTeams = teams || nextTwoWeeks.contains { !$0.team.isEmpty }
            let head = [L("Due")] + (withTeams ? [L("Team")] : []) + [L("Task"), L("Todo"), L("Owner")]
            // One list by date, a milestone before the tasks due on its day.
            let shown = cap(nextTwoWeeks.count)
            let dated = upcomingMilestones.map { (day: $0.entry.date!, row: [$0.entry.date!.iso] + (withTeams ? [$0.team ?? ""] : []) + [$0.entry.term.id, $0.entry.name, ""]) }
                + nextTwoWeeks[..<shown].map { (day: $0.due ?? today, row: [$0.due?.iso ?? ""] + (withTeams ? [$0.team] : []) + [$0.id, $0.todo, $0.owner]) }
            let rows = dated.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element.row)
            var blocks: [ReportDocument.Block] = [.table(.init(head: head, rows: rows, tones: [], flex: withTeams ? 3 : 2))]
            if shown < nextTwoWeeks.count {
                blocks.append(.text(Self.more(nextTwoWeeks.count - shown, one: L("… and 1 more task due by then"), many: { L("… and \($0) more tasks due by then") })))
            }
            // The holidays among those days: no one works then, and the meeting is not
            // held. Only beside what is due (a page with nothing due in two weeks has
            // its room taken by what is late).
            func said(_ stretches: [DaysOff.Stretch]) -> String {
                stretches.map { s in
                    (s.first == s.last ? s.first.iso : L("\(s.first.iso) to \(s.last.iso)")) + " (" + s.names.joined(separator: L(", ")) + ")"
                }.joined(separator: L(", "))
            }
            if !daysOffAhead.isEmpty { blocks.append(.text(L("Days off: ") + said(daysOffAhead))) }
            // A team's own, in the report of every team: beside the plan's, or instead
            // of them for a team that works on some of them.
            for (team, stretches, instead) in teamDaysOffAhead {
                if !instead {
                    blocks.append(.text(L("Days off of team \(team): ") + said(stretches)))
                } else {
                    blocks.append(.text(L("Days off of team \(team), instead of the ones above: ")
                                        + (stretches.isEmpty ? L("none by then") : said(stretches))))
                }
            }
            let title = nextMeeting.map { L("Until the next meeting (\($0.iso))") } ?? L("Next two weeks")
            sections.append(.init(id: "next", title: title, blocks: blocks))
        }
        return ReportDocument(lang: Lang.current, title: title, headline: headline, sections: sections)
    }

    /// The line that counts what a list left out, in the singular for one.
    static func more(_ n: Int, one: @autoclosure () -> String, many: (Int) -> String) -> String {
        n == 1 ? one() : many(n)
    }
}
