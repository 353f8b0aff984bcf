import Testing
@testable import WBCore

struct ContentLineTests {
    @Test func escapesTextSpecials() {
        #expect(ContentLine.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        #expect(ContentLine.escape("x\r\ny") == "x\\ny")
        // The byte-level escape agrees with the scalar rule it replaced, on random text
        // of specials, controls, C1 controls, line separators, kana and emoji.
        func reference(_ s: String) -> String {
            var out = "", lastCR = false
            for u in s.unicodeScalars {
                switch u {
                case "\\": out += "\\\\"
                case ";": out += "\\;"
                case ",": out += "\\,"
                case "\r": out += "\\n"
                case "\n": if !lastCR { out += "\\n" }
                case "\t": out.unicodeScalars.append(u)
                default:
                    if !(u.value < 0x20 || u.value == 0x7F || (u.value >= 0x80 && u.value < 0xA0) || u == "\u{2028}" || u == "\u{2029}") {
                        out.unicodeScalars.append(u)
                    }
                }
                lastCR = u == "\r"
            }
            return out
        }
        var rng = RoundTripProperties.RNG(state: 3)
        let pieces = ["a", ",", ";", "\\", "\r", "\n", "\r\n", "\t", "\u{1}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "é",
                      "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "\u{2080}", "計画", "😀", " "]
        for _ in 0..<3000 {
            let s = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            #expect(ContentLine.escape(s) == reference(s), "\(s.unicodeScalars.map(\.value))")
        }
    }

    @Test func controlCharactersCannotInjectProperties() {
        let hostile = "Title\r\nBEGIN:VEVENT\u{0}\u{7}\u{0B}\u{2028}X"
        let e = ContentLine.escape(hostile)
        #expect(!e.contains("\r") && !e.contains("\n") && !e.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" })
        #expect(ContentLine.unescape(e) == "Title\nBEGIN:VEVENTX")
    }

    /// Property: folded lines never exceed 75 octets, never split a UTF-8 sequence, and
    /// unfold to the original.
    @Test func foldingProperty() {
        var rng = RoundTripProperties.RNG(state: 42)
        let pieces = ["a", "日", "😀", "é", " ", ",", "ｱ"]
        for _ in 0..<2000 {
            let n = Int.random(in: 0...300, using: &rng)
            let value = (0..<n).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let line = "SUMMARY:" + value
            let folded = ContentLine.fold(line)
            var physical: [[UInt8]] = []
            var cur: [UInt8] = []
            var i = 0
            while i < folded.count {
                if folded[i] == 0x0D && i + 1 < folded.count && folded[i + 1] == 0x0A { physical.append(cur); cur = []; i += 2 } else { cur.append(folded[i]); i += 1 }
            }
            #expect(cur.isEmpty)
            for p in physical {
                #expect(p.count <= 75)
                #expect(String(validating: p, as: UTF8.self) != nil, "a fold split a UTF-8 sequence")
            }
            let unfolded = physical.enumerated().flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }
            #expect(unfolded == Array(line.utf8))
        }
    }
}

struct ZoneInfoTests {
    /// `TZ` names the zone as it stands, without its ':' or the database's directory;
    /// with no `TZ` the system's own setting (whatever it is, a name that loads).
    @Test func theSystemZoneFromTZOrTheSystem() throws {
        #expect(ZoneInfo.systemName(env: ["TZ": "Asia/Tokyo"]) == "Asia/Tokyo")
        #expect(ZoneInfo.systemName(env: ["TZ": ":Europe/Berlin"]) == "Europe/Berlin")
        #expect(ZoneInfo.systemName(env: ["TZ": ":/usr/share/zoneinfo/America/New_York"]) == "America/New_York")
        let system = ZoneInfo.systemName(env: ["TZ": ""])
        #expect(try ZoneInfo.load(system).name == system)
    }

