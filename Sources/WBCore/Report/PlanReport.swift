/// The progress report for the weekly meeting and the CXO report at a milestone: what
/// an executive reads in two minutes, built from the same plan model as `status`
/// (milestones, their progress and gates) and rendered by `MarkdownReport`.
public struct PlanReport: Sendable {
    /// One task as the report shows it.
    public struct Item: Sendable, Equatable {
        public var id: String
        public var todo: String
        public var owner: String
        public var milestone: String
        public var due: CivilDate?
        public var status: String
        /// Days past due (overdue tasks).
        public var daysLate: Int?
        /// The task's team, in a plan of several teams.
        public var team = ""
        /// What it waits on (depends_on) and its notes: why a blocked task is blocked.
        public var waitsOn: [String] = []
        public var notes = ""
    }

    /// What changed since the last report's tasks file.
    public struct Change: Sendable, Equatable {
        public enum Kind: String, Sendable { case done, added, removed, moved, reopened, late, blocked, unblocked, started }
        public var kind: Kind
        public var item: Item
        /// For a moved task: its due date before.
        public var before: CivilDate?
    }

    public var today: CivilDate
    /// The milestone whose CXO meeting the report is for; nil for the progress report.
    public var focus: String?
    public var milestones: [MilestoneProgress]
    /// Sentences, each a decision asked of the executive: the pending approvals
    /// first (`approvals` of them), then the failed gates and the market's verdict.
    public var decisions: [String] = []
    public var approvals = 0
    public var overdue: [Item] = []
    public var blocked: [Item] = []
    /// nil without a last report to compare with.
    public var changes: [Change]?
    /// Open tasks due ahead: in the next two weeks, or until the next meeting when
    /// that is further off (`nextMeeting`).
    public var nextTwoWeeks: [Item] = []
    /// Milestones dated within the same days.
    public var upcomingMilestones: [MilestoneProgress] = []
    /// The holidays of those days (with the weekends around them), where no one works
    /// and the meeting is not held.
    public var daysOffAhead: [DaysOff.Stretch] = []
    /// In the report of every team, each team's own among those days, by the team's
    /// name, in the plan's order: the stretches the plan's days off do not already
    /// give, for a team that keeps the plan's too; every one of the team's (maybe
    /// none), `instead` of the plan's, for a team that works on some of the plan's days
    /// off (a team in another country, which does not keep Japan's holidays).
    public var teamDaysOffAhead: [(team: String, stretches: [DaysOff.Stretch], instead: Bool)] = []
    /// The next meeting, when it is more than two weeks off (a monthly meeting): the
    /// report then looks ahead up to the day before it.
    public var nextMeeting: CivilDate?
    /// The plan's start, where the timeline begins (nil: the first milestone).
    public var start: CivilDate?
    /// Whether a tasks file was given (the timeline then shows progress per role).
    public var hasTasks = false
    /// The numbers behind the decisions, from `wb-score market`, `impact` and `invent`.
    public var numbers: [String] = []

    /// Results of `wb-score` the report quotes.
    public struct Scores: Sendable {
        public var market: ScoreTable?
        public var impact: ScoreTable?
        public var invent: ScoreTable?
        public init(market: ScoreTable? = nil, impact: ScoreTable? = nil, invent: ScoreTable? = nil) {
            self.market = market; self.impact = impact; self.invent = invent
        }
    }

    /// M3 judged by `wb-score market`'s results, where no gate results judged it: each
    /// team's M3 by its own scenarios (a plan of one team: its first M3). Returns the
    /// results for the market's decision of a plan of one team; nil for several, whose
    /// failed M3s are among the failed gates already.
    public static func judgeM3(_ rows: inout [MilestoneProgress], market: Table, teams: Teams) throws -> GateResults? {
        var g = GateResults()
        try g.read(market)
        let several = rows.contains { $0.team != nil }
        let byTeam = TeamIndex(market, teams: teams)
        let firstM3 = rows.firstIndex { $0.entry.term.id == "M3" }
        for i in rows.indices where rows[i].entry.term.id == "M3" && rows[i].gate == nil && (several || i == firstM3) {
            var o = g.outcome("M3")
            if let t = rows[i].team {
                var mine = GateResults()
                try mine.read(byTeam.part(teams.key(t)))
                o = mine.outcome("M3")
            }
            guard let o else { continue }
            rows[i].gate = o
            rows[i].gated = true
            rows[i].gatesGiven = true
        }
        return several ? nil : g
    }

