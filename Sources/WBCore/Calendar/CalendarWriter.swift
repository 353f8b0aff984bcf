/// Writes a plan's events as one RFC 5545 calendar. With the previous export, an event
/// keeps its SEQUENCE when its content is unchanged and gets SEQUENCE + 1 when it
/// changed, and an event that disappeared is written once more as STATUS:CANCELLED,
/// so importers and subscribers update and drop instead of duplicating.
public struct CalendarWriter {
    public var zone: ZoneInfo
    public var name: String
    public var organizer: String
    /// DTSTAMP, `20261203T000000Z`.
    public var stamp: String
    /// A reminder this many minutes before each timed event.
    public var alarm: Int?
    /// A reminder for each (all-day) task: `days` before its date at `time`.
    public var taskAlarm: (days: Int, time: TimeOfDay)?

    public init(zone: ZoneInfo, name: String, organizer: String, stamp: String) {
        self.zone = zone
        self.name = name
        self.organizer = organizer
        self.stamp = stamp
    }

    /// What changed against the previous export, for the user.
    public struct Changes {
        public var changed: [String] = []
        public var cancelled: [String] = []
        /// Components of the previous calendar that wb did not make (their UID is not
        /// one of wb's, `…@wb`): left alone, never cancelled.
        public var foreign: [String] = []
        /// Every wb component of the previous calendar is cancelled and none is kept:
        /// the plan was renamed (the UIDs carry its name), or the file is another plan's.
        public var noneKept = false
    }

    /// Writes the calendar to `out` as it is made (the events' lines are not kept).
    public func write(_ events: [CalendarEvent], previous: PreviousCalendar? = nil, to out: Output) -> Changes {
        var changes = Changes()
        // The time zone's rules come before the components and cover them all, so the
        // range of times is found first; each component is then written as it is made
        // (a plan of 100,000 tasks no longer keeps every component's lines at once).
        // A VTIMEZONE for each zone in use: the calendar's first, then a team's own
        // (`--tz TEAM=ZONE`) as its events come, each over the span of its own events.
        let seen = Set(events.map(\.uid))
        var spans: [(zone: ZoneInfo, lo: Int, hi: Int)] = [(zone, Int.max, Int.min)]
        func span(_ z: ZoneInfo, _ a: Int, _ b: Int) {
            guard let k = spans.firstIndex(where: { $0.zone.name == z.name }) else { spans.append((z, a, b)); return }
            (spans[k].lo, spans[k].hi) = (min(spans[k].lo, a), max(spans[k].hi, b))
        }
        for e in events {
            if case .timed(let t, let m) = e.when {
                let z = e.zone ?? zone
                let end = e.recurrence?.until.adding(minutes: m) ?? t.adding(minutes: m)
                span(z, z.utc(t), z.utc(end))
            }
        }
        // Gone since the last export: once more, cancelled (never twice).
        var gone: [PreviousCalendar.Component] = []
        for uid in previous?.order ?? [] where !seen.contains(uid) {
            guard let p = previous?.components[uid], !p.cancelled else { continue }
            // Another calendar given as the last export (the team's Google calendar):
            // its events are not wb's to cancel.
            guard uid.hasSuffix("@wb") else { changes.foreign.append(uid); continue }
            gone.append(p)
            // Its local times keep their zone: one this calendar has no other event in
            // (a team's zone since changed) gets its VTIMEZONE all the same.
            if let t = p.localStart, let name = p.tzid,
               let z = spans.first(where: { $0.zone.name == name })?.zone ?? (try? ZoneInfo.load(name)) {
                span(z, z.utc(t), z.utc(t))
            }
            changes.cancelled.append(uid)
        }
        changes.noneKept = !changes.cancelled.isEmpty && !(previous?.order.contains { $0.hasSuffix("@wb") && seen.contains($0) } ?? false)
        let b = ICSBuilder(sink: out)
        b.begin("VCALENDAR")
        b.raw("VERSION", "2.0")
        b.raw("PRODID", "-//wb//wb-ics \(wbVersion)//EN")
        b.raw("CALSCALE", "GREGORIAN")
        // iTIP PUBLISH forbids ATTENDEE: a calendar that names attendees is a plain one.
        if !events.contains(where: { !$0.attendees.isEmpty }) { b.raw("METHOD", "PUBLISH") }
        b.text("NAME", name)
        b.text("X-WR-CALNAME", name)
        b.raw("X-WR-TIMEZONE", zone.name)
        for (z, lo, hi) in spans where lo <= hi {
            VTimezone.write(z, from: lo - 86400 * 31, to: hi + 86400 * 31, into: b)
        }
        // The same ORGANIZER line in every component, made once.
        let organizerLine = "ORGANIZER;CN=\"\(Self.quotedParameter(name))\":mailto:" + organizer
        for e in events {
            var seq = e.sequence
            if let p = previous?.components[e.uid] {
                let same = !p.cancelled && PreviousCalendar.content(lines(e, sequence: p.sequence, organizerLine: organizerLine)) == p.content
                seq = same ? max(p.sequence, e.sequence) : max(p.sequence + 1, e.sequence)
                if !same { changes.changed.append(e.uid) }
            }
            for l in lines(e, sequence: seq, organizerLine: organizerLine) { b.line(l) }
        }
        for p in gone { for l in p.cancelledLines(stamp: stamp) { b.line(l) } }
        b.end("VCALENDAR")
        b.flush()
        return changes
    }

