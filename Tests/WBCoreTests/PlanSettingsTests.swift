import Foundation
import Testing
@testable import WBCore

struct PlanSettingsTests {
    /// Read through the CSV reader, so that records know their columns.
    static func table(_ rows: [[String]], header: [String] = ["key", "value"]) throws -> Table {
        let text = ([header] + rows).map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }.joined(separator: "\n") + "\n"
        return try Table.read(TableReader(source: ByteSource(name: "settings.csv", bytes: Array(text.utf8))))
    }

    @Test func readsEveryKeyAndParsesStartAndRoles() throws {
        let s = try PlanSettings.read(try Self.table([
            ["name", "Launch plan"], ["start", "2026-12-01"], ["tz", "Asia/Tokyo"], ["lang", "ja"],
            ["meeting", "木 10:00 30分"], ["report-time", "16:00"], ["multiple", "3"],
            ["roles", "pr:広報:PR, legal:法務:Legal、qa"], ["encoding", "cp932"],
        ]))
        #expect(s[.name] == "Launch plan")
        #expect(s.start == CivilDate(2026, 12, 1))
        #expect(s.extraRoles.map(\.id) == ["pr", "legal", "qa"])
        #expect(s.extraRoles[0].ja == "広報" && s.extraRoles[0].en == "PR")
        #expect(s.extraRoles[2].ja == "qa")
        let roles = Roles.vocabulary(extra: s.extraRoles)
        #expect(roles.lookup("広報")?.id == "pr")
        #expect(roles.lookup("Legal")?.id == "legal")
        #expect(roles.lookup("開発者")?.id == "dev")
    }

    /// The meeting's rhythm, kept for the calendar and the report alike: weeks apart
    /// and the first meeting's date (with its year), in either language.
    @Test func meetingEveryAndFirstMeeting() throws {
        let s = try PlanSettings.read(try Self.table([["会議の間隔", "2w"], ["初回会議", "2026-07-09"]], header: ["項目", "値"]))
        #expect(s[.meetingEvery] == "2w" && s[.firstMeeting] == "2026-07-09")
        #expect(PlanSettings.Key.match("first_meeting") == .firstMeeting && PlanSettings.Key.match("定例の間隔") == .meetingEvery)
        #expect(PlanSettings.Key.firstMeeting.option == "first-meeting" && PlanSettings.Key.meetingEvery.option == "meeting-every")
        #expect(throws: WBError.self) { try PlanSettings.check(.meetingEvery, "fortnight") }
        #expect(throws: WBError.self) { try PlanSettings.check(.firstMeeting, "7/9") }
        try PlanSettings.check(.firstMeeting, "2026年7月9日")
    }

    /// A settings sheet kept by hand in Japanese: the header 項目,値 and every key in
    /// Japanese (they were unknown settings).
    @Test func keysInJapanese() throws {
        let s = try PlanSettings.read(try Self.table([
            ["計画名", "新規事業"], ["開始日", "2026-07-01"], ["タイムゾーン", "Asia/Tokyo"], ["言語", "ja"],
            ["定例会議", "毎週木曜10時 30分"], ["CXO報告の時刻", "17時"], ["倍率", "3"], ["役割", "pr:広報:PR"], ["文字コード", "cp932"],
            ["チーム", "さくら"], ["チーム一覧", "さくら"], ["マイルストン", "milestones.csv"], ["タスク表", "plan.csv"],
        ], header: ["項目", "値"]))
        #expect(s[.tasks] == "plan.csv" && PlanSettings.Key.match("tasks") == .tasks && PlanSettings.Key.match("タスク") == .tasks)
        #expect(s[.name] == "新規事業" && s.start == CivilDate(2026, 7, 1) && s[.tz] == "Asia/Tokyo" && s[.lang] == "ja")
        #expect(s[.meeting] == "毎週木曜10時 30分" && s[.reportTime] == "17時" && s[.multiple] == "3" && s[.encoding] == "cp932")
        #expect(s[.team] == "さくら" && s[.milestones] == "milestones.csv" && s.extraRoles.map(\.id) == ["pr"])
        // Each key's Japanese name, as the unknown-key error lists it, is read as that key.
        #expect(PlanSettings.Key.allCases.allSatisfy { PlanSettings.Key.match($0.japanese) == $0 })
    }

    /// A built-in role named alone (by its id or a name) is one the plan uses, not a
    /// new one: it comes among the declared roles, in order, and not among the extra.
    @Test func aBuiltInRoleNamedAloneIsUsedNotNew() throws {
        let d = try Roles.parseDeclarations("ux, pr:広報:PR, 営業")
        #expect(d.builtIn == ["ux", "sales"])
        #expect(d.extra.map(\.id) == ["pr"])
        #expect(d.ids == ["ux", "pr", "sales"])
        let s = try PlanSettings.read(try Self.table([["roles", "ux, qa"]]))
        #expect(s.declaredRoles == ["ux", "qa"] && s.extraRoles.map(\.id) == ["qa"])
    }

    @Test func unknownKeyBadZoneBadMeetingAreLocated() {
        for (row, fragment, column) in [(["strat", "x"], "unknown setting 'strat'", 1),
                                        (["tz", "Asia/Tokio"], "unknown time zone", 4),
                                        (["meeting", "someday"], "write the weekday", 9),
                                        (["start", "12/01"], "has no year", 7),
                                        (["multiple", "-3"], "not a positive number", 10),
                                        (["roles", "pm:x:y"], "role 'pm' is built in", 7),
                                        (["roles", "ux, デザイナー"], "role 'ux' is declared twice", 7),
                                        (["roles", "qa, qa:QA:QA"], "role 'qa' is declared twice", 7)] {
            do {
                _ = try PlanSettings.read(try Self.table([["name", "x"], row]))
                Issue.record("\(row) was accepted")
            } catch let e as WBError {
                #expect(e.code == .dataError)
                #expect(e.message.contains(fragment), "\(e.message)")
                // Every field is quoted here: the value starts after "key",
                let expected = column == 1 ? 1 : row[0].count + 4
                #expect(e.location == SourceLocation(file: "settings.csv", line: 3, column: expected), "\(String(describing: e.location))")
            } catch { Issue.record("\(error)") }
        }
    }

    @Test func headerMustBeKeyValue() {
        #expect(throws: WBError.self) { try PlanSettings.read(try Self.table([["x", "y"]], header: ["name", "value"])) }
    }
}