    /// Builds the report. `tasks` and `since` are tasks tables (the current plan and
    /// the one the last report was made from); `progress` is `MilestoneProgress.compute`'s.
    /// `sinceDays`: how long ago the last report was, as the meeting's rhythm has it
    /// (`MeetingSpec.held(around:daysOff:first:)`: back to the meeting before; 7 without one);
    /// `teamSinceDays`, given the team a task's row names, that team's own (a plan of
    /// several teams, each meeting on its own rhythm), nil for `sinceDays`.
    /// `nextMeeting`: the next one (the same), which the report looks ahead to when it
    /// is more than two weeks off. `namesTeams`: each task's team is named (in its
    /// lists and decisions) where the tasks table has a team column; false for the
    /// report of one team (`--team`), whose every task is that team's. `elsewhere`:
    /// in that report, the other teams' tasks, which tell whether what its blocked
    /// tasks wait on there is done (their own problems are not the report's).
    public static func build(milestones progress: [MilestoneProgress], set: MilestoneSet, tasks: Table?, since: Table?,
                             dates: DateContext, roles: Vocabulary, today: CivilDate, focus: String? = nil,
                             market: GateResults? = nil, start: CivilDate? = nil, scores: Scores = Scores(),
                             daysOff: DaysOff? = nil, sinceDays: Int = 7, teamSinceDays: ((String) -> Int?)? = nil,
                             nextMeeting: CivilDate? = nil, teamDaysOff: [(team: String, daysOff: DaysOff)] = [],
                             namesTeams: Bool = true, elsewhere: Table? = nil) throws -> PlanReport {
        var r = PlanReport(today: today, focus: focus, milestones: progress)
        // The days ahead: two weeks, or up to the next meeting when it is further off.
        let ahead = max(14, (nextMeeting?.days ?? 0) - today.days)
        if ahead > 14 { r.nextMeeting = nextMeeting }
        r.start = start ?? progress.compactMap { $0.entry.date }.min()
        r.hasTasks = tasks != nil
        r.numbers = Self.numbers(scores)
        if let tasks {
            let schema = try TaskSchema(header: tasks.header, file: tasks.name)
            let resolver = TaskResolver(schema: schema, file: tasks.name, dates: dates, milestones: set, roles: roles)
            let kindIx = schema[.kind], notesIx = schema[.notes]
            let teamIx = namesTeams ? Teams.column(tasks.header) : nil
            // One pass, each task resolved and let go: the resolved rows are kept only
            // for the changes since another plan (a report of 1M tasks: 1.04 → 0.90 GB).
            var rows: [TaskRow] = []
            var done = Set<String>(), ids = Set<String>()
            ids.reserveCapacity(tasks.rows.count)
            // Every id, and those of the tasks done: what a blocked task waits on.
            func remember(_ t: TaskRow) {
                guard !t.id.isEmpty else { return }
                let key = t.id.foldingWidth
                ids.insert(key)
                if t.status.id == "done" { done.insert(key) }
            }
            for rec in tasks.rows {
                let t = try resolver.resolveStrict(rec)
                if since != nil { rows.append(t) }
                remember(t)
                // An item only for a task in one of the lists (most are in none).
                let open = t.status.id != "done"
                let overdue = open && t.due.map { $0 < today } == true
                let soon = open && t.due.map { $0 >= today && $0.days < today.days + ahead } == true
                let isApproval = open && (t.kind.id == "approval" || (t.isBlank(kindIx) && KindWords.find(in: t.todo)?.kind == "approval"))
                guard overdue || soon || isApproval || t.status.id == "blocked" else { continue }
                var item = Self.item(t, today: today)
                if let c = teamIx, c < t.record.count { item.team = t.record.string(c).trimmed }
                if t.status.id == "blocked" {
                    // What it depends on, as written: told apart once every task is read.
                    item.waitsOn = t.dependsOn
                    item.notes = Self.oneLine(t.record.text(notesIx))
                }
                if overdue { r.overdue.append(item) }
                if t.status.id == "blocked" { r.blocked.append(item) }
                if soon { r.nextTwoWeeks.append(item) }
                // A pending approval (稟議) is a decision for the executive.
                if isApproval {
                    let due = t.due.map { L(", due \($0.iso)") } ?? ""
                    r.decisions.append((item.team.isEmpty ? "" : item.team + ": ") + L("approve \(item.id.isEmpty ? "" : item.id + " ")\(item.todo)\(due)"))
                    r.approvals += 1
                }
            }
            for rec in elsewhere?.rows ?? [] { remember(resolver.resolve(rec).0) }
            // A blocked task waits on what is not done yet (a task done since is no
            // reason); a request waits on a role, named in the report's language (営業, Sales).
            func waits(_ item: inout Item) {
                guard item.status == "blocked" else { return }
                item.waitsOn = item.waitsOn.filter { !done.contains($0.foldingWidth) }.map { d in
                    ids.contains(d.foldingWidth) ? d : roles.lookup(d)?.label(Lang.current) ?? d
                }
            }
            for i in r.overdue.indices { waits(&r.overdue[i]) }
            for i in r.blocked.indices { waits(&r.blocked[i]) }
            for i in r.nextTwoWeeks.indices { waits(&r.nextTwoWeeks[i]) }
            // By due date, and on one day in the plan's order (T2 before T10).
            func byDue(_ items: [Item]) -> [Item] {
                items.enumerated().sorted { ($0.element.due ?? today, $0.offset) < ($1.element.due ?? today, $1.offset) }.map(\.element)
            }
            r.overdue = byDue(r.overdue)
            r.nextTwoWeeks = byDue(r.nextTwoWeeks)
            if let since {
                r.changes = try Self.changes(from: since, to: rows, dates: dates, set: set, roles: roles, today: today) { t in
                    guard let teamSinceDays, let c = teamIx, c < t.record.count else { return sinceDays }
                    return teamSinceDays(t.record.string(c).trimmed) ?? sinceDays
                }
            }
        }
        for p in progress where p.gated && p.gate?.pass == false {
            r.decisions.append((p.team.map { "\($0): " } ?? "") + L("\(p.entry.term.id) \(p.entry.name): the gate failed (\(p.gate!.evidence)); decide whether to improve and test again, or stop"))
        }
        if let m3 = market?.outcome("M3"), !m3.pass {
            r.decisions.append(L("M3: the market does not reach N times the cost (\(m3.evidence)); decide whether to invest"))
        }
        r.upcomingMilestones = progress.filter { p in p.entry.date.map { $0 >= today && $0.days < today.days + ahead } ?? false }
        r.daysOffAhead = daysOff?.holidays(from: today, days: ahead) ?? []
        for (team, off) in teamDaysOff {
            let all = off.holidays(from: today, days: ahead)
            let keepsThePlans = r.daysOffAhead.allSatisfy { s in
                (0...(s.last.days - s.first.days)).allSatisfy { off.isOff(s.first.adding(days: $0)) }
            }
            if !keepsThePlans {
                r.teamDaysOffAhead.append((team, all, true))
            } else {
                let own = all.filter { !r.daysOffAhead.contains($0) }
                if !own.isEmpty { r.teamDaysOffAhead.append((team, own, false)) }
            }
        }
        return r
    }

