/// The plan as calendar events: milestones (all day), a CXO report on each milestone's
/// date, the weekly progress meeting (one recurring event), a kickoff, the tasks, and
/// the Day 2 agenda. Everything here is the plan → events assembly; `wb-ics` only reads
/// options and files and writes what this returns.
public struct PlanCalendar {
    /// What the calendar is made from, besides the milestones and tasks.
    public struct Options {
        public var planName = "wb plan"
        public var lang: Lang = .en
        /// The progress meeting (of every team, in a plan of several, unless
        /// `teamMeetings` gives a team its own, by the team's key).
        public var meeting: MeetingSpec?
        public var teamMeetings: [String: MeetingSpec] = [:]
        /// Each team's own time zone by the team's key (`--tz TEAM=ZONE`): its meeting,
        /// reports and kickoff are at its local time; `zone`, the part's (nil: the
        /// calendar's).
        public var teamZones: [String: ZoneInfo] = [:]
        public var zone: ZoneInfo?
        /// How many weeks apart (`--meeting-every`): nil for what the meeting's spec
        /// says (隔週: 2), else weekly.
        public var meetingEvery: Int?
        public var firstMeeting: CivilDate?
        public var start: CivilDate?
        public var kickoff: LocalDateTime?
        public var reportTime = TimeOfDay(16, 0)!
        public var reportLength = 60
        public var reports = true
        public var tasksAsTodo = false
        /// SEQUENCE of every component when given (else a sequence column, else 0).
        public var sequence: Int?
        /// Keep only this owner's tasks (the shared meeting, milestones and reports stay).
        public var owner: String?
        /// Owner name → e-mail: owners become ATTENDEEs.
        public var people: [String: String] = [:]
        public var agenda: (start: LocalDateTime, phases: [Int])?
        /// Each milestone's progress and gate outcome (with gate results): its
        /// description then says its state and the gate's verdict and evidence.
        public var progress: [String: MilestoneProgress] = [:]
        public var today: CivilDate
        /// In a plan of several teams: the team's key (part of every UID) and its name.
        public var team: (key: String, name: String)?
        /// The team's name in front of every title (the calendar of all teams).
        public var teamInTitles = false
        /// The plan's days off: the meeting is not held on a holiday (Japan's national
        /// holidays and year-end days, for a plan in Japan, and the team's own days
        /// off); nil: every week.
        public var daysOff: DaysOff?

        public init(today: CivilDate) { self.today = today }
    }

    /// A warning for the user, with where it comes from.
    public struct Warning {
        public var message: String
        public var location: SourceLocation?
    }

    public private(set) var events: [CalendarEvent] = []
    public private(set) var warnings: [Warning] = []

    /// One team's share of a plan (or the whole plan): its milestones and tasks, the
    /// team (nil in a plan without teams), its start (else the options'), and the gate
    /// results that give its milestones' states.
    public struct Part {
        public var milestones: MilestoneTable
        public var tasks: Table?
        public var team: (key: String, name: String)?
        public var start: CivilDate?
        public var gates: GateResults?
        public init(milestones: MilestoneTable, tasks: Table?, team: (key: String, name: String)?, start: CivilDate? = nil, gates: GateResults? = nil) {
            (self.milestones, self.tasks, self.team, self.start, self.gates) = (milestones, tasks, team, start, gates)
        }
    }

    /// The parts of a plan's calendar. With `team` (`--team`: its key and name), that
    /// team's own calendar, its name kept for nothing (a team's own calendar does not
    /// prefix its titles) unless the tables have teams at all. Without, a plan of
    /// several teams (`teams.parts`) is a part per team, each from its own start when
    /// they are several (the plan's `start` when given, else its milestones'), and
    /// `teamInTitles` says to put the team in every title; else one part. Either way
    /// the team is part of each UID. A team's milestone rows that do not read are an
    /// error naming the first.
    public static func parts(milestones mt: MilestoneTable, tasks: Table?, team: (key: String, name: String)?,
                             teams: Teams, dates: DateContext, start: CivilDate?) throws -> (parts: [Part], teamInTitles: Bool) {
        if let team {
            let hasTeams = Teams.column(mt.table.header) != nil || tasks.map { Teams.column($0.header) != nil } == true
            return ([Part(milestones: mt, tasks: tasks, team: hasTeams ? team : nil)], false)
        }
        guard let split = teams.parts(milestones: mt.table, tasks: tasks) else {
            return ([Part(milestones: mt, tasks: tasks, team: nil)], false)
        }
        let parts = try split.map { p -> Part in
            let pmt = try MilestoneTable(p.milestones, dates: dates)
            if let problem = pmt.problems.first { throw WBError.data(problem.message, at: problem.location) }
            return Part(milestones: pmt, tasks: p.tasks, team: (p.key, p.name),
                        start: split.count > 1 ? start ?? pmt.set.impliedStart : nil)
        }
        return (parts, true)
    }