    /// An address usable after `mailto:` in ORGANIZER and ATTENDEE.
    public static func validEmail(_ s: String) -> Bool {
        s.contains("@") && !s.contains(where: { $0 == " " || $0 == ":" || $0 == ";" || $0 == "\"" || $0 == "," || $0.asciiValue.map { $0 < 0x20 } ?? false })
    }

    /// A task reminder as people write it: `1d` (09:00 the day before), `2d@08:30`,
    /// `0d` (09:00 on the day), `1日前`. Nil when it has another shape; a time that
    /// is not one is a DateError.
    public static func taskAlarm(_ s: String) throws(DateError) -> (days: Int, time: TimeOfDay)? {
        var f = s.foldingWidth.trimmed.lowercased()
        // 前日 (the day before) and 当日 (the day itself), a time after them or not.
        for (word, days) in [("前日", "1d"), ("当日", "0d")] where f.hasPrefix(word) {
            let rest = f.dropFirst(word.count).drop { $0 == " " || $0 == "の" || $0 == "@" }
            f = days + (rest.isEmpty ? "" : "@" + rest)
        }
        let parts = f.split(whereSeparator: { $0 == "@" || $0 == " " }).map(String.init)
        guard let first = parts.first, first.hasSuffix("d") || first.hasSuffix("日") || first.hasSuffix("日前"),
              let n = Int(first.replacingOccurrences("日前", "").replacingOccurrences("日", "").replacingOccurrences("d", "")), (0...60).contains(n), parts.count <= 2 else {
            return nil
        }
        return (n, parts.count == 2 ? try DateParser.time(parts[1]) : TimeOfDay(9, 0)!)
    }

    /// An event's alarm, in minutes before it: a length (`15m`, `1h`, `15分`), which may
    /// say it comes before (`1時間前`, `15 minutes before`).
    public static func alarm(_ s: String) throws(DateError) -> Int {
        var f = s.foldingWidth.trimmed
        for suffix in ["前", "before"] where f.lowercased().hasSuffix(suffix) { f = String(f.dropLast(suffix.count)).trimmed }
        return try DateParser.minutes(f.isEmpty ? s : f)
    }

    /// A quoted parameter value (RFC 5545 3.2): no DQUOTE, no control characters.
    static func quotedParameter(_ s: String) -> String {
        s.replacingOccurrences("\"", "'").unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(String.init).joined()
    }