    @Test func tokyoHasNoTransitions() throws {
        let z = try ZoneInfo.load("Asia/Tokyo")
        #expect(z.transitions(from: 1_767_225_600, to: 1_830_297_600).isEmpty)
        #expect(z.type(atUTC: 1_800_000_000).offset == 9 * 3600)
    }

    @Test func newYorkChangesOnTheSecondSundayOfMarch() throws {
        let z = try ZoneInfo.load("America/New_York")
        let t = z.transitions(from: 1_798_761_600, to: 1_830_297_600) // 2027
        #expect(t.count == 2)
        #expect(LocalDateTime(seconds: t[0].at).iso == "2027-03-14T07:00")
        #expect(t[0].to.offset == -4 * 3600 && t[0].to.abbr == "EDT")
        #expect(LocalDateTime(seconds: t[1].at).iso == "2027-11-07T06:00")
    }

    /// Far past the file's explicit transitions, the POSIX footer rule takes over.
    @Test func footerRuleBeyond2037() throws {
        let z = try ZoneInfo.load("Europe/Berlin")
        let y2050 = CivilDate(2050, 7, 1)!.days * 86400
        #expect(z.type(atUTC: y2050).offset == 7200)
        #expect(z.type(atUTC: CivilDate(2050, 1, 1)!.days * 86400).offset == 3600)
    }

    @Test func localToUTCInGapsAndOverlaps() throws {
        let z = try ZoneInfo.load("America/New_York")
        let tenAM = LocalDateTime(CivilDate(2027, 3, 15)!, TimeOfDay(10, 0)!)
        #expect(z.utc(tenAM) == tenAM.seconds + 4 * 3600)
        // 02:30 on 2027-03-14 does not exist: read with the offset before the gap.
        let gap = LocalDateTime(CivilDate(2027, 3, 14)!, TimeOfDay(2, 30)!)
        #expect(z.utc(gap) == gap.seconds + 5 * 3600)
        // 01:30 on 2027-11-07 happens twice: the earlier instant.
        let overlap = LocalDateTime(CivilDate(2027, 11, 7)!, TimeOfDay(1, 30)!)
        #expect(z.utc(overlap) == overlap.seconds + 4 * 3600)
    }

    /// Zones as people write them are the zone they mean, under its IANA name (the
    /// calendar's TZID): the city, the name in any letter case, JST and 日本 for Tokyo.
    @Test func zonesAsPeopleWriteThem() throws {
        for (w, name) in [("JST", "Asia/Tokyo"), ("jst", "Asia/Tokyo"), ("Tokyo", "Asia/Tokyo"), ("日本", "Asia/Tokyo"), ("asia/tokyo", "Asia/Tokyo"),
                          ("new york", "America/New_York"), ("America/new_york", "America/New_York"), ("utc", "UTC"), ("JST-9", "Asia/Tokyo"), ("Ｔｏｋｙｏ", "Asia/Tokyo")] {
            #expect(try ZoneInfo.load(w).name == name, "\(w)")
        }
        // A city in no zone's name, or in two, is no zone.
        #expect(ZoneInfo.resolve("Springfield", directory: ZoneInfo.directory) == nil)
        #expect(ZoneInfo.zoneNames(ZoneInfo.directory).contains("Asia/Tokyo"))
        #expect(!ZoneInfo.zoneNames(ZoneInfo.directory).contains { $0.hasPrefix("posix/") || $0.hasPrefix("right/") })
    }

    @Test(arguments: ["Asia/Tokio", "../etc/passwd", "", "/etc/localtime", "Not a zone"])
    func unknownZones(_ name: String) {
        #expect(throws: WBError.self) { try ZoneInfo.load(name) }
    }

    @Test func posixRuleParsing() {
        let r = PosixRule.parse("EST5EDT,M3.2.0,M11.1.0")
        #expect(r?.std.offset == -18000 && r?.dst?.type.offset == -14400)
        #expect(PosixRule.parse("<+09>-9")?.std.offset == 32400)
        #expect(PosixRule.parse("AEST-10AEDT,M10.1.0,M4.1.0/3")?.dst?.end.time == 10800)
    }
}