    /// The events of every part, in order: each team's milestones, reports, meeting and
    /// tasks (the team in each UID, so that one team's changes leave the others'
    /// events alone), and one Day 2 session for the whole room, not one per team.
    public static func events(_ parts: [Part], roles: Vocabulary, dates ctx: DateContext,
                              options o: Options) throws -> (events: [CalendarEvent], warnings: [Warning]) {
        var events: [CalendarEvent] = [], warnings: [Warning] = []
        for part in parts {
            var po = o
            po.team = part.team
            if let key = part.team?.key, let m = o.teamMeetings[key] { po.meeting = m }
            if let key = part.team?.key, let z = o.teamZones[key] { po.zone = z }
            // A team's meeting skips the team's own days off too.
            if let key = part.team?.key { po.daysOff = o.daysOff?.forTeam(key) }
            po.start = part.start ?? o.start
            if parts.count > 1 { po.agenda = nil }
            if let gates = part.gates {
                po.progress = MilestoneProgress.states(try MilestoneProgress.compute(
                    milestones: part.milestones.set, table: part.milestones, tasks: part.tasks, dates: ctx, roles: roles, today: o.today, gates: gates))
            }
            let cal = try PlanCalendar(milestones: part.milestones, tasks: part.tasks, roles: roles, dates: ctx, options: po)
            warnings += cal.warnings
            // One part's events taken as they are (not copied one by one).
            if events.isEmpty { events = cal.events } else { events += cal.events }
        }
        if parts.count > 1, let a = o.agenda { events += agenda(a.start, a.phases, plan: o.planName) }
        return (events, warnings)
    }

    /// The calendar's words are in `o.lang`.
    public init(milestones mt: MilestoneTable, tasks: Table?, roles: Vocabulary = Plan.roles,
                dates ctx: DateContext, options o: Options) throws {
        self = try Lang.$current.withValue(o.lang) {
            try PlanCalendar(building: mt, tasks: tasks, roles: roles, dates: ctx, options: o)
        }
    }