struct TaskEditorTests {
    static func read(_ text: String) throws -> (Record, [Record], TaskSchema, TableFormat) {
        let r = try TableReader(source: ByteSource(name: "t.csv", bytes: Array(text.utf8)))
        let h = try r.header()
        return (h, try r.readAll(), try TaskSchema(header: h, file: "t.csv"), r.format)
    }

    @Test func unchangedFieldsKeepTheirQuotingAndChangedOnesAreEncoded() throws {
        let (h, rows, schema, fmt) = try Self.read("id,milestone,role,todo,owner\nT1,M1,\"pm\",\"a \"\"b\"\"\",x\n")
        var ed = TaskEditor(header: h, schema: schema, format: fmt)
        let owner = ed.column(.owner)
        #expect(String(decoding: ed.rowBytes(rows[0], changes: [owner: "佐藤, 太郎"]), as: UTF8.self)
                == "T1,M1,\"pm\",\"a \"\"b\"\"\",\"佐藤, 太郎\"")
        #expect(ed.rowBytes(rows[0], changes: [:]) == rows[0].raw)
    }

    @Test func aMissingColumnIsAppendedEmptyForOtherRows() throws {
        let (h, rows, schema, fmt) = try Self.read("ID,マイルストン,役割,タスク\nT1,M1,pm,a\n")
        var ed = TaskEditor(header: h, schema: schema, format: fmt)
        let i = ed.column(.status)
        #expect(i == 4 && ed.added == ["状態"])
        #expect(String(decoding: ed.headerBytes, as: UTF8.self) == "ID,マイルストン,役割,タスク,状態")
        #expect(String(decoding: ed.rowBytes(rows[0], changes: [:]), as: UTF8.self) == "T1,M1,pm,a,")
        #expect(String(decoding: ed.newRow([0: "T2", 4: "完了"]), as: UTF8.self) == "T2,,,,完了")
        #expect(ed.column(named: "見積") == 5)
    }

    /// A value that replaces none (a new task, an empty cell) is written as its row
    /// writes its words: names in a plan of names, ids in a plan of ids.
    @Test func aNewValueIsWrittenAsItsRowWritesItsWords() throws {
        let (h, rows, schema, _) = try Self.read("ID,マイルストン,役割,タスク,状態\nT1,スポンサーの獲得,開発者,a,\nT2,M1,pm,b,\nT3,,Developer,c,\nT4,,,d,\n")
        var p = TaskValueParser(resolver: TaskResolver(schema: schema, file: "t.csv", dates: DateContext(year: 2026)), labels: nil)
        #expect(p.style(of: rows[0]) == .some(.ja) && p.style(of: rows[1]) == .some(nil))
        #expect(p.style(of: rows[2]) == .some(.en) && p.style(of: rows[3]) == nil)
        #expect(p.style(ofHeader: h) == .some(.ja))
        p.rowStyle = p.style(of: rows[0])
        #expect(try p.value(.status, "done", old: "", option: "status") == "完了")
        #expect(try p.value(.status, "done", old: "todo", option: "status") == "done", "the old value's style wins")
        p.rowStyle = p.style(of: rows[1])
        #expect(try p.value(.status, "完了", option: "status") == "done")
    }
}