struct UIDTests {
    @Test func uidsComeFromNameIDAndKindOnly() {
        #expect(UID.make(plan: "Launch plan", kind: "milestone", id: "M1") == "milestone-_4d1._4caunch_20plan@wb")
        // Injective: case, punctuation and spaces are escaped, never folded.
        let ids = ["T1", "t1", "T-1", "T_1", "T 1", "T.1", "T1.x", "Ｔ１", "_541"]
        let uids = Set(ids.map { UID.make(plan: "Launch plan", kind: "task", id: $0) })
        #expect(uids.count == ids.count)
        let plans = ["Launch plan", "launch_plan", "launch-plan", "Launch Plan", "launch.plan"]
        #expect(Set(plans.map { UID.make(plan: $0, kind: "task", id: "T1") }).count == plans.count)
        #expect(Set(plans.map { UID.make(plan: $0, kind: "task", id: "T1").lowercased() }).count == plans.count)
        #expect(UID.make(plan: "p", kind: "task", id: "1.p") != UID.make(plan: "1.p", kind: "task", id: "p"))
        let ja = UID.make(plan: "ローンチ計画", kind: "task", id: "T1")
        #expect(ja == UID.make(plan: "ローンチ計画", kind: "task", id: "T1"))
        #expect(ja != UID.make(plan: "別の計画", kind: "task", id: "T1"))
        #expect(ja.unicodeScalars.allSatisfy { $0.isASCII })
    }
}

/// A plan of several teams as one calendar (`PlanCalendar.events`), without the CLI:
/// each team's events carry the team in their UIDs and titles, each team's meeting
/// starts from its own start, and the Day 2 session is the room's, once.
struct PlanCalendarPartsTests {
    static func milestones(_ date: String) throws -> MilestoneTable {
        let text = "id,name,date\nM1,a,\(date)\nM2,b,2026-09-15\nM3,c,2026-11-30\nM4,d,2026-12-25\n"
        let t = try Table.read(TableReader(source: ByteSource(name: "m.csv", bytes: Array(text.utf8))))
        return try MilestoneTable(t, dates: DateContext(year: 2026))
    }

    @Test func eachTeamItsEventsAndOneAgenda() throws {
        var o = PlanCalendar.Options(today: CivilDate(2026, 6, 1)!)
        o.meeting = try MeetingSpec.parse("mon 10:00")
        o.teamInTitles = true
        o.agenda = (LocalDateTime(CivilDate(2026, 6, 2)!, TimeOfDay(9, 0)!), [20, 20, 20, 20, 10])
        let parts = [PlanCalendar.Part(milestones: try Self.milestones("2026-07-31"), tasks: nil, team: ("a", "さくら"), start: CivilDate(2026, 7, 1)),
                     PlanCalendar.Part(milestones: try Self.milestones("2026-08-31"), tasks: nil, team: ("b", "Harbor"), start: CivilDate(2026, 8, 3))]
        let (events, _) = try PlanCalendar.events(parts, roles: Plan.roles, dates: DateContext(year: 2026), options: o)
        let uids = events.map(\.uid)
        #expect(Set(uids).count == uids.count)
        let meetings = events.filter { $0.kind == "meeting" }
        #expect(meetings.count == 2 && meetings[0].uid != meetings[1].uid)
        #expect(meetings[0].summary.contains("さくら") && meetings[1].summary.contains("Harbor"))
        guard case .timed(let first, _) = meetings[0].when, case .timed(let second, _) = meetings[1].when else { Issue.record("untimed"); return }
        #expect(first.date >= CivilDate(2026, 7, 1)! && second.date >= CivilDate(2026, 8, 3)! && first.date < second.date)
        // Ten Day 2 blocks (five phases, five planning steps), once for the room.
        #expect(events.filter { $0.kind == "agenda" }.count == 10)
        let one = try PlanCalendar.events([parts[0]], roles: Plan.roles, dates: DateContext(year: 2026), options: o)
        #expect(one.events.filter { $0.kind == "agenda" }.count == 10)
    }

