/// wb-ics: an RFC 5545 calendar of the plan.
public enum WBIcsCommand {
    public static let spec = ToolSpec(
        name: "wb-ics",
        summary: "An iCalendar file of the plan.",
        commands: [IcsCalendar.spec], single: true)
}

enum IcsCalendar {
    static let spec = CommandSpec("wb-ics", synopsis: "[options] [milestones-file]",
        summary: "Write an RFC 5545 calendar of the plan: each milestone as an all-day event, a CXO report on each milestone's date, the progress meeting as one recurring event, and optionally the tasks. UIDs come from the plan's name and ids, so a re-import updates events instead of duplicating them.",
        options: [
            OptionSpec("name", arg: "NAME", "the calendar's name, also the root of every UID (default: wb plan)"),
            OptionSpec("organizer", arg: "EMAIL", "ORGANIZER of every event, as METHOD:PUBLISH requires (default: the plan's name at a reserved .invalid address)"),
            OptionSpec("tz", arg: "ZONE", "IANA time zone of timed events (default: $TZ, else the system's)"),
            OptionSpec("lang", arg: "LANG", "ja or en for the generated titles (default: from LANG, else en)"),
            OptionSpec("meeting", arg: "SPEC", "the progress meeting: weekday, time, length, e.g. \"mon 10:00 30m\""),
            OptionSpec("meeting-every", arg: "N", "meet every N weeks: 1w (default), 2w"),
            OptionSpec("from", arg: "DATE", "first meeting on or after DATE (default: the first such weekday after the plan's start)"),
            OptionSpec("start", arg: "DATE", "the plan's start, the workshop day (default: one month before M1)"),
            OptionSpec("kickoff", arg: "DATETIME", "a first meeting right after the workshop, e.g. 2026-07-02T10:00"),
            OptionSpec("report-time", arg: "TIME", "time of the CXO report on each milestone's date (default 16:00)"),
            OptionSpec("report-length", arg: "DURATION", "length of the CXO report (default 1h)"),
            OptionSpec("no-reports", "leave out the CXO reports"),
            OptionSpec("tasks", arg: "FILE", "add the tasks that have a due date"),
            OptionSpec("tasks-as", arg: "KIND", "event (all-day, default: Google and Outlook do not show to-dos) or todo (VTODO)"),
            OptionSpec("sequence", arg: "N", "SEQUENCE of every component (default: a sequence column, else 0)"),
            OptionSpec("alarm", arg: "DURATION", "a reminder this long before each timed event, e.g. 15m"),
            OptionSpec("list", "print the events as a table (kind, uid, summary, start, end, rule) instead"),
            OptionSpec("agenda", arg: "DATETIME", "also the Day 2 session itself starting at DATETIME (for facilitators)"),
            OptionSpec("phases", arg: "LIST", "minutes of Listen, Define, Invent, Refine, Test/Iterate for --agenda (e.g. 20,20,10,20,20)"),
            CommonOptions.today, CommonOptions.year, CommonOptions.encoding,
        ],
        examples: ["wb-milestones init --start 2026-12-01 | wb-ics --tz Asia/Tokyo --meeting \"mon 10:00 30m\" > plan.ics",
                   "wb-ics --name 'Launch plan' --tz Asia/Tokyo --meeting 'wed 9:30 45m' --tasks share/wb/sample-plan.csv share/wb/sample-milestones.csv -o plan.ics",
                   "wb-ics --list --tz UTC share/wb/sample-milestones.csv"]) { inv in
        try run(inv)
    }

