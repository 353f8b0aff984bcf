/// wb-ics: an RFC 5545 calendar of the plan.
public enum WBIcsCommand {
    public static let spec = ToolSpec(
        name: "wb-ics",
        summary: "An iCalendar file of the plan.",
        commands: [IcsCalendar.spec], single: true, readsMilestonesAsInput: true)
}

enum IcsCalendar {
    static let spec = CommandSpec("wb-ics", synopsis: "[options] [milestones-file]",
        summary: "Write an RFC 5545 calendar of the plan: each milestone as an all-day event, a CXO report on each milestone's date, the progress meeting as one recurring event, and optionally the tasks. UIDs come from the plan's name and ids, so a re-import updates events instead of duplicating them.",
        options: [
            CommonOptions.name,
            OptionSpec("organizer", arg: "EMAIL", "ORGANIZER of every event, as METHOD:PUBLISH requires (default: the plan's name at a reserved .invalid address)"),
            CommonOptions.tz, CommonOptions.meeting, CommonOptions.daysOff,
            CommonOptions.meetingEvery, CommonOptions.firstMeeting,
            OptionSpec("from", arg: "DATE", "old spelling of --first-meeting (warns)", hidden: true),
            CommonOptions.start,
            OptionSpec("kickoff", arg: "DATETIME", "a first meeting right after the workshop, e.g. 2026-07-02T10:00"),
            CommonOptions.reportTime,
            OptionSpec("report-length", arg: "DURATION", "length of the CXO report (default 1h)"),
            OptionSpec("no-reports", "leave out the CXO reports"),
            CommonOptions.tasks, CommonOptions.gates,
            OptionSpec("tasks-as", arg: "KIND", "event (all-day, default: Google and Outlook do not show to-dos) or todo (VTODO)", values: ["event", "todo"]),
            OptionSpec("sequence", arg: "N", "SEQUENCE of every component (default: a sequence column, else 0)"),
            OptionSpec("alarm", arg: "DURATION", "a reminder this long before each timed event, e.g. 15m"),
            OptionSpec("task-alarm", arg: "SPEC", "a reminder for each open task: 1d (09:00 the day before), 2d@08:30"),
            OptionSpec("previous", arg: "FILE", "the last export: changed events get SEQUENCE + 1, vanished ones come once more as CANCELLED"),
            OptionSpec("owner", arg: "NAME", "a personal calendar: only this owner's tasks (the meeting, milestones and reports stay)", plan: .owners),
            OptionSpec("people", arg: "FILE", "a people table (name,email): task owners become ATTENDEEs"),
            OptionSpec("list", "print the events as a table (kind, uid, summary, start, end, rule) instead"),
            OptionSpec("agenda", arg: "DATETIME", "also the Day 2 session itself starting at DATETIME (for facilitators)"),
            OptionSpec("phases", arg: "LIST", "minutes of Listen, Define, Invent, Refine, Test/Iterate for --agenda (e.g. 20,20,10,20,20)"),
            CommonOptions.milestones, CommonOptions.today, CommonOptions.year, CommonOptions.encoding,
        ],
        examples: ["wb-milestones init --start 2026-12-01 | wb-ics --tz Asia/Tokyo --meeting \"mon 10:00 30m\" > plan.ics",
                   "wb-ics --name 'Launch plan' --tz Asia/Tokyo --meeting 'wed 9:30 45m' --tasks share/wb/sample-plan.csv share/wb/sample-milestones.csv -o plan.ics",
                   "wb-ics --list --tz UTC share/wb/sample-milestones.csv"]) { inv in
        try run(inv)
    }