    /// One component's logical lines (unfolded, escaped); `organizerLine` its
    /// ORGANIZER line, the same in every component.
    func lines(_ e: CalendarEvent, sequence: Int, organizerLine: String) -> [String] {
        var out: [String] = []
        func raw(_ n: String, _ v: String) { out.append(n + ":" + v) }
        func text(_ n: String, _ v: String) { raw(n, ContentLine.escape(v)) }
        let comp = e.todo ? "VTODO" : "VEVENT"
        raw("BEGIN", comp)
        raw("UID", e.uid)
        raw("DTSTAMP", stamp)
        raw("SEQUENCE", String(sequence))
        out.append(organizerLine)
        for a in e.attendees {
            raw("ATTENDEE;CN=\"\(Self.quotedParameter(a.name))\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION", "mailto:" + a.email)
        }
        text("SUMMARY", e.summary)
        if !e.description.isEmpty { text("DESCRIPTION", e.description) }
        if !e.categories.isEmpty { raw("CATEGORIES", e.categories.map(ContentLine.escape).joined(separator: ",")) }
        switch e.when {
        case .allDay(let d):
            if e.todo {
                if let s = e.todoStart { raw("DTSTART;VALUE=DATE", s.basic) }
                if e.kind != "todo-undated" { raw("DUE;VALUE=DATE", d.basic) }
                raw("PRIORITY", "0")
            } else {
                raw("DTSTART;VALUE=DATE", d.basic)
                raw("DTEND;VALUE=DATE", d.adding(days: 1).basic)
                raw("TRANSP", "TRANSPARENT")
            }
        case .timed(let t, let m):
            let zone = e.zone ?? zone
            raw("DTSTART;TZID=\(zone.name)", t.basic)
            raw("DTEND;TZID=\(zone.name)", t.adding(minutes: m).basic)
            if let r = e.recurrence {
                raw("RRULE", PlanCalendar.rrule(r, zone, start: t))
                if !e.except.isEmpty { raw("EXDATE;TZID=\(zone.name)", e.except.map(\.basic).joined(separator: ",")) }
            }
            raw("TRANSP", "OPAQUE")
        }
        if let s = e.status { raw("STATUS", s) }
        for r in e.related { raw("RELATED-TO", r) }
        func valarm(_ trigger: String, relatedToEnd: Bool = false) {
            raw("BEGIN", "VALARM")
            raw("ACTION", "DISPLAY")
            raw(relatedToEnd ? "TRIGGER;RELATED=END" : "TRIGGER", trigger)
            text("DESCRIPTION", e.summary)
            raw("END", "VALARM")
        }
        if let a = alarm, case .timed = e.when, !e.todo { valarm("-PT\(a)M") }
        if let ta = taskAlarm, !e.done, e.kind == "task" || e.kind == "todo" {
            // Relative to the start of the task's day (for a to-do: its due date).
            let minutes = ta.days * 1440 - (ta.time.hour * 60 + ta.time.minute)
            if e.todo {
                valarm(minutes > 0 ? "-PT\(minutes)M" : "PT\(-minutes)M", relatedToEnd: true)
            } else {
                valarm(minutes > 0 ? "-PT\(minutes)M" : "PT\(-minutes)M")
            }
        }
        raw("END", comp)
        return out
    }
}

/// An earlier export of the same plan, as wb wrote it.
public struct PreviousCalendar {
    public struct Component {
        public var sequence: Int
        /// The lines that carry meaning: all but DTSTAMP and SEQUENCE.
        public var content: [String]
        public var lines: [String]
        public var cancelled: Bool
        var tzid: String?
        var localStart: LocalDateTime?

        /// The component again, cancelled: SEQUENCE + 1, a new DTSTAMP, STATUS:CANCELLED.
        func cancelledLines(stamp: String) -> [String] {
            var out: [String] = []
            var depth = 0
            var wroteStatus = false
            for l in lines {
                let n = PreviousCalendar.name(l)
                if n == "BEGIN" {
                    depth += 1
                    if depth == 1 { out.append(l) }
                    continue
                }
                if n == "END" {
                    depth -= 1
                    if depth == 0 {
                        if !wroteStatus { out.append("STATUS:CANCELLED") }
                        out.append(l)
                    }
                    continue
                }
                if depth != 1 { continue } // a cancelled event's alarms are dropped
                switch n {
                case "SEQUENCE": out.append("SEQUENCE:\(sequence + 1)")
                case "DTSTAMP": out.append("DTSTAMP:" + stamp)
                case "STATUS": out.append("STATUS:CANCELLED"); wroteStatus = true
                default: out.append(l)
                }
            }
            return out
        }
    }

    public var components: [String: Component] = [:]
    /// UIDs in the order they stood.
    public var order: [String] = []

    static func name(_ line: String) -> String {
        let end = line.firstIndex(where: { $0 == ":" || $0 == ";" }) ?? line.endIndex
        return line[..<end].uppercased()
    }