    /// A milestone without a date is left out, with a warning at its empty date field.
    @Test func anUndatedMilestoneIsNamedAtItsDate() throws {
        let t = try Table.read(TableReader(source: ByteSource(name: "m.csv", bytes: Array("id,name,date\nM1,a,2026-07-31\nM2,ファン,\n".utf8))))
        let mt = try MilestoneTable(t, dates: DateContext(year: 2026))
        let (events, warnings) = try PlanCalendar.events([PlanCalendar.Part(milestones: mt, tasks: nil, team: nil)], roles: Plan.roles,
                                                        dates: DateContext(year: 2026), options: PlanCalendar.Options(today: CivilDate(2026, 6, 1)!))
        #expect(!events.contains { $0.summary.contains("M2") })
        #expect(warnings.map(\.location) == [SourceLocation(file: "m.csv", line: 3, column: 8)])
    }
}

/// Each team its own progress meeting (`さくら=木 10:00`), the one without a team for
/// the others; read from --meeting given several times or from one settings cell.
struct TeamMeetingsTests {
    @Test func eachTeamItsOwnAndTheOthersTheShared() throws {
        let m = try TeamMeetings.parse(["さくら=木 10:00", "Harbor＝隔週火曜 9:00 45m;\nmon 10:00；"])
        #expect(m.shared == (try MeetingSpec.parse("mon 10:00")) && m.sharedText == "mon 10:00")
        #expect(m.byTeam.map(\.team) == ["さくら", "Harbor"] && m.byTeam[1].spec.weeks == 2 && m.byTeam[1].spec.minutes == 45)
        let teams = Teams(declared: try Teams.parseDeclarations("sakura:さくら:Sakura"))
        // A declared team is found by any of its names; a team not named has the shared one.
        #expect(m.spec(forTeam: teams.key("Sakura"), teams: teams)?.weekday == 4)
        #expect(m.spec(forTeam: teams.key("harbor"), teams: teams)?.weeks == 2)
        #expect(m.spec(forTeam: teams.key("かえで"), teams: teams)?.weekday == 1 && m.spec(forTeam: nil, teams: teams)?.weekday == 1)
        #expect(m.unknownTeams(among: [teams.key("sakura"), teams.key("かえで")], teams: teams) == ["Harbor"])
        #expect(try TeamMeetings.parse(["Harbor=tue 9:00"]).spec(forTeam: "さくら", teams: Teams()) == nil)
        #expect(try TeamMeetings.parse([]).all.isEmpty && TeamMeetings.parse([" ; "]).all.isEmpty)
        // Around a Saturday (2026-07-11): さくら met on Thursday (2 days back), Harbor every
        // other Tuesday from 07-07 (4 days back, next 07-21), かえで on Monday by the
        // shared meeting; a team with neither is left out.
        let held = m.held(around: CivilDate(2026, 7, 11)!, keys: ["sakura", "harbor", "かえで"].map(teams.key), teams: teams,
                          daysOff: DaysOff(japan: false), every: 1, first: CivilDate(2026, 7, 7))
        #expect(held[teams.key("さくら")].map { "\($0.since) \($0.next.iso)" } == "2 2026-07-16")
        #expect(held[teams.key("Harbor")].map { "\($0.since) \($0.next.iso)" } == "4 2026-07-21")
        #expect(held[teams.key("かえで")].map { "\($0.since) \($0.next.iso)" } == "5 2026-07-13")
        #expect(try TeamMeetings.parse(["さくら=木 10:00"]).held(around: CivilDate(2026, 7, 11)!, keys: ["b"], teams: Teams(),
                                                              daysOff: DaysOff(japan: false), every: 1, first: nil).isEmpty)
        Lang.$current.withValue(.en) {
            for (v, says) in [(["mon 10:00", "tue 10:00"], "two meetings for every team, 'mon 10:00' and 'tue 10:00'"),
                              (["=mon 10:00"], "names no team before ="),
                              (["さくら=木 10:00; さくら = 金 10:00"], "team さくら's meeting is given twice"),
                              (["さくら=毎週"], "team さくら: write the weekday, time and length")] {
                do throws(DateError) { _ = try TeamMeetings.parse(v); Issue.record("\(v) read") } catch {
                    #expect(error.message.contains(says), "\(v): \(error.message)")
                }
            }
        }
        // In the calendar, each team's part has its own; the other, the shared one.
        var o = PlanCalendar.Options(today: CivilDate(2026, 6, 1)!)
        o.meeting = m.shared
        o.teamMeetings = ["a": try MeetingSpec.parse("隔週木曜 10:00")]
        let parts = [PlanCalendar.Part(milestones: try PlanCalendarPartsTests.milestones("2026-07-31"), tasks: nil, team: ("a", "さくら"), start: CivilDate(2026, 7, 1)),
                     PlanCalendar.Part(milestones: try PlanCalendarPartsTests.milestones("2026-08-31"), tasks: nil, team: ("b", "Harbor"), start: CivilDate(2026, 8, 3))]
        let meetings = try PlanCalendar.events(parts, roles: Plan.roles, dates: DateContext(year: 2026), options: o).events.filter { $0.kind == "meeting" }
        #expect(meetings.map { $0.recurrence?.interval } == [2, 1])
        guard case .timed(let a, _) = meetings[0].when, case .timed(let b, _) = meetings[1].when else { Issue.record("untimed"); return }
        #expect(a.date == CivilDate(2026, 7, 2) && b.date == CivilDate(2026, 8, 10))
    }
}