    static func run(_ inv: Invocation) throws -> ExitCode {
        let zoneName = try zone(inv)
        let zone = try ZoneInfo.load(zoneName)
        let lang = try inv.string("lang").map { try Lang.parse($0, option: "lang") } ?? Lang.fromEnvironment(inv.env)
        let planName = inv.string("name") ?? "wb plan"
        let today = try inv.today()
        let mt = try MilestonesIO.load(inv)
        let ctx = try inv.dateContext(anchor: today)
        let globalSeq = try inv.int("sequence", min: 0)
        func seq(_ table: Table, _ rec: Record) throws -> Int {
            if let g = globalSeq { return g }
            guard let i = (0..<table.header.count).first(where: { table.header.string($0).matchKey == "sequence" }) else { return 0 }
            let s = rec.string(i).trimmed
            if s.isEmpty { return 0 }
            guard let n = Int(s), n >= 0 else {
                let p = rec.position(ofField: i)
                throw WBError.data("sequence '\(s)' is not a whole number", at: SourceLocation(file: table.name, line: p.line, column: p.column))
            }
            return n
        }
        var events: [CalendarEvent] = []
        let dated = mt.set.entries.filter { $0.date != nil }
        for e in mt.set.entries where e.date == nil {
            inv.warn("\(e.term.id) has no date: it is left out of the calendar", at: SourceLocation(file: mt.table.name, line: e.record.line))
        }
        // Milestones, all day.
        for e in dated {
            var ev = CalendarEvent(kind: "milestone", uid: UID.make(plan: planName, kind: "milestone", id: e.term.id),
                                   summary: "\(e.term.id) \(e.name)", when: .allDay(e.date!))
            var lines: [String] = []
            for (c, ja, en) in [(MilestoneColumn.who, "誰が計測するか", "Who measures"), (.what, "どう計測するか", "What is measured"),
                                (.how, "合格の基準", "How it passes"), (.gate, "ゲート", "Gate")] {
                let v = mt.value(e.record, c).trimmed
                if !v.isEmpty { lines.append((lang == .ja ? ja : en) + ": " + v) }
            }
            ev.description = lines.joined(separator: "\n")
            ev.sequence = try seq(mt.table, e.record)
            ev.categories = ["milestone"]
            events.append(ev)
        }
        // CXO reports.
        if !inv.flag("no-reports") {
            let time = try inv.timeOption("report-time") ?? TimeOfDay(16, 0)!
            let length = try inv.durationOption("report-length") ?? 60
            for e in dated {
                var ev = CalendarEvent(kind: "report", uid: UID.make(plan: planName, kind: "report", id: e.term.id),
                                       summary: (lang == .ja ? "CXO報告: " : "CXO report: ") + "\(e.term.id) \(e.name)",
                                       when: .timed(LocalDateTime(e.date!, time), minutes: length))
                ev.description = lang == .ja ? "\(e.term.id) の完了を経営層に報告する" : "Report the completion of \(e.term.id) to the executive sponsor"
                ev.sequence = try seq(mt.table, e.record)
                ev.categories = ["report"]
                events.append(ev)
            }
        }
        // The progress meeting, one recurring event.
        let start = try MilestonesIO.start(inv, mt.set)
        var meetingLength = 30
        if let spec = inv.string("meeting") {
            let m = try meeting(spec)
            meetingLength = m.minutes
            guard let last = dated.map({ $0.date! }).max() else {
                throw WBError.data("no milestone has a date, so the meeting has no end", at: SourceLocation(file: mt.table.name))
            }
            let interval = try every(inv.string("meeting-every"))
            var first: CivilDate
            if let f = try inv.dateOption("from", ctx) {
                first = f
                while first.weekday != m.weekday { first = first.adding(days: 1) }
            } else {
                guard let s = start ?? dated.map({ $0.date! }).min() else { throw WBError.usage("give --from or --start for the meeting") }
                first = s.adding(days: 1)
                while first.weekday != m.weekday { first = first.adding(days: 1) }
            }
            if first > last { throw WBError.usage("the first meeting (\(first.iso)) is after the last milestone (\(last.iso))") }
            var ev = CalendarEvent(kind: "meeting", uid: UID.make(plan: planName, kind: "meeting", id: "progress"),
                                   summary: lang == .ja ? "定例進捗会議" : "Progress meeting",
                                   when: .timed(LocalDateTime(first, m.time), minutes: m.minutes))
            ev.weekly = (interval, LocalDateTime(last, m.time))
            ev.description = lang == .ja ? "マイルストンとタスクの進捗を確認する (wb-milestones status)" : "Review milestones and tasks (wb-milestones status)"
            ev.sequence = globalSeq ?? 0
            ev.categories = ["meeting"]
            events.append(ev)
        }
        if let k = inv.string("kickoff") {
            let dt: LocalDateTime
            do { dt = try DateParser.dateTime(k, ctx) } catch { throw WBError.usage("--kickoff: " + error.message) }
            var ev = CalendarEvent(kind: "kickoff", uid: UID.make(plan: planName, kind: "kickoff", id: "1"),
                                   summary: lang == .ja ? "キックオフ (ワークショップ後の初回会議)" : "Kickoff: first meeting after the workshop",
                                   when: .timed(dt, minutes: meetingLength))
            ev.sequence = globalSeq ?? 0
            ev.categories = ["meeting"]
            events.append(ev)
        }
        if let t = inv.string("tasks") {
            events += try tasks(inv, path: t, plan: planName, milestones: mt.set, ctx: ctx, seq: seq,
                                start: start ?? dated.map({ $0.date! }).min() ?? today)
        }
        if let a = inv.string("agenda") { events += try agenda(inv, a, plan: planName, ctx: ctx) }

        if inv.flag("list") {
            let w = TableWriter(inv.stdout, WriteOptions(format: .csv))
            w.write(["kind", "uid", "summary", "start", "end", "rule"])
            for e in events {
                let (s, en): (String, String)
                switch e.when {
                case .allDay(let d): (s, en) = (d.iso, d.adding(days: 1).iso)
                case .timed(let t, let m): (s, en) = (t.iso, t.adding(minutes: m).iso)
                }
                w.write([e.kind, e.uid, e.summary, s, e.todo ? "" : en, e.weekly.map { rrule($0, zone) } ?? ""])
            }
            return .ok
        }
        inv.stdout.write(try render(events, zone: zone, name: planName, inv: inv))
        return .ok
    }