    private init(building mt: MilestoneTable, tasks: Table?, roles: Vocabulary, dates ctx: DateContext, options o: Options) throws {
        let plan = o.planName
        let team = o.team?.key
        let prefix = o.teamInTitles ? o.team.map { "[\($0.name)] " } ?? "" : ""
        // A sequence column of the milestones or the tasks, found once for each table.
        func sequenceColumn(_ table: Table) -> Int? {
            (0..<table.header.count).first { table.header.string($0).matchKey == "sequence" }
        }
        let milestoneSequence = sequenceColumn(mt.table)
        func seq(_ table: Table, _ column: Int?, _ rec: Record) throws -> Int {
            if let g = o.sequence { return g }
            guard let i = column else { return 0 }
            let s = rec.string(i).trimmed
            if s.isEmpty { return 0 }
            guard let n = Int(s), n >= 0, n < Int(Int32.max) else {
                throw WBError.data(L("sequence '\(s)' is not a whole number from 0 to \(Int32.max - 1)"), at: rec.location(ofField: i, file: table.name))
            }
            return n
        }
        let dated = mt.set.entries.filter { $0.date != nil }
        for e in mt.set.entries where e.date == nil {
            warnings.append(Warning(message: L("\(e.term.id) has no date: it is left out of the calendar"),
                                    location: mt.location(e.record, .date)))
        }
        for e in dated {
            var ev = CalendarEvent(kind: "milestone", uid: UID.make(plan: plan, kind: "milestone", id: e.term.id, team: team),
                                   summary: prefix + "\(e.term.id) \(e.name)", when: .allDay(e.date!))
            var lines: [String] = []
            for (c, label) in [(MilestoneColumn.who, L("Who measures")), (.what, L("What is measured")),
                               (.how, L("How it passes")), (.gate, L("Gate"))] {
                let v = mt.value(e.record, c).trimmed
                if !v.isEmpty { lines.append(label + ": " + v) }
            }
            if let p = o.progress[e.term.id] {
                let state = Labels.word(p.state, Lang.current)
                lines.append(p.total > 0 ? L("State: \(state) (\(p.done)/\(p.total) tasks done)") : L("State: \(state)"))
                if p.gated {
                    if let g = p.gate {
                        lines.append(g.pass ? L("Gate passed: \(g.evidence)") : L("Gate failed: \(g.evidence)"))
                    } else {
                        lines.append(L("Gate: no result yet"))
                    }
                }
            }
            ev.description = lines.joined(separator: "\n")
            ev.sequence = try seq(mt.table, milestoneSequence, e.record)
            ev.categories = ["milestone"]
            events.append(ev)
        }
        if o.reports {
            for e in dated {
                var ev = CalendarEvent(kind: "report", uid: UID.make(plan: plan, kind: "report", id: e.term.id, team: team),
                                       summary: prefix + L("CXO report: \(e.term.id) \(e.name)"),
                                       when: .timed(LocalDateTime(e.date!, o.reportTime), minutes: o.reportLength))
                ev.description = L("Report the completion of \(e.term.id) to the executive sponsor")
                ev.zone = o.zone
                ev.sequence = try seq(mt.table, milestoneSequence, e.record)
                ev.categories = ["report"]
                events.append(ev)
            }
        }
        let start = o.start ?? mt.set.impliedStart
        if let m = o.meeting {
            let every = o.meetingEvery ?? m.weeks ?? 1
            guard let last = dated.map({ $0.date! }).max() else {
                throw WBError.data(L("no milestone has a date, so the meeting has no end"), at: SourceLocation(file: mt.table.name))
            }
            guard let from = o.firstMeeting ?? Self.firstMeetingFrom(start: o.start, mt.set) else {
                throw WBError.usage(L("give --from or --start for the meeting"))
            }
            let first = m.day(onOrAfter: from)
            if first > last { throw WBError.usage(L("the first meeting (\(first.iso)) is after the last milestone (\(last.iso))")) }
            var ev = CalendarEvent(kind: "meeting", uid: UID.make(plan: plan, kind: "meeting", id: "progress", team: team),
                                   summary: prefix + L("Progress meeting"),
                                   when: .timed(LocalDateTime(first, m.time), minutes: m.minutes))
            ev.recurrence = (every, m.nths, LocalDateTime(last, m.time))
            ev.zone = o.zone
            if let off = o.daysOff {
                var day = first
                while day <= last {
                    if off.isHoliday(day) { ev.except.append(LocalDateTime(day, m.time)) }
                    day = !m.monthly ? day.adding(days: 7 * every) : m.day(onOrAfter: day.adding(days: 1))
                }
            }
            ev.description = L("Review milestones and tasks (wb-milestones status)")
            ev.sequence = o.sequence ?? 0
            ev.categories = ["meeting"]
            events.append(ev)
        }
        if let k = o.kickoff {
            var ev = CalendarEvent(kind: "kickoff", uid: UID.make(plan: plan, kind: "kickoff", id: "1", team: team),
                                   summary: prefix + L("Kickoff: first meeting after the workshop"),
                                   when: .timed(k, minutes: o.meeting?.minutes ?? 30))
            ev.zone = o.zone
            ev.sequence = o.sequence ?? 0
            ev.categories = ["meeting"]
            events.append(ev)
        }
        if let tasks {
            let taskSequence = sequenceColumn(tasks)
            try Self.tasks(tasks, roles: roles, milestones: mt.set, ctx: ctx, seq: { try seq($0, taskSequence, $1) }, options: o,
                           start: start ?? dated.map({ $0.date! }).min() ?? o.today, into: &events)
        }
        if let a = o.agenda {
            events += Self.agenda(a.start, a.phases, plan: plan, team: team, prefix: prefix).map { var e = $0; e.zone = o.zone; return e }
        }
    }