    static func run(_ inv: Invocation) throws -> ExitCode {
        let today = try inv.today()
        let (mt, planTeams) = try MilestonesIO.loadWithTeams(inv)
        // The calendar's zone: with --team the team's own where it has one, else the
        // plan's (--tz, the settings' tz), else the machine's. A team's own zone
        // (TEAM=ZONE) is that of its meeting, reports and kickoff.
        let zones = try inv.teamZones()
        let zone = try inv.planZone() ?? ZoneInfo.load(ZoneInfo.systemName(env: inv.env))
        let start = try MilestonesIO.start(inv, mt.set)
        let ctx = try inv.dateContext(anchor: start ?? inv.fallbackAnchor())
        var o = PlanCalendar.Options(today: today)
        if let n = inv.string("name"), n.trimmed.isEmpty { throw WBError.usage(L("--name needs the plan's name, not an empty string")) }
        o.planName = inv.string("name") ?? "wb plan"
        // The meeting skips the plan's days off as init, check and report count them
        // (Japan's holidays for a plan in Japan's zone, or with no zone given one kept
        // in Japanese; the team's own), and Japan's too when the calendar's zone,
        // the machine's without --tz, is Japan's.
        var off = try inv.daysOff(anchor: start ?? mt.set.impliedStart, planTeams: planTeams)
        if DaysOff.forPlan(timeZone: zone.name, japanese: false).japan { off.japan = true }
        o.daysOff = off
        // The meeting of every team, and a team's own (TEAM=SPEC, a team the plan
        // has). 隔週 in a spec; --meeting-every, given, says otherwise.
        let meetings = try inv.teamMeetings(planTeams: planTeams)
        o.meeting = meetings.shared
        o.meetingEvery = try inv.meetingEvery(meetings)
        if inv.string("from") != nil {
            inv.warn(L("--from is now --first-meeting (--from names the input format in the other tools)"))
        }
        o.firstMeeting = try inv.dateOption("first-meeting", ctx) ?? inv.dateOption("from", ctx)
        o.start = start
        if let k = inv.string("kickoff") {
            do { o.kickoff = try DateParser.dateTime(k, ctx) } catch { throw WBError.usage("--kickoff: " + error.message) }
        }
        o.reportTime = try inv.timeOption("report-time") ?? o.reportTime
        o.reportLength = try inv.durationOption("report-length") ?? o.reportLength
        o.reports = !inv.flag("no-reports")
        switch inv.string("tasks-as") ?? "event" {
        case "event": o.tasksAsTodo = false
        case "todo": o.tasksAsTodo = true
        case let x: throw WBError.usage(L("--tasks-as takes event or todo, not '\(x)'"))
        }
        o.sequence = try inv.int("sequence", min: 0)
        if let s = o.sequence, s > Int(Int32.max) - 1 { throw WBError.usage(L("--sequence takes 0 to \(Int32.max - 1), not \(s)")) }
        o.owner = inv.string("owner")
        if let p = inv.string("people") {
            o.people = try PlanCalendar.people(inv.readCompanion(p))
        }
        if let a = inv.string("agenda") { o.agenda = try agenda(inv, a, ctx) }
        if o.owner != nil && inv.string("tasks") == nil { throw WBError.usage(L("--owner keeps one owner's tasks: give --tasks FILE")) }
        let tasks = try inv.string("tasks").map { try inv.scoped(inv.readCompanion($0)) }
        // A plan of several teams: with --team, that team's calendar; without, each
        // team's events in one calendar, the team in every title.
        let planStart = try inv.planStart()
        var (parts, teamInTitles) = try PlanCalendar.parts(
            milestones: mt, tasks: tasks, team: inv.teamKey.map { ($0, inv.string("team")!) }, teams: inv.teams,
            dates: try inv.dateContext(anchor: planStart ?? inv.fallbackAnchor()), start: planStart)
        o.teamInTitles = teamInTitles
        for m in meetings.byTeam { o.teamMeetings[inv.teams.key(m.team)] = m.spec }
        o.teamZones = zones.byKey(inv.teams)
        for k in parts.indices { parts[k].gates = try inv.gateResults(team: parts[k].team?.key) }
        // The calendar is the plan's: in its language unless --lang or the settings
        // say (a Japanese plan's CXO報告 whoever makes it); its messages in the run's.
        let lang = inv.documentLang { mt.set.entries.map(\.name) + (tasks?.todoTexts ?? []) }
        let events = try inv.inDocumentLanguage(lang) {
            // The language the body runs in: the plan's, or the run's when it is run
            // again to say a message.
            var po = o
            po.lang = Lang.current
            let (events, warnings) = try PlanCalendar.events(parts, roles: inv.roles, dates: ctx, options: po)
            for w in warnings { inv.warn(w.message, at: w.location) }
            return events
        }

        if inv.flag("list") {
            PlanCalendar.writeList(events, zone: zone, to: TableWriter(inv.stdout, WriteOptions(format: .csv)))
            return .ok
        }
        var organizer = inv.string("organizer") ?? "calendar@\(UID.slug(o.planName)).invalid"
        if organizer.lowercased().hasPrefix("mailto:") { organizer = String(organizer.dropFirst(7)) }
        guard CalendarWriter.validEmail(organizer) else { throw WBError.usage(L("--organizer takes an e-mail address, not '\(organizer)'")) }
        var writer = CalendarWriter(zone: zone, name: o.planName, organizer: organizer,
                                    stamp: LocalDateTime(seconds: Clock.now(env: inv.env)).basic + "Z")
        if let a = inv.string("alarm") {
            do { writer.alarm = try CalendarWriter.alarm(a) } catch { throw WBError.usage("--alarm: " + error.message) }
        }
        if let a = inv.string("task-alarm") {
            do { writer.taskAlarm = try CalendarWriter.taskAlarm(a) } catch { throw WBError.usage("--task-alarm: " + error.message) }
            if writer.taskAlarm == nil {
                throw WBError.usage(L("--task-alarm takes days before the task, optionally with a time: 1d (09:00 the day before), 2d@08:30, not '\(a)'"))
            }
        }
        var previous: PreviousCalendar?
        if let p = inv.string("previous") {
            previous = try PreviousCalendar.parse(ByteSource.open(p, stdinFD: inv.stdinFD).readAll(), file: p)
        }
        let changes = writer.write(events, previous: previous, to: inv.stdout)
        if let first = changes.foreign.first, let p = inv.string("previous") {
            inv.warn(changes.foreign.count == 1
                     ? L("\(p) holds an event wb did not make (\(first)), left as it is: is it the calendar wb-ics wrote last?")
                     : L("\(p) holds \(changes.foreign.count) events wb did not make (\(first)…), left as they are: is it the calendar wb-ics wrote last?"))
        }
        if changes.noneKept, let p = inv.string("previous") {
            inv.warn(L("none of the events of \(p) is in this calendar, and all \(changes.cancelled.count) come back cancelled: was the plan renamed (an event's UID carries the plan's name), or is \(p) another plan's calendar?"))
        }
        if previous != nil {
            inv.note(L("\(changes.changed.count) changed, \(changes.cancelled.count) cancelled since \(inv.string("previous")!)"))
        }
        return .ok
    }

    static func agenda(_ inv: Invocation, _ startText: String, _ ctx: DateContext) throws -> (LocalDateTime, [Int]) {
        let start: LocalDateTime
        do { start = try DateParser.dateTime(startText, ctx) } catch { throw WBError.usage("--agenda: " + error.message) }
        guard let phases = inv.list("phases") else {
            throw WBError.usage(L("--agenda needs --phases: the minutes of Listen, Define, Invent, Refine and Test/Iterate (the deck leaves them to the team)"))
        }
        let mins = try phases.map { s -> Int in
            guard let n = try? DateParser.minutes(s), n > 0 else { throw WBError.usage(L("--phases takes five lengths in minutes (20 or 20分), not '\(s)'")) }
            return n
        }
        guard mins.count == 5 else { throw WBError.usage(L("--phases takes five numbers (Listen, Define, Invent, Refine, Test/Iterate), got \(mins.count)")) }
        let total = mins.reduce(0, +)
        if total > 100 { inv.warn(L("the five phases take \(total) minutes; the Day 2 agenda allows about 90-100")) }
        return (start, mins)
    }
}