    static func zone(_ inv: Invocation) throws -> String {
        if let z = inv.string("tz") { return z }
        if var z = inv.env["TZ"], !z.isEmpty {
            if z.hasPrefix(":") { z.removeFirst() }
            if z.hasPrefix(ZoneInfo.directory + "/") { z.removeFirst(ZoneInfo.directory.count + 1) }
            return z
        }
        if let target = readlinkString("/etc/localtime"), let r = target.range(of: "zoneinfo/") {
            return String(target[r.upperBound...])
        }
        if let text = ZoneInfo.readFile("/etc/timezone").map({ String(decoding: $0, as: UTF8.self).trimmed }), !text.isEmpty {
            return text
        }
        return "UTC"
    }

    /// `mon 10:00 30m`, `月 10:00 30分`, `monday 9:30` (30 minutes by default).
    static func meeting(_ spec: String) throws -> (weekday: Int, time: TimeOfDay, minutes: Int) {
        let parts = spec.foldingWidth.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard parts.count >= 2, let wd = DateParser.weekday(parts[0]) else {
            throw WBError.usage("--meeting: write the weekday, time and length, e.g. \"mon 10:00 30m\", not '\(spec)'")
        }
        do {
            let t = try DateParser.time(parts[1])
            let m = parts.count > 2 ? try DateParser.minutes(parts[2...].joined()) : 30
            if m >= 24 * 60 { throw WBError.usage("--meeting: a meeting of \(m) minutes is longer than a day") }
            return (wd, t, m)
        } catch let e as DateError { throw WBError.usage("--meeting: " + e.message) }
    }

    static func every(_ s: String?) throws -> Int {
        guard let s = s?.foldingWidth.trimmed.lowercased() else { return 1 }
        switch s {
        case "weekly", "1", "毎週": return 1
        case "biweekly", "隔週": return 2
        default:
            let n = s.hasSuffix("weeks") ? String(s.dropLast(5)) : s.hasSuffix("週") ? String(s.dropLast()) : s.hasSuffix("w") ? String(s.dropLast()) : s
            guard let k = Int(n.trimmed), (1...52).contains(k) else { throw WBError.usage("--meeting-every takes a number of weeks like 1w or 2w, not '\(s)'") }
            return k
        }
    }

    static func rrule(_ w: (interval: Int, until: LocalDateTime), _ zone: ZoneInfo) -> String {
        let until = LocalDateTime(seconds: zone.utc(w.until))
        return "FREQ=WEEKLY" + (w.interval > 1 ? ";INTERVAL=\(w.interval)" : "") + ";UNTIL=" + until.basic + "Z"
    }