/// A team's own time zone (`Harbor=America/Los_Angeles`) beside the plan's: read from
/// --tz given several times or one settings cell; the team's meeting and reports are
/// at its local time, in a VTIMEZONE of their own; Japan's holidays by its zone.
struct TeamZonesTests {
    @Test func eachTeamItsOwnAndTheOthersThePlans() throws {
        let z = try TeamZones.parse(["Asia/Tokyo", "Harbor＝America/Los_Angeles;\nかえで=Europe/Berlin；"])
        #expect(z.shared?.name == "Asia/Tokyo" && z.byTeam.map(\.team) == ["Harbor", "かえで"])
        let teams = Teams(declared: try Teams.parseDeclarations("harbor:ハーバー:Harbor"))
        // A declared team is found by any of its names; a team not named has the plan's.
        #expect(z.zone(forTeam: teams.key("ハーバー"), teams: teams)?.name == "America/Los_Angeles")
        #expect(z.zone(forTeam: teams.key("さくら"), teams: teams)?.name == "Asia/Tokyo" && z.zone(forTeam: nil, teams: teams)?.name == "Asia/Tokyo")
        #expect(z.byKey(teams).mapValues(\.name) == [teams.key("Harbor"): "America/Los_Angeles", teams.key("かえで"): "Europe/Berlin"])
        #expect(z.unknownTeams(among: [teams.key("harbor")], teams: teams) == ["かえで"])
        #expect(try TeamZones.parse(["Harbor=UTC"]).zone(forTeam: "さくら", teams: Teams()) == nil)
        #expect(try TeamZones.parse([]).shared == nil && TeamZones.parse([" ; "]).byTeam.isEmpty)
        Lang.$current.withValue(.en) {
            for (v, says) in [(["Asia/Tokyo", "UTC"], "two time zones for the plan, 'Asia/Tokyo' and 'UTC'"),
                              (["=UTC"], "names no team before ="),
                              (["Harbor=UTC; harbor = UTC"], "team harbor's time zone is given twice"),
                              (["Harbor=Mars/Base"], "team Harbor: unknown time zone 'Mars/Base'"),
                              (["Mars/Base"], "unknown time zone 'Mars/Base'")] {
                do throws(DateError) { _ = try TeamZones.parse(v); Issue.record("\(v) read") } catch {
                    #expect(error.message.contains(says), "\(v): \(error.message)")
                }
            }
        }
        // Japan's holidays by the team's zone: Marine Day is a day off in Tokyo only.
        var off = DaysOff(japan: true)
        off.japanByTeam = ["harbor": false, "tokyo-team": true]
        let marine = CivilDate(2026, 7, 20)!
        #expect(!off.forTeam("harbor").isOff(marine) && off.forTeam("さくら").isOff(marine) && off.forTeam(nil).isOff(marine))
        #expect(off.teamHasOwn("harbor") && !off.teamHasOwn("tokyo-team") && !off.teamHasOwn("さくら"))
    }