    static func content(_ lines: [String]) -> [String] {
        lines.filter { let n = name($0); return n != "DTSTAMP" && n != "SEQUENCE" }
    }

    /// Reads an exported calendar: unfolds lines, takes each top-level VEVENT and VTODO.
    public static func parse(_ bytes: [UInt8], file: String) throws -> PreviousCalendar {
        // Lines split on bytes: "\r\n" is one Character in Swift.
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var logical: [([UInt8], Int)] = []
        var lineNo = 0
        for physical in body.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNo += 1
            var l = physical
            if l.last == 0x0D { l = l.dropLast() }
            if let first = l.first, first == 0x20 || first == 0x09, !logical.isEmpty {
                logical[logical.count - 1].0 += l.dropFirst()
            } else if !l.isEmpty {
                logical.append((Array(l), lineNo))
            }
        }
        let lines = logical.map { (String(decoding: $0.0, as: UTF8.self), $0.1) }
        guard let first = lines.first, first.0.uppercased() == "BEGIN:VCALENDAR" else {
            throw WBError.data(L("this is not an iCalendar file (it does not start with BEGIN:VCALENDAR)"), at: SourceLocation(file: file, line: 1, column: 1))
        }
        var out = PreviousCalendar()
        var cur: [String] = []
        var curLines: [Int] = []
        var curStart = 0
        var depth = 0
        for (l, n) in lines {
            let upper = l.uppercased()
            if depth == 0 && (upper == "BEGIN:VEVENT" || upper == "BEGIN:VTODO") { depth = 1; cur = [l]; curLines = [n]; curStart = n; continue }
            guard depth > 0 else { continue }
            cur.append(l)
            curLines.append(n)
            if upper.hasPrefix("BEGIN:") { depth += 1 }
            if upper.hasPrefix("END:") { depth -= 1 }
            if depth == 0 {
                var c = Component(sequence: 0, content: content(cur), lines: cur, cancelled: false)
                var uid: String?
                var inner = 0
                for (x, xn) in zip(cur, curLines).dropFirst() {
                    let nm = name(x)
                    if nm == "BEGIN" { inner += 1; continue }
                    if nm == "END" { inner -= 1; continue }
                    guard inner == 0, let colon = x.firstIndex(of: ":") else { continue }
                    let v = String(x[x.index(after: colon)...])
                    switch nm {
                    case "UID": uid = v
                    case "SEQUENCE":
                        // RFC 5545 makes it an INTEGER (at most 2147483647), and the next
                        // export adds one: a larger value is refused, not wrapped.
                        guard let n = Int(v.trimmed), n >= 0, n < Int(Int32.max) else {
                            throw WBError.data(L("SEQUENCE '\(v)' is not a whole number below \(Int32.max) (RFC 5545's INTEGER, which the next export raises by one)"),
                                               at: SourceLocation(file: file, line: xn, column: 1))
                        }
                        c.sequence = n
                    case "STATUS": c.cancelled = v.uppercased() == "CANCELLED"
                    case "DTSTART":
                        let params = x[..<colon]
                        if let r = params.range(of: "TZID=") { c.tzid = String(params[r.upperBound...].prefix { $0 != ";" }) }
                        c.localStart = LocalDateTime(basic: v)
                    default: break
                    }
                }
                guard let uid else {
                    throw WBError.data(L("this event has no UID"), at: SourceLocation(file: file, line: curStart, column: 1))
                }
                if out.components[uid] == nil { out.order.append(uid) }
                out.components[uid] = c
            }
        }
        // A file cut short would hide the events past the cut: each would be sent
        // again at SEQUENCE 0, which a calendar that holds a later one ignores.
        if depth > 0 {
            throw WBError.data(L("the file ends inside the component that starts here: is it cut short? Give the whole last export"),
                               at: SourceLocation(file: file, line: curStart, column: 1))
        }
        if lines.last?.0.uppercased() != "END:VCALENDAR" {
            throw WBError.data(L("the file does not end with END:VCALENDAR: is it cut short? Give the whole last export"),
                               at: SourceLocation(file: file, line: lines.last?.1 ?? 1, column: 1))
        }
        return out
    }
}
