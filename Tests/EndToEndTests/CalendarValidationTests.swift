import Foundation
import Testing

/// wb-ics output held against independent third-party parsers (../shared/tools/ics-check).
/// In CI (CI=true) a missing checker is a failure; elsewhere the tests say why they skip.
struct CalendarValidationTests {
    static let checker = Harness.sharedTools + "/ics-check/ics-check"
    static let home = ProcessInfo.processInfo.environment["WB_ICS_CHECK_HOME"] ?? (NSHomeDirectory() + "/.cache/wb-ics-check")
    static var python: String { home + "/venv/bin/python" }

    static func available() -> Bool {
        let ok = FileManager.default.isExecutableFile(atPath: checker) && FileManager.default.isExecutableFile(atPath: python)
        if !ok && ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("ics-check is not installed (run ../shared/tools/ics-check/install); CI must install it")
        }
        return ok
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let cmd: String
        let expect: [String]
        /// Also import into khal (`ics-check --all`).
        var all = false
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "tokyo weekly from init", cmd: "wb-milestones init --start 2026-12-01 | wb-ics --tz Asia/Tokyo --meeting 'mon 10:00 30m'",
             // 26 Mondays to M4, less 2027-01-11, 03-22 and 05-03, Japan's holidays (EXDATE).
             expect: ["meeting-progress.wb_20plan@wb=23", "report-_4d1.wb_20plan@wb=1"]),
        Case(name: "new york across DST", cmd: "wb-milestones init --start 2026-12-01 | wb-ics --tz America/New_York --meeting 'mon 10:00 30m'",
             expect: ["meeting-progress.wb_20plan@wb=26"]),
        Case(name: "berlin with tasks, alarm, kickoff", cmd: "wb-ics --tz Europe/Berlin --meeting 'tue 9:00 1h' --alarm 15m --kickoff 2026-07-02T10:00 --tasks share/wb/sample-plan.csv share/wb/sample-milestones.csv",
             expect: ["task-_541.wb_20plan@wb=1", "kickoff-1.wb_20plan@wb=1"]),
        Case(name: "tasks as VTODO", cmd: "wb-ics --tz Asia/Tokyo --tasks share/wb/sample-plan.csv --tasks-as todo --sequence 2 share/wb/sample-milestones.csv", expect: []),
        Case(name: "every two weeks, UTC", cmd: "wb-ics --tz UTC --meeting 'fri 17:00 45m' --meeting-every 2w --start 2026-07-01 share/wb/sample-milestones.csv",
             expect: ["meeting-progress.wb_20plan@wb=13"]),
        Case(name: "monthly, on the second monday", cmd: "wb-milestones init --start 2026-12-01 | wb-ics --tz Asia/Tokyo --meeting '毎月第2月曜 10:00'",
             // 2026-12-14 to 2027-05-10, less 2027-01-11 (成人の日, EXDATE).
             expect: ["meeting-progress.wb_20plan@wb=5"], all: true),
        Case(name: "monthly, on the last friday", cmd: "wb-milestones init --start 2026-12-01 | wb-ics --tz America/New_York --meeting 'last fri 16:00 1h'",
             // 2026-12-25 to 2027-05-28, across the change to summer time.
             expect: ["meeting-progress.wb_20plan@wb=6"], all: true),
        Case(name: "twice a month, on the second and fourth mondays", cmd: "wb-milestones init --start 2026-12-01 | wb-ics --tz Asia/Tokyo --meeting '毎月第2・第4月曜 10:00'",
             // 2026-12-14 to 2027-05-24 (BYDAY=2MO,4MO), less 2027-01-11 (成人の日) and
             // 03-22 (春分の日's substitute), EXDATE.
             expect: ["meeting-progress.wb_20plan@wb=10"], all: true),
        Case(name: "agenda", cmd: "wb-ics --tz Asia/Tokyo --agenda 2026-07-01T13:00 --phases 20,20,10,20,20 --no-reports share/wb/sample-milestones.csv",
             expect: ["agenda-9.wb_20plan@wb=1"]),
        Case(name: "hostile text", cmd: "printf 'id,name,date\\nM1,\"a,b;c\\\\\\\\d\\nBEGIN:VEVENT\\nX\",2026-07-31\\n' | wb-ics --tz Asia/Tokyo --name 'Team; \"X\", 日本'",
             expect: []),
        Case(name: "previous export: changed, done and cancelled",
             cmd: "cp share/wb/sample-plan.csv p.csv && wb-ics --tz Asia/Tokyo --meeting 'mon 10:00 30m' --tasks p.csv share/wb/sample-milestones.csv > v1.ics && grep -v '^T5,' p.csv > p2.csv && wb-tasks set T3 --status done -i p2.csv && sed 's/2026-09-15/2026-09-18/' share/wb/sample-milestones.csv > m2.csv && wb-ics --tz Asia/Tokyo --meeting 'mon 10:00 30m' --tasks p2.csv --previous v1.ics m2.csv",
             expect: ["task-_545.wb_20plan@wb=1", "milestone-_4d2.wb_20plan@wb=1"], all: true),
        Case(name: "personal calendar with attendees and task reminders",
             cmd: "printf 'name,email\\n佐藤,sato@example.com\\n' > people.csv && wb-ics --tz Asia/Tokyo --meeting 'mon 10:00 30m' --tasks share/wb/sample-plan.csv --owner 佐藤 --people people.csv --task-alarm 1d share/wb/sample-milestones.csv",
             expect: ["task-_542.wb_20plan@wb=1"], all: true),
        Case(name: "teams in two time zones",
             cmd: "wb-ics --tz 'Asia/Tokyo; Harbor=America/Los_Angeles' --meeting 'mon 10:00 30m' --meeting 'Harbor=tue 9:00 45m' --tasks share/wb/teams-plan.csv share/wb/teams-milestones.csv",
             // Harbor's Tuesdays from 2026-07-14 to M4 (2027-01-15), none skipped: Japan's
             // holidays are not its days off in Los Angeles.
             expect: ["meeting-progress.harbor.wb_20plan@wb=27", "report-_4d4.harbor.wb_20plan@wb=1"], all: true),
        Case(name: "a team's zone gone since the last export: its cancelled events keep their VTIMEZONE",
             cmd: "wb-ics --tz 'Asia/Tokyo; Harbor=America/Los_Angeles' --meeting 'mon 10:00 30m' share/wb/teams-milestones.csv > v1.ics && wb-ics --tz Asia/Tokyo --meeting 'mon 10:00 30m' --no-reports --previous v1.ics share/wb/teams-milestones.csv",
             expect: ["report-_4d1.harbor.wb_20plan@wb=1"], all: true),
        Case(name: "to-dos with reminders before their due date",
             cmd: "wb-ics --tz Asia/Tokyo --tasks share/wb/sample-plan.csv --tasks-as todo --task-alarm 2d@08:30 share/wb/sample-milestones.csv",
             expect: [], all: true),
    ]

    @Test("ics-check passes", arguments: cases)
    func validates(_ c: Case) throws {
        guard Self.available() else { return }
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gen = try Harness.sh(c.cmd + " > out.ics", in: dir)
        #expect(gen.status == 0, "\(gen.err)")
        let expects = c.expect.map { "--expect '\($0)'" }.joined(separator: " ")
        let khal = c.all && ((try? Harness.sh("command -v khal", in: dir))?.status ?? 1) == 0
        let r = try Harness.sh("\(Self.checker) \(khal ? "--all " : "")\(expects) out.ics", in: dir)
        #expect(r.status == 0, "\(r.out)\(r.err)")
    }

    /// Every zone in the system's tzdb (aliases included): the embedded VTIMEZONE, read
    /// by python-dateutil's own parser, gives the system's UTC offset at every change
    /// over two years and every six hours between (zones/vtimezone_vs_tzdb.py). Catches
    /// rules with hours outside 0-24 (Asia/Jerusalem, America/Santiago, Africa/Cairo...)
    /// and negative DST (Europe/Dublin, Africa/Casablanca).
    @Test func everyZoneAgreesWithTheSystemRules() throws {
        guard Self.available() else { return }
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = Harness.root.appendingPathComponent("Tests/EndToEndTests/zones/vtimezone_vs_tzdb.py").path
        let r = try Harness.sh("\(Self.python) '\(script)'", in: dir)
        #expect(r.status == 0, "\(r.out)\(r.err)")
        let summary = r.out.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasPrefix("zones: ") && summary.hasSuffix(" checked, 0 disagree"), "\(r.out)")
        let checked = Int(summary.split(separator: " ").dropFirst().first ?? "") ?? 0
        #expect(checked > 400, "only \(checked) zones found")
    }

    /// Every occurrence of the weekly 10:00 meeting is at 10:00 New York time, before and
    /// after the change to daylight saving time (2027-03-14), as a third-party parser expands it.
    @Test func weeklyMeetingStaysAtLocalTimeAcrossDST() throws {
        guard Self.available() else { return }
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Harness.sh("wb-milestones init --start 2026-12-01 | wb-ics --tz America/New_York --meeting 'mon 10:00 30m' > ny.ics", in: dir)
        let py = """
        import icalendar, recurring_ical_events, collections
        cal = icalendar.Calendar.from_ical(open('ny.ics','rb').read())
        occ = [o for o in recurring_ical_events.of(cal).between((2026,1,1),(2028,1,1)) if str(o['UID']).startswith('meeting')]
        offs = collections.Counter(o['DTSTART'].dt.utcoffset().total_seconds()//3600 for o in occ)
        print(len(occ), sorted(set(o['DTSTART'].dt.strftime('%H:%M %a') for o in occ)), sorted(offs.items()))
        """
        let r = try Harness.sh("\(Self.python) -c \"$PY\"", in: dir, env: ["PY": py])
        #expect(r.out == "26 ['10:00 Mon'] [(-5.0, 14), (-4.0, 12)]\n", "\(r.out)\(r.err)")
    }

    /// Text with `,;\` and a newline comes back unchanged through python icalendar; a
    /// 200-character Japanese name folds into lines of at most 75 octets.
    @Test func escapingAndFoldingRoundTripThroughAParser() throws {
        guard Self.available() else { return }
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let long = String(repeating: "日本語のマイルストン名", count: 20)
        let table = "id,name,date\nM1,\"a,b;c\\\\d\nnext line\",2026-07-31\nM2,\(long),2026-09-15\n"
        try table.write(to: dir.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        _ = try Harness.sh("wb-ics --tz Asia/Tokyo --no-reports m.csv > t.ics", in: dir)
        let bytes = try Data(contentsOf: dir.appendingPathComponent("t.ics"))
        for line in bytes.split(separator: 0x0A) {
            #expect(line.count <= 76, "a physical line of \(line.count - 1) octets")
            #expect(line.last == 0x0D)
        }
        let py = """
        import icalendar
        cal = icalendar.Calendar.from_ical(open('t.ics','rb').read())
        for e in cal.walk('VEVENT'): print(repr(str(e['SUMMARY'])))
        """
        let r = try Harness.sh("\(Self.python) -c \"$PY\"", in: dir, env: ["PY": py])
        #expect(r.out == "'M1 a,b;c\\\\\\\\d\\nnext line'\n'M2 \(long)'\n", "\(r.out)\(r.err)")
    }
}