    /// The report's title: the CXO report of a milestone, or the progress report (with
    /// the plan's name from the settings); of one team (`--team`), the team's name too.
    public static func title(focus: MilestoneSet.Entry?, plan name: String?, team: String? = nil, today: CivilDate) -> String {
        var what: String?
        if let e = focus { what = "\(e.term.id) \(e.name)" } else { what = name }
        if let team { what = what.map { L("\($0), team \(team)") } ?? L("team \(team)") }
        if focus != nil { return L("CXO report: \(what!)") + " (\(today.iso))" }
        return (what.map { L("Progress report: \($0)") } ?? L("Progress report")) + " (\(today.iso))"
    }

    /// One line per market scenario, the top question(s) and the top invention(s), with
    /// the numbers as `wb-score` wrote them.
    static func numbers(_ s: Scores) -> [String] {
        var out: [String] = []
        if let m = s.market {
            for i in 0..<m.count {
                let value = m.number(i, "value").map { Quantity.grouped($0, places: 0) } ?? m.value(i, "value")
                let verdict = Labels.word(m.word(i, "verdict"), Lang.current)
                var line = (m.team(i).map { "\($0): " } ?? "") + L("market (\(m.name(i))): value \(value), \(m.value(i, "ratio"))× the cost (\(verdict) at \(m.value(i, "multiple_applied"))×)")
                if !m.value(i, "required_share").isEmpty { line += L("; share needed \(m.value(i, "required_share"))") }
                out.append(line)
            }
        }
        if let q = s.impact {
            for i in q.firsts { out.append((q.team(i).map { "\($0): " } ?? "") + L("top question: \(q.name(i)), \(q.yearly(i))")) }
        }
        if let v = s.invent {
            for i in v.firsts { out.append((v.team(i).map { "\($0): " } ?? "") + L("top invention: \(v.name(i)) (impact per difficulty \(v.value(i, "impact_per_difficulty")))")) }
        }
        return out
    }