    @Test func aTeamsEventsAtItsLocalTimeInAVTimezoneOfTheirOwn() throws {
        var o = PlanCalendar.Options(today: CivilDate(2026, 6, 1)!)
        o.meeting = try MeetingSpec.parse("tue 9:00 45m")
        o.teamZones = ["b": try ZoneInfo.load("America/Los_Angeles")]
        let parts = [PlanCalendar.Part(milestones: try PlanCalendarPartsTests.milestones("2026-07-31"), tasks: nil, team: ("a", "さくら"), start: CivilDate(2026, 7, 1)),
                     PlanCalendar.Part(milestones: try PlanCalendarPartsTests.milestones("2026-08-31"), tasks: nil, team: ("b", "Harbor"), start: CivilDate(2026, 8, 3))]
        let events = try PlanCalendar.events(parts, roles: Plan.roles, dates: DateContext(year: 2026), options: o).events
        // Harbor's timed events are in its zone; さくら's and every all-day one in the calendar's.
        for e in events {
            let timed: Bool
            if case .timed = e.when { timed = true } else { timed = false }
            #expect(e.zone?.name == (timed && e.uid.contains(".b.") ? "America/Los_Angeles" : nil), "\(e.uid)")
        }
        let w = CalendarWriter(zone: try ZoneInfo.load("Asia/Tokyo"), name: "p", organizer: "p@wb", stamp: "20260601T000000Z")
        let out = Output.memory()
        _ = w.write(events, to: out)
        try out.flush()
        let text = out.capturedString.replacingOccurrences(of: "\r\n ", with: "")
        #expect(text.components(separatedBy: "BEGIN:VTIMEZONE\r\nTZID:").dropFirst().map { $0.prefix { $0 != "\r\n" } } == ["Asia/Tokyo", "America/Los_Angeles"])
        #expect(text.contains("X-WR-TIMEZONE:Asia/Tokyo\r\n"))
        // Harbor's Tuesdays at 09:00 in Los Angeles, until M4's day at that time in UTC
        // (PST by then); さくら's at 09:00 in Tokyo.
        #expect(text.contains("DTSTART;TZID=America/Los_Angeles:20260804T090000\r\n"))
        #expect(text.contains("RRULE:FREQ=WEEKLY;UNTIL=20261225T170000Z;BYDAY=TU\r\n"))
        #expect(text.contains("RRULE:FREQ=WEEKLY;UNTIL=20261225T000000Z;BYDAY=TU\r\n"))
        #expect(text.contains("DTSTART;TZID=Asia/Tokyo:20260707T090000\r\n"))
        // The list says each timed event's zone in a last column, only when they differ.
        let list = Output.memory()
        PlanCalendar.writeList(events, zone: try ZoneInfo.load("Asia/Tokyo"), to: TableWriter(list, WriteOptions(format: .csv)))
        try list.flush()
        let rows = list.capturedString.split(separator: "\n")
        #expect(rows.first == "kind,uid,summary,start,end,rule,tz")
        #expect(rows.contains { $0.hasPrefix("meeting,meeting-progress.b.") && $0.hasSuffix(",America/Los_Angeles") })
        #expect(rows.contains { $0.hasPrefix("milestone,") && $0.hasSuffix(",") })
        let one = Output.memory()
        PlanCalendar.writeList(events.filter { $0.zone == nil }, zone: try ZoneInfo.load("Asia/Tokyo"), to: TableWriter(one, WriteOptions(format: .csv)))
        try one.flush()
        #expect(one.capturedString.hasPrefix("kind,uid,summary,start,end,rule\n"))
    }
}