    /// The tasks' events, appended to `out`: each dated task an all-day event (with
    /// `tasksAsTodo`, every task a to-do), known by the plan's name and its id.
    static func tasks(_ table: Table, roles: Vocabulary, milestones: MilestoneSet, ctx: DateContext,
                      seq: (Table, Record) throws -> Int, options o: Options, start: CivilDate,
                      into out: inout [CalendarEvent]) throws {
        let schema = try TaskSchema(header: table.header, file: table.name)
        let resolver = TaskResolver(schema: schema, file: table.name, dates: ctx, milestones: milestones, roles: roles)
        out.reserveCapacity(out.count + table.rows.count)
        var idOf: [String: String] = [:]
        let rows = try table.rows.map { try resolver.resolveStrict($0) }
        for r in rows where !r.id.isEmpty { idOf[r.id] = UID.make(plan: o.planName, kind: "task", id: r.id, team: o.team?.key) }
        let owner = o.owner.map(OwnerName.key)
        for (k, r) in rows.enumerated() {
            guard r.due != nil || o.tasksAsTodo else { continue }
            if let owner, OwnerName.key(r.owner) != owner { continue }
            // A task without an id is known by its line (a kind of its own, so that no
            // id can take its UID).
            let uid = r.id.isEmpty ? UID.make(plan: o.planName, kind: "taskline", id: "\(table.rows[k].line)", team: o.team?.key) : idOf[r.id]!
            let done = r.status.id == "done"
            var title = (r.id.isEmpty ? "" : "\(r.id) ") + Grid.normalizeNewlines(r.todo).replacingOccurrences("\n", " ")
            if done && !o.tasksAsTodo { title = L("[done] \(title)") }
            if o.teamInTitles, let t = o.team { title = "[\(t.name)] " + title }
            var ev = CalendarEvent(kind: o.tasksAsTodo ? "todo" : "task", uid: uid, summary: title, when: .allDay(r.due ?? CivilDate(1970, 1, 1)!))
            var lines = ["\(r.milestone!.id) / \(r.role!.id)" + (r.owner.isEmpty ? "" : " / \(r.owner)")]
            let doneWhen = schema.value(r.record, .doneWhen).trimmed
            if !doneWhen.isEmpty { lines.append(L("Done when: \(doneWhen)")) }
            // A Todo of several lines, whether they end in LF or CR LF, in full.
            if r.todo.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) { lines.append(Grid.normalizeNewlines(r.todo)) }
            ev.description = lines.joined(separator: "\n")
            ev.sequence = try seq(table, r.record)
            ev.categories = ["task", r.role!.id]
            if !o.people.isEmpty, let email = o.people[OwnerName.key(r.owner)] { ev.attendees = [(r.owner, email)] }
            if o.tasksAsTodo {
                ev.todo = true
                ev.status = ["todo": "NEEDS-ACTION", "doing": "IN-PROCESS", "done": "COMPLETED", "blocked": "NEEDS-ACTION"][r.status.id]
                // iTIP PUBLISH wants a DTSTART on a to-do: the plan's start, before the due date.
                ev.todoStart = r.due.map { $0 <= start ? $0.adding(days: -1) : start } ?? start
                ev.related = r.dependsOn.compactMap { idOf[$0] }
                if r.due == nil { ev.kind = "todo-undated" }
            }
            ev.done = done
            out.append(ev)
        }
    }

    /// The planning hour after the five phases (the deck's 60 minutes): timeline 15,
    /// individual tasks 5, group review 15, commitment 15, and 10 to register the
    /// tasks in the team's task system and set the meetings (the deck's closing ask).
    static let planningMinutes = [15, 5, 15, 15, 10]

    static func agenda(_ start: LocalDateTime, _ mins: [Int], plan: String, team: String? = nil, prefix: String = "") -> [CalendarEvent] {
        let names = ["Listen", "Define", "Invent", "Refine", "Test/Iterate", L("Planning: timeline"), L("Planning: individual tasks"),
                     L("Planning: group review"), L("Planning: commitment"), L("Planning: register the tasks and set the meetings")]
        let all = mins + planningMinutes
        var t = start
        var out: [CalendarEvent] = []
        for (i, (n, m)) in zip(names, all).enumerated() {
            var ev = CalendarEvent(kind: "agenda", uid: UID.make(plan: plan, kind: "agenda", id: "\(i + 1)", team: team),
                                   summary: prefix + L("Day 2: \(n)"), when: .timed(t, minutes: m))
            ev.categories = ["agenda"]
            out.append(ev)
            t = t.adding(minutes: m)
        }
        return out
    }

    /// The people table (`name,email`, or 名前, メール): owner (`OwnerName.key`) → e-mail,
    /// for ATTENDEEs.
    public static func people(_ t: Table) throws -> [String: String] {
        func col(_ names: [String]) -> Int? {
            (0..<t.header.count).first { names.contains(t.header.string($0).matchKey) }
        }
        let names = ["name", "owner", "member", "person", "名前", "氏名", "担当", "担当者", "メンバー"].map(\.matchKey)
        let mails = ["email", "mail", "e-mail", "email address", "mail address", "メール", "メールアドレス", "Eメール", "Eメールアドレス", "アドレス"].map(\.matchKey)
        guard let n = col(names), let e = col(mails) else {
            throw WBError.data(L("a people table has the columns name and email"), at: SourceLocation(file: t.name, line: 1, column: 1))
        }
        var out: [String: String] = [:]
        for r in t.rows {
            let name = r.string(n).trimmed, mail = r.string(e).trimmed
            if name.isEmpty { continue }
            guard CalendarWriter.validEmail(mail) else { throw WBError.data(L("'\(mail)' is not an e-mail address"), at: t.location(row: r, field: e)) }
            out[OwnerName.key(name)] = mail
        }
        return out
    }

    /// The events as a table (`wb-ics --list`): kind, uid, summary, start, end (none
    /// for a to-do), and a recurring event's rule; where a team keeps a zone of its own,
    /// a last column, the zone of each timed event's local times.
    public static func writeList(_ events: [CalendarEvent], zone: ZoneInfo, to w: TableWriter) {
        let zones = events.contains { $0.zone.map { $0.name != zone.name } ?? false }
        w.write(Labels.header(["kind", "uid", "summary", "start", "end", "rule"] + (zones ? ["tz"] : []), Lang.current))
        for e in events {
            let (s, en): (String, String)
            var rule = "", tz = ""
            switch e.when {
            case .allDay(let d): (s, en) = (d.iso, d.adding(days: 1).iso)
            case .timed(let t, let m):
                let z = e.zone ?? zone
                (s, en, tz) = (t.iso, t.adding(minutes: m).iso, z.name)
                rule = e.recurrence.map { rrule($0, z, start: t) } ?? ""
                // The days it skips (EXDATE), after a space: the meeting's holidays.
                if !e.except.isEmpty { rule += " EXDATE=" + e.except.map(\.date.iso).joined(separator: ",") }
            }
            w.write([Labels.eventKind(e.kind, Lang.current), e.uid, e.summary, s, e.todo ? "" : en, rule] + (zones ? [tz] : []))
        }
    }

    /// Where the first meeting is looked for without --first-meeting: the day after the
    /// plan's start (`start`, else the milestones' M0 or a month before M1, else their
    /// first date). The report counts a meeting every few weeks from the same day.
    public static func firstMeetingFrom(start: CivilDate?, _ set: MilestoneSet) -> CivilDate? {
        (start ?? set.impliedStart ?? set.entries.compactMap(\.date).min())?.adding(days: 1)
    }

    /// `FREQ=WEEKLY;UNTIL=...Z;BYDAY=MO` for a weekly event in `zone` starting at
    /// `start`, `FREQ=MONTHLY;UNTIL=...Z;BYDAY=2MO` (`-1FR`: the last; `2MO,4MO`: the
    /// second and the fourth) for a monthly one: the RRULE the calendar carries, which
    /// `--list` shows as it is.
    public static func rrule(_ w: (interval: Int, nthInMonth: [Int], until: LocalDateTime), _ zone: ZoneInfo,
                             start: LocalDateTime) -> String {
        let until = LocalDateTime(seconds: zone.utc(w.until))
        let day = VTimezone.days[start.date.weekday]
        if !w.nthInMonth.isEmpty {
            return "FREQ=MONTHLY;UNTIL=" + until.basic + "Z;BYDAY=" + w.nthInMonth.map { "\($0)" + day }.joined(separator: ",")
        }
        return "FREQ=WEEKLY" + (w.interval > 1 ? ";INTERVAL=\(w.interval)" : "") + ";UNTIL=" + until.basic + "Z"
            + ";BYDAY=" + day
    }
}