    static func item(_ t: TaskRow, today: CivilDate) -> Item {
        let todo = oneLine(t.todo)
        var late: Int?
        if t.status.id != "done", let d = t.due, d < today { late = today.days - d.days }
        return Item(id: t.id, todo: todo, owner: t.owner, milestone: t.milestone?.id ?? "", due: t.due, status: t.status.id, daysLate: late)
    }

    /// A cell's text on one line (most Todos and notes are already).
    static func oneLine(_ text: String) -> String {
        var text = text
        let breaks = text.withUTF8 { $0.contains { $0 == 0x0A || $0 == 0x0D } }
        return !breaks ? text.trimmed
            : Grid.normalizeNewlines(text).split(separator: "\n").map { String($0).trimmed }.joined(separator: " ")
    }

    /// Done, added, removed, moved (due changed), reopened, newly blocked or unblocked,
    /// started and newly late tasks, matched by id. `sinceDays`: how long ago the last
    /// meeting of a task's team was.
    static func changes(from old: Table, to rows: [TaskRow], dates: DateContext, set: MilestoneSet, roles: Vocabulary,
                        today: CivilDate, sinceDays: (TaskRow) -> Int = { _ in 7 }) throws -> [Change] {
        let before = try TaskResolver.tasks(of: old, dates: dates, milestones: set, roles: roles)
        var byID: [String: TaskRow] = [:]
        for t in before where !t.id.isEmpty && byID[t.id] == nil { byID[t.id] = t }
        var seen = Set<String>()
        var out: [Change] = []
        for t in rows where !t.id.isEmpty {
            seen.insert(t.id)
            // The item is made only for a task that changed (most have not).
            var made: Item?
            func item() -> Item {
                if let made { return made }
                let i = Self.item(t, today: today)
                made = i
                return i
            }
            guard let o = byID[t.id] else { out.append(Change(kind: .added, item: item())); continue }
            if t.status.id == "done" && o.status.id != "done" { out.append(Change(kind: .done, item: item())) }
            if t.status.id != "done" && o.status.id == "done" { out.append(Change(kind: .reopened, item: item())) }
            if t.status.id == "blocked" && o.status.id != "blocked" { out.append(Change(kind: .blocked, item: item())) }
            if o.status.id == "blocked" && !["blocked", "done"].contains(t.status.id) { out.append(Change(kind: .unblocked, item: item())) }
            // Work begun on a task not started at the last report.
            if t.status.id == "doing" && o.status.id == "todo" { out.append(Change(kind: .started, item: item())) }
            if t.due != o.due { out.append(Change(kind: .moved, item: item(), before: o.due)) }
            // Late since the last report: an open task that fell due since the last
            // meeting (a week ago without one) was not late at that report.
            if t.status.id != "done", let d = t.due, d < today, d.days >= today.days - sinceDays(t) {
                out.append(Change(kind: .late, item: item()))
            }
        }
        for o in before where !o.id.isEmpty && !seen.contains(o.id) {
            seen.insert(o.id)
            out.append(Change(kind: .removed, item: Self.item(o, today: today)))
        }
        return out
    }

    /// One sentence: where the plan stands and what is asked of the executive.
    public var headline: String {
        let open = milestones.filter { $0.state != "done" }
        let asks = decisions.isEmpty ? L("no decision is needed this time") : decisions.count == 1 ? L("1 decision is needed") : L("\(decisions.count) decisions are needed")
        let lead: MilestoneProgress?
        if let focus { lead = milestones.first { $0.entry.term.id == focus } } else {
            lead = open.first { ["late", "gate failed", "at risk"].contains($0.state) } ?? open.first
        }
        guard let m = lead else { return L("Every milestone is done; \(asks).") }
        let state = Labels.word(m.state, Lang.current)
        var late = overdue.isEmpty ? L("no task is overdue") : overdue.count == 1 ? L("1 task is overdue") : L("\(overdue.count) tasks are overdue")
        // Of several teams the sentence leads with one team's milestone, while the
        // overdue tasks are counted in all of them: it says so.
        let teams = Set(milestones.compactMap(\.team)).count
        if teams > 1 { late = L("across the \(teams) teams, \(late)") }
        return (m.team.map { "\($0): " } ?? "") + L("\(m.entry.term.id) \(m.entry.name) is \(state), \(m.done)/\(m.total) tasks done; \(late); \(asks).")
    }
}