struct TaskUpdateTests {
    /// `set`'s ids: typed in full width, found once each, held rows written in order;
    /// a repeated id or one not found is refused, the latter naming the nearest.
    @Test func findsEachIdOnceAndHoldsTheRowsInOrder() throws {
        var u = TaskUpdate(ids: ["Ｔ３", " T5 "])
        #expect(try !u.changes("T1", inScope: true, at: SourceLocation(file: "t.csv", line: 2)))
        #expect(try u.changes(" T3", inScope: true, at: SourceLocation(file: "t.csv", line: 2)))
        #expect(try !u.changes("T5", inScope: false, at: SourceLocation(file: "t.csv", line: 2)), "another team's T5")
        for (k, row) in ["a,1", "b,\"2\"", "c,3"].enumerated() { u.hold(Array(row.utf8)); #expect(u.found.count == 1, "\(k)") }
        do { _ = try u.changes("T3", inScope: true, at: SourceLocation(file: "t.csv", line: 2)); Issue.record("a second T3 was taken") } catch let e as WBError {
            #expect(e.message.contains("T3 appears twice"))
        }
        do { try u.checkAllFound(place: "in the table", file: "t.csv"); Issue.record("T5 was not found") } catch let e as WBError {
            #expect(e.message.contains("no task with id T5 in the table") && e.message.contains("T1"), "\(e.message)")
        }
        let out = Output.memory()
        u.write(to: TableWriter(out, WriteOptions(format: .csv)))
        try out.flush()
        #expect(out.capturedString == "a,1\nb,\"2\"\nc,3\n")
    }
}

struct PreviousCalendarTests {
    static let old = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@wb\r\nDTSTAMP:20260101T000000Z\r\nSEQUENCE:2\r\nSUMMARY:long\r\n  text\r\nDTSTART;TZID=Asia/Tokyo:20260105T100000\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b@wb\r\nSEQUENCE:0\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

    @Test func unfoldsAndReadsUIDSequenceStatus() throws {
        let p = try PreviousCalendar.parse(Array(Self.old.utf8), file: "old.ics")
        #expect(p.order == ["a@wb", "b@wb"])
        let a = try #require(p.components["a@wb"])
        #expect(a.sequence == 2 && !a.cancelled)
        #expect(a.content.contains("SUMMARY:long text"))
        #expect(!a.content.contains { $0.hasPrefix("DTSTAMP") || $0.hasPrefix("SEQUENCE") })
        #expect(p.components["b@wb"]?.cancelled == true)
    }

    @Test func cancelledCopyBumpsSequenceAndDropsAlarms() throws {
        let p = try PreviousCalendar.parse(Array(Self.old.utf8), file: "old.ics")
        let lines = p.components["a@wb"]!.cancelledLines(stamp: "20260201T000000Z")
        #expect(lines.contains("SEQUENCE:3") && lines.contains("STATUS:CANCELLED") && lines.contains("DTSTAMP:20260201T000000Z"))
        #expect(!lines.contains("BEGIN:VALARM") && lines.first == "BEGIN:VEVENT" && lines.last == "END:VEVENT")
    }

    @Test func notACalendarIsLocated() {
        #expect(throws: WBError.self) { try PreviousCalendar.parse(Array("hello\n".utf8), file: "x.ics") }
    }