    static func tasks(_ inv: Invocation, path: String, plan: String, milestones: MilestoneSet, ctx: DateContext,
                      seq: (Table, Record) throws -> Int, start: CivilDate) throws -> [CalendarEvent] {
        let asTodo: Bool
        switch inv.string("tasks-as") ?? "event" {
        case "event": asTodo = false
        case "todo": asTodo = true
        case let o: throw WBError.usage("--tasks-as takes event or todo, not '\(o)'")
        }
        let table = try inv.readTable(path)
        let schema = try TaskSchema(header: table.header, file: table.name)
        let resolver = TaskResolver(schema: schema, file: table.name, dates: ctx, milestones: milestones)
        var out: [CalendarEvent] = []
        var idOf: [String: String] = [:]
        let rows = try table.rows.map { try resolver.resolveStrict($0) }
        for (k, r) in rows.enumerated() { idOf[r.id] = UID.make(plan: plan, kind: "task", id: r.id.isEmpty ? "line\(table.rows[k].line)" : r.id) }
        for (k, r) in rows.enumerated() {
            guard r.due != nil || asTodo else { continue }
            let uid = idOf[r.id] ?? UID.make(plan: plan, kind: "task", id: "line\(table.rows[k].line)")
            let title = (r.id.isEmpty ? "" : "\(r.id) ") + Grid.normalizeNewlines(r.todo).replacingOccurrences("\n", " ")
            var ev = CalendarEvent(kind: asTodo ? "todo" : "task", uid: uid, summary: title, when: .allDay(r.due ?? CivilDate(1970, 1, 1)!))
            var lines = ["\(r.milestone!.id) / \(r.role!.id)" + (r.owner.isEmpty ? "" : " / \(r.owner)")]
            let done = schema.value(r.record, .doneWhen).trimmed
            if !done.isEmpty { lines.append("Done when: " + done) }
            if r.todo.contains("\n") { lines.append(r.todo) }
            ev.description = lines.joined(separator: "\n")
            ev.sequence = try seq(table, r.record)
            ev.categories = ["task", r.role!.id]
            if asTodo {
                ev.todo = true
                ev.status = ["todo": "NEEDS-ACTION", "doing": "IN-PROCESS", "done": "COMPLETED", "blocked": "NEEDS-ACTION"][r.status.id]
                // iTIP PUBLISH wants a DTSTART on a to-do: the plan's start, before the due date.
                ev.todoStart = r.due.map { $0 <= start ? $0.adding(days: -1) : start } ?? start
                ev.related = r.dependsOn.compactMap { idOf[$0] }
                if r.due == nil { ev.kind = "todo-undated" }
            }
            out.append(ev)
        }
        return out
    }

    static func agenda(_ inv: Invocation, _ startText: String, plan: String, ctx: DateContext) throws -> [CalendarEvent] {
        let start: LocalDateTime
        do { start = try DateParser.dateTime(startText, ctx) } catch { throw WBError.usage("--agenda: " + error.message) }
        guard let phases = inv.list("phases") else {
            throw WBError.usage("--agenda needs --phases: the minutes of Listen, Define, Invent, Refine and Test/Iterate (the deck leaves them to the team)")
        }
        let mins = try phases.map { s -> Int in
            guard let n = Int(s), n > 0 else { throw WBError.usage("--phases takes five numbers of minutes, not '\(s)'") }
            return n
        }
        guard mins.count == 5 else { throw WBError.usage("--phases takes five numbers (Listen, Define, Invent, Refine, Test/Iterate), got \(mins.count)") }
        let total = mins.reduce(0, +)
        if total > 100 { inv.warn("the five phases take \(total) minutes; the Day 2 agenda allows about 90-100") }
        let names = ["Listen", "Define", "Invent", "Refine", "Test/Iterate", "Planning: timeline", "Planning: individual tasks", "Planning: group review", "Planning: commitment"]
        let all = mins + [15, 5, 15, 15]
        var t = start
        var out: [CalendarEvent] = []
        for (i, (n, m)) in zip(names, all).enumerated() {
            var ev = CalendarEvent(kind: "agenda", uid: UID.make(plan: plan, kind: "agenda", id: "\(i + 1)"),
                                   summary: "Day 2: \(n)", when: .timed(t, minutes: m))
            ev.categories = ["agenda"]
            out.append(ev)
            t = t.adding(minutes: m)
        }
        return out
    }