/// The meeting of a plan in Japan skips its holidays and year-end days (EXDATE at the
/// meeting's time); elsewhere, and with no days off, it meets every week.
struct MeetingHolidaysTests {
    @Test func aMondayMeetingSkipsJapansHolidays() throws {
        var o = PlanCalendar.Options(today: CivilDate(2026, 6, 1)!)
        o.meeting = try MeetingSpec.parse("mon 10:00")
        let part = PlanCalendar.Part(milestones: try PlanCalendarPartsTests.milestones("2026-07-31"), tasks: nil, team: nil, start: CivilDate(2026, 7, 1))
        func meeting(_ off: DaysOff?) throws -> CalendarEvent {
            o.daysOff = off
            return try PlanCalendar.events([part], roles: Plan.roles, dates: DateContext(year: 2026), options: o).events.first { $0.kind == "meeting" }!
        }
        let tokyo = try meeting(DaysOff(japan: true))
        #expect(tokyo.except.map(\.date.iso) == ["2026-07-20", "2026-09-21", "2026-10-12", "2026-11-23"])
        #expect(tokyo.except.allSatisfy { $0.time == TimeOfDay(10, 0)! })
        #expect(try meeting(DaysOff(japan: false)).except.isEmpty && meeting(nil).except.isEmpty)
        // Anywhere, the team's own days off: a Monday of the summer break, not the Sunday.
        let summer = try meeting(DaysOff(japan: false, team: [CivilDate(2026, 8, 9)!...CivilDate(2026, 8, 17)!]))
        #expect(summer.except.map(\.date.iso) == ["2026-08-10", "2026-08-17"])
        // Written as one EXDATE in the meeting's zone, after its RRULE.
        let w = CalendarWriter(zone: try ZoneInfo.load("Asia/Tokyo"), name: "p", organizer: "p@wb", stamp: "20260601T000000Z")
        let out = Output.memory()
        _ = w.write([tokyo], to: out)
        try out.flush()
        let text = out.capturedString.replacingOccurrences(of: "\r\n ", with: "")
        #expect(text.contains("\r\nEXDATE;TZID=Asia/Tokyo:20260720T100000,20260921T100000,20261012T100000,20261123T100000\r\n"))
    }
}

/// The parts of a plan's calendar (`PlanCalendar.parts`), without the CLI: the
/// shipped plan of three teams is a part per team, each from its own start, titled with
/// the team; `--team` keeps one; a plan of no teams is one part.
struct PlanCalendarSplitTests {
    static func table(_ path: String) throws -> Table {
        try Table.read(TableReader(path: path, stdinFD: -1, options: ReadOptions()))
    }

    @Test func aPartPerTeamOrOne() throws {
        let root = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let ctx = DateContext(year: 2026)
        let m = try MilestoneTable(Self.table("/\(root)/share/wb/teams-milestones.csv"), dates: ctx)
        let tasks = try Self.table("/\(root)/share/wb/teams-plan.csv")
        let split = try PlanCalendar.parts(milestones: m, tasks: tasks, team: nil, teams: Teams(), dates: ctx, start: nil)
        #expect(split.teamInTitles && split.parts.count == 3)
        #expect(split.parts.map { $0.team?.name } == ["さくら", "かえで", "Harbor"])
        // Each team from its own start: one month before its own M1.
        #expect(split.parts.map(\.start) == split.parts.map { $0.milestones.set.date(of: "M1")?.adding(months: -1) })
        #expect(split.parts.map { $0.tasks!.rows.count }.reduce(0, +) == tasks.rows.count)
        // Given the plan's start, every team starts there.
        let started = try PlanCalendar.parts(milestones: m, tasks: tasks, team: nil, teams: Teams(), dates: ctx, start: CivilDate(2026, 6, 1))
        #expect(started.parts.allSatisfy { $0.start == CivilDate(2026, 6, 1) })
        // --team: one part, its titles left alone.
        let one = try PlanCalendar.parts(milestones: m, tasks: tasks, team: ("harbor", "Harbor"), teams: Teams(), dates: ctx, start: nil)
        #expect(!one.teamInTitles && one.parts.count == 1 && one.parts[0].team?.key == "harbor")
        // No teams: one part, no team.
        let plain = try PlanCalendar.parts(milestones: PlanCalendarPartsTests.milestones("2026-07-31"), tasks: nil, team: nil, teams: Teams(), dates: ctx, start: nil)
        #expect(!plain.teamInTitles && plain.parts.count == 1 && plain.parts[0].team == nil)
    }
}