    /// A last export cut short would hide the events past the cut (each would go out
    /// again at SEQUENCE 0, which a calendar holding a later one ignores): refused,
    /// at the component it ends in, or at its last line without END:VCALENDAR.
    @Test func aCalendarCutShortIsRefused() {
        func location(_ text: String) -> WBCore.SourceLocation? {
            do { _ = try PreviousCalendar.parse(Array(text.utf8), file: "old.ics"); return nil } catch let e as WBError { return e.location } catch { return nil }
        }
        let cut = String(Self.old.dropLast(60))
        #expect(location(cut) == WBCore.SourceLocation(file: "old.ics", line: 15, column: 1))
        #expect(location(String(Self.old.dropLast("END:VCALENDAR\r\n".count))) == WBCore.SourceLocation(file: "old.ics", line: 19, column: 1))
        #expect(location(Self.old + "\r\n") == nil)
    }
}

struct OptionVocabularyTests {
    static let tools = [WBTasksCommand.spec, WBMilestonesCommand.spec, WBScoreCommand.spec, WBIcsCommand.spec]

    @Test func everyOptionNameHasOneMeaningAcrossTheTools() {
        #expect(OptionVocabulary.conflicts(Self.tools) == [])
    }

    @Test func aPlantedConflictIsCaught() {
        let planted = ToolSpec(name: "wb-planted", summary: "x", commands: [
            CommandSpec("a", summary: "x", options: [OptionSpec("today", arg: "FILE", "a file"), OptionSpec("tasks", short: "t", arg: "FILE", "the plan's tasks table")]) { _ in .ok },
        ])
        let found = OptionVocabulary.conflicts(Self.tools + [planted])
        #expect(found.contains { $0.hasPrefix("--today takes different values") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("--today in wb-planted a says 'a file'") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("-t means --tasks and --todo") || $0.hasPrefix("--tasks has different short forms") }, "\(found)")
    }
}

/// The settings' milestones path: read relative to the settings file's folder, and
/// written (by init) relative to it when the table lies in it.
struct SettingsPathTests {
    @Test func relativeToTheSettingsFolder() {
        #expect(PlanSettings.resolve("milestones.csv", settingsPath: "settings.csv") == "milestones.csv")
        #expect(PlanSettings.resolve("m.csv", settingsPath: "team/settings.csv") == "team/m.csv")
        #expect(PlanSettings.resolve("/srv/plan/m.csv", settingsPath: "team/settings.csv") == "/srv/plan/m.csv")
        #expect(PlanSettings.relative("milestones.csv", settingsPath: "settings.csv") == "milestones.csv")
        #expect(PlanSettings.relative("team/m.csv", settingsPath: "team/settings.csv") == "m.csv")
        #expect(PlanSettings.relative("/srv/plan/m.csv", settingsPath: "/srv/plan/settings.csv") == "m.csv")
        #expect(PlanSettings.relative("/srv/other/m.csv", settingsPath: "/srv/plan/settings.csv") == "/srv/other/m.csv")
        // Elsewhere than the settings' folder: an absolute path, which reads back.
        let away = PlanSettings.relative("m.csv", settingsPath: "team/settings.csv")
        #expect(away.hasPrefix("/") && away.hasSuffix("/m.csv"))
        #expect(PlanSettings.resolve(away, settingsPath: "team/settings.csv") == away)
    }

    /// `--settings /dev/null`, `WB_SETTINGS` naming an empty file: no settings (they
    /// were an empty table, an error); a file with content is taken.
    @Test func devNullAndAnEmptyFileAreNoSettings() throws {
        #expect(PlanSettings.path(option: "/dev/null", env: [:]) == nil)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-settings-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.csv").path, full = dir.appendingPathComponent("s.csv").path
        try Data().write(to: URL(fileURLWithPath: empty))
        try Data("key,value\nlang,ja\n".utf8).write(to: URL(fileURLWithPath: full))
        #expect(PlanSettings.path(option: nil, env: ["WB_SETTINGS": empty]) == nil)
        #expect(PlanSettings.path(option: full, env: ["WB_SETTINGS": empty])?.path == full)
        #expect(PlanSettings.path(option: nil, env: ["WB_SETTINGS": full])?.explicit == true)
    }
}