    static func render(_ events: [CalendarEvent], zone: ZoneInfo, name: String, inv: Invocation) throws -> [UInt8] {
        let b = ICSBuilder()
        let stamp = LocalDateTime(seconds: Clock.now(env: inv.env)).basic + "Z"
        let alarm = try inv.durationOption("alarm")
        var organizer = inv.string("organizer") ?? "calendar@\(UID.slug(name)).invalid"
        if organizer.lowercased().hasPrefix("mailto:") { organizer = String(organizer.dropFirst(7)) }
        guard organizer.contains("@"), !organizer.contains(where: { $0 == " " || $0 == ":" || $0 == ";" || $0 == "\"" || $0.asciiValue.map { $0 < 0x20 } ?? false }) else {
            throw WBError.usage("--organizer takes an e-mail address, not '\(organizer)'")
        }
        let cn = name.replacingOccurrences("\"", "'").unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(String.init).joined()
        b.begin("VCALENDAR")
        b.raw("VERSION", "2.0")
        b.raw("PRODID", "-//wb//wb-ics \(wbVersion)//EN")
        b.raw("CALSCALE", "GREGORIAN")
        b.raw("METHOD", "PUBLISH")
        b.text("NAME", name)
        b.text("X-WR-CALNAME", name)
        b.raw("X-WR-TIMEZONE", zone.name)
        let timed = events.compactMap { e -> (Int, Int)? in
            guard case .timed(let t, let m) = e.when else { return nil }
            let end = e.weekly?.until.adding(minutes: m) ?? t.adding(minutes: m)
            return (zone.utc(t), zone.utc(end))
        }
        if let lo = timed.map(\.0).min(), let hi = timed.map(\.1).max() {
            VTimezone.write(zone, from: lo - 86400 * 31, to: hi + 86400 * 31, into: b)
        }
        for e in events {
            let comp = e.todo ? "VTODO" : "VEVENT"
            b.begin(comp)
            b.raw("UID", e.uid)
            b.raw("DTSTAMP", stamp)
            b.raw("SEQUENCE", String(e.sequence))
            b.raw("ORGANIZER;CN=\"\(cn)\"", "mailto:" + organizer)
            b.text("SUMMARY", e.summary)
            if !e.description.isEmpty { b.text("DESCRIPTION", e.description) }
            if !e.categories.isEmpty { b.raw("CATEGORIES", e.categories.map(ContentLine.escape).joined(separator: ",")) }
            switch e.when {
            case .allDay(let d):
                if e.todo {
                    if let s = e.todoStart { b.raw("DTSTART;VALUE=DATE", s.basic) }
                    if e.kind != "todo-undated" { b.raw("DUE;VALUE=DATE", d.basic) }
                    b.raw("PRIORITY", "0")
                } else {
                    b.raw("DTSTART;VALUE=DATE", d.basic)
                    b.raw("DTEND;VALUE=DATE", d.adding(days: 1).basic)
                    b.raw("TRANSP", "TRANSPARENT")
                }
            case .timed(let t, let m):
                b.raw("DTSTART;TZID=\(zone.name)", t.basic)
                b.raw("DTEND;TZID=\(zone.name)", t.adding(minutes: m).basic)
                if let w = e.weekly {
                    let wd = VTimezone.days[t.date.weekday]
                    b.raw("RRULE", rrule(w, zone) + ";BYDAY=\(wd)")
                }
                b.raw("TRANSP", "OPAQUE")
            }
            if let s = e.status { b.raw("STATUS", s) }
            for r in e.related { b.raw("RELATED-TO", r) }
            if let a = alarm, case .timed = e.when, !e.todo {
                b.begin("VALARM")
                b.raw("ACTION", "DISPLAY")
                b.raw("TRIGGER", "-PT\(a)M")
                b.text("DESCRIPTION", e.summary)
                b.end("VALARM")
            }
            b.end(comp)
        }
        b.end("VCALENDAR")
        return b.bytes
    }
}

#if canImport(Glibc)
import Glibc
#endif

func readlinkString(_ path: String) -> String? {
    var buf = [CChar](repeating: 0, count: 4096)
    let n = readlink(path, &buf, buf.count - 1)
    guard n > 0 else { return nil }
    return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