/// Alarms as people say them: an event's `1時間前`, a task's `前日 18:00`, `当日8時`.
struct AlarmWordsTests {
    @Test func alarmsBeforeTheEvent() throws {
        for (s, m) in [("15m", 15), ("1時間前", 60), ("15 minutes before", 15), ("1h30m", 90), ("３０分前", 30)] {
            #expect(try CalendarWriter.alarm(s) == m, "\(s)")
        }
        for s in ["前", "before", "soon"] { #expect(throws: DateError.self, "\(s)") { try CalendarWriter.alarm(s) } }
    }

    @Test func taskAlarmsOnTheDayBeforeOrTheDay() throws {
        for (s, d, h, m) in [("前日", 1, 9, 0), ("前日 18:00", 1, 18, 0), ("前日の18時", 1, 18, 0), ("当日8時", 0, 8, 0), ("2日前@8:30", 2, 8, 30), ("1d", 1, 9, 0)] {
            let a = try #require(try CalendarWriter.taskAlarm(s), "\(s)")
            #expect(a.days == d && a.time == TimeOfDay(h, m)!, "\(s)")
        }
        #expect(try CalendarWriter.taskAlarm("翌日") == nil)
    }
}

/// A people table as teams keep one: its columns under the names people give them
/// (氏名 and Eメール, Member and E-mail Address), each owner's e-mail by name.
struct PeopleTableTests {
    static func people(_ text: String) throws -> [String: String] {
        try PlanCalendar.people(Table.read(TableReader(source: ByteSource(name: "p.csv", bytes: Array(text.utf8)))))
    }

    @Test func columnsUnderTheirUsualNames() throws {
        for header in ["name,email", "氏名,Eメール", "名前,メールアドレス", "Member,E-mail Address", "担当者,Mail"] {
            #expect(try Self.people("\(header)\n佐藤,sato@example.com\n") == ["佐藤".matchKey: "sato@example.com"], "\(header)")
        }
        #expect(throws: WBError.self) { try Self.people("who,where\n佐藤,sato@example.com\n") }
        #expect(throws: WBError.self) { try Self.people("name,email\n佐藤,sato\n") }
    }
}

/// The small texts every component repeats, made without the character-by-character
/// ways they were first made by.
struct CalendarTextTests {
    @Test func aDatesBasicFormIsItsISOFormWithoutDashes() throws {
        for y in [1, 9, 10, 99, 100, 999, 1000, 1970, 2026, 9999] {
            for (m, d) in [(1, 1), (2, 28), (7, 31), (10, 5), (12, 31)] {
                let date = try #require(CivilDate(y, m, d))
                #expect(date.basic == String(date.iso.filter { $0 != "-" }))
                #expect(date.basic.utf8.count == 8)
            }
        }
    }

    @Test func aTodosLineBreaksBecomeSpacesButCRLFStaysOneCharacter() {
        #expect("a\nb\n".replacingOccurrences("\n", " ") == "a b ")
        #expect("モック\n(SSO 対応)\n\n".replacingOccurrences("\n", " / ") == "モック / (SSO 対応) /  / ")
        #expect("none".replacingOccurrences("\n", " ") == "none")
        // With a CR the text is searched by characters, where CR LF is one.
        #expect("a\r\nb\nc".replacingOccurrences("\n", " ") == "a\r\nb c")
    }
}
