import Testing
@testable import WBCore

/// The report's text escapes: markup stays text, on bytes, so that a mark combining
/// with `&` or `*` cannot hide it, and Japanese passes as it is.
struct ReportTextTests {
    @Test func markdownCellsStayText() {
        #expect(MarkdownReport.esc("a|b *c* _d_ `e` [f] #g \\h") == "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] \\#g \\\\h")
        #expect(MarkdownReport.esc("<b> & 顧客") == "&lt;b&gt; &amp; 顧客")
        #expect(MarkdownReport.esc("一行目\r\n二行目\n三\r四") == "一行目 二行目 三 四")
        // `*` followed by a combining acute accent is one Character, still escaped.
        #expect(MarkdownReport.esc("*\u{301}x") == "\\*\u{301}x")
    }

    @Test func markupEscapesTheFiveAndDropsForbiddenControls() {
        #expect(Markup.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(Markup.escape("a\u{1}b\tc\r\nd\u{1F}e") == "ab\tc\r\nde")
        #expect(Markup.escape("&\u{301}") == "&amp;\u{301}")
        #expect(Markup.escape("スポンサー (CTO)") == "スポンサー (CTO)")
    }

    /// A Todo over several lines is one line in the report; one that is one line
    /// already is only trimmed.
    @Test func aTodoIsOneLine() throws {
        let (_, rows, schema, _) = try TaskEditorTests.read("id,milestone,role,todo\nT1,M1,pm, 一行 \nT2,M1,pm,\"a\r\n  b\n\nc \"\n")
        let resolver = TaskResolver(schema: schema, file: "t.csv", dates: DateContext(year: 2026))
        let todos = try rows.map { try PlanReport.item(resolver.resolveStrict($0), today: CivilDate(2026, 8, 1)!).todo }
        #expect(todos == ["一行", "a b c"])
    }

    /// A report of one team names the team in its title, after the plan's name.
    @Test func aTeamsReportNamesItsTeam() {
        let day = CivilDate(2026, 12, 14)!
        Lang.$current.withValue(.en) {
            #expect(PlanReport.title(focus: nil, plan: nil, today: day) == "Progress report (2026-12-14)")
            #expect(PlanReport.title(focus: nil, plan: nil, team: "Harbor", today: day) == "Progress report: team Harbor (2026-12-14)")
            #expect(PlanReport.title(focus: nil, plan: "Launch", team: "Harbor", today: day) == "Progress report: Launch, team Harbor (2026-12-14)")
        }
        Lang.$current.withValue(.ja) {
            #expect(PlanReport.title(focus: nil, plan: "新サービス", team: "さくら", today: day) == "進捗報告: 新サービス、チーム さくら (2026-12-14)")
        }
    }
}

/// A blocked task in the report: why (what it still waits on, its notes), and the
/// change since the last report (blocked, unblocked) beside done and reopened.
struct ReportBlockedTests {
    static func table(_ text: String) throws -> Table {
        try Table.read(TableReader(source: ByteSource(name: "plan.csv", bytes: Array(text.utf8))))
    }

    @Test func blockedSaysWhyAndWhenItChanged() throws {
        let before = try Self.table("id,milestone,role,todo,status,depends_on,notes\nT1,M1,pm,a,,,\nT2,M1,dev,b,,,\nT3,M1,ds,c,blocked,,\nT4,M2,pm,d,blocked,,\n")
        let now = try Self.table("id,milestone,role,todo,status,depends_on,notes\nT1,M1,pm,a,done,,\nT2,M1,dev,b,停滞,\"T1,T3\",\"営業の\n返事待ち\"\nT3,M1,ds,c,doing,,\nT4,M2,pm,d,blocked,sales,\n")
        let set = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2026-07-31\nM2,Fans,2026-09-30\n").set
        let r = try Lang.$current.withValue(.en) {
            try PlanReport.build(milestones: [], set: set, tasks: now, since: before, dates: DateContext(year: 2026),
                                 roles: Plan.roles, today: CivilDate(2026, 7, 1)!)
        }
        #expect(r.blocked.map(\.id) == ["T2", "T4"])
        // T1 is done: no reason any more; the notes on one line.
        #expect(r.blocked[0].waitsOn == ["T3"] && r.blocked[0].notes == "営業の 返事待ち")
        // A request waits on a role, named as the report names it.
        #expect(r.blocked[1].waitsOn == ["Sales"] && r.blocked[1].notes.isEmpty)
        let changes = (r.changes ?? []).map { "\($0.kind.rawValue) \($0.item.id)" }
        #expect(changes == ["done T1", "blocked T2", "unblocked T3"])
    }

    /// Work begun since the last report (todo, or no status, to doing) is said as
    /// started; a task that leaves blocked for doing is unblocked, not also started.
    @Test func startedSinceTheLastReport() throws {
        let before = try Self.table("id,milestone,role,todo,status\nT1,M1,pm,a,\nT2,M1,dev,b,todo\nT3,M1,ds,c,blocked\nT4,M1,pm,d,doing\n")
        let now = try Self.table("id,milestone,role,todo,status\nT1,M1,pm,a,進行中\nT2,M1,dev,b,doing\nT3,M1,ds,c,doing\nT4,M1,pm,d,doing\n")
        let set = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2026-07-31\n").set
        let r = try PlanReport.build(milestones: [], set: set, tasks: now, since: before, dates: DateContext(year: 2026),
                                     roles: Plan.roles, today: CivilDate(2026, 7, 1)!)
        #expect((r.changes ?? []).map { "\($0.kind.rawValue) \($0.item.id)" } == ["started T1", "started T2", "unblocked T3"])
        let text = Lang.$current.withValue(.ja) { MarkdownReport.render(r.document(title: "t")) }
        #expect(text.contains("- 着手: T1、T2") && text.contains("- 停滞から再開: T3 c"), "\(text)")
    }
}

/// What fell late since the last report is what fell due since the meeting before
/// today, by the meeting's rhythm: a week back for a weekly one, back to last month's
/// meeting day for a monthly one.
struct ReportSinceTheLastMeetingTests {
    @Test func lateSinceTheMeetingBefore() throws {
        let before = try ReportBlockedTests.table("id,milestone,role,todo,due,status\nT1,M1,pm,a,2026-07-08,todo\nT2,M1,dev,b,2026-06-20,todo\n")
        let set = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2026-07-31\n").set
        let today = CivilDate(2026, 7, 13)!   // the second Monday of July
        func late(_ meeting: String?) throws -> [String] {
            let days = try meeting.map { try MeetingSpec.parse($0).daysSincePrevious(today) } ?? 7
            let r = try PlanReport.build(milestones: [], set: set, tasks: before, since: before, dates: DateContext(year: 2026),
                                         roles: Plan.roles, today: today, sinceDays: days)
            return (r.changes ?? []).filter { $0.kind == .late }.map(\.item.id)
        }
        #expect(try late(nil) == ["T1"])
        #expect(try late("mon 10:00") == ["T1"])
        // A weekly meeting is on its weekday: made on the Wednesday after Monday's
        // (07-15), the meeting before was two days back, when T1 was late already.
        let monday = try MeetingSpec.parse("mon 10:00")
        #expect(monday.daysSincePrevious(CivilDate(2026, 7, 15)!) == 2 && monday.next(after: CivilDate(2026, 7, 15)!) == CivilDate(2026, 7, 20))
        #expect(monday.around(CivilDate(2026, 7, 19)!) == (CivilDate(2026, 7, 13)!, CivilDate(2026, 7, 20)!))
        let wednesday = try PlanReport.build(milestones: [], set: set, tasks: before, since: before, dates: DateContext(year: 2026),
                                             roles: Plan.roles, today: CivilDate(2026, 7, 15)!, sinceDays: monday.daysSincePrevious(CivilDate(2026, 7, 15)!))
        #expect((wednesday.changes ?? []).filter { $0.kind == .late }.isEmpty)
        // The meeting before was on 2026-06-08: T2, due 06-20, fell late since.
        #expect(try late("毎月第2月曜 10:00") == ["T1", "T2"])
        #expect(try MeetingSpec.parse("毎月第2月曜 10:00").daysSincePrevious(today) == 35)
        #expect(try MeetingSpec.parse("last fri 16:00").daysSincePrevious(CivilDate(2026, 7, 31)!) == 35)
        #expect(try MeetingSpec.parse("last fri 16:00").daysSincePrevious(CivilDate(2026, 8, 1)!) == 1)
        #expect(try MeetingSpec.parse("隔週木曜 10:00").daysSincePrevious(today) == 14)
        // Every other week by --meeting-every, from the calendar's first meeting:
        // on Thursdays from 07-09 the meeting before 07-27 is 07-23 and the next 08-06;
        // from 07-02's weeks, 07-16 and 07-30.
        let thursday = try MeetingSpec.parse("thu 10:00")
        let none = DaysOff(japan: false)
        let held = thursday.held(around: CivilDate(2026, 7, 27)!, daysOff: none, every: 2, first: CivilDate(2026, 7, 9)!)
        #expect(held.since == 4 && held.next == CivilDate(2026, 8, 6)!)
        let other = thursday.held(around: CivilDate(2026, 7, 27)!, daysOff: none, every: 2, first: CivilDate(2026, 7, 1)!)
        #expect(other.since == 11 && other.next == CivilDate(2026, 7, 30)!)
        // A meeting on a holiday is not held: the one before it, and the one after.
        let japan = DaysOff(japan: true), monthly = try MeetingSpec.parse("毎月第2月曜 10:00")
        #expect(monthly.held(around: CivilDate(2026, 9, 14)!, daysOff: japan) == (35, CivilDate(2026, 11, 9)!))   // 10-12 スポーツの日
        #expect(monthly.held(around: CivilDate(2026, 11, 9)!, daysOff: japan).since == 56)
        #expect(try MeetingSpec.parse("mon 10:00").held(around: CivilDate(2026, 7, 27)!, daysOff: japan).since == 14)   // 07-20 海の日
        #expect(try MeetingSpec.parse("mon 10:00").held(around: CivilDate(2026, 7, 27)!, daysOff: DaysOff(japan: false)).since == 7)
    }

    /// A meeting every other week keeps to the weeks of the calendar's first meeting
    /// (the day after the plan's start), so a report made between two meetings looks
    /// back to the one before and ahead to the one after, not two weeks either way.
    @Test func everyOtherWeekKeepsToTheFirstMeetingsWeeks() throws {
        let m = try MeetingSpec.parse("隔週木曜 10:00"), first = CivilDate(2026, 7, 2)!   // 07-02, 07-16, 07-30, 08-13
        func around(_ d: CivilDate) -> (String, String) { let r = m.around(d, first: first); return (r.previous.iso, r.next.iso) }
        #expect(around(CivilDate(2026, 7, 27)!) == ("2026-07-16", "2026-07-30"))
        #expect(around(CivilDate(2026, 7, 30)!) == ("2026-07-16", "2026-08-13"))   // at the meeting
        #expect(around(CivilDate(2026, 7, 31)!) == ("2026-07-30", "2026-08-13"))
        #expect(around(CivilDate(2026, 6, 20)!) == ("2026-06-18", "2026-07-02"))   // before the first: its weeks, back
        // Without the first meeting, the day is taken as a meeting day: two weeks back,
        // and the next such weekday a week on.
        #expect(m.daysSincePrevious(CivilDate(2026, 7, 27)!) == 14 && m.next(after: CivilDate(2026, 7, 27)!) == CivilDate(2026, 8, 6))
        #expect(m.daysSincePrevious(CivilDate(2026, 7, 27)!, first: first) == 11)
        // The holidays skipped keep to the same weeks: 2026-09-24 is held (秋分の日 is 09-23).
        let off = DaysOff(japan: true)
        #expect(m.held(around: CivilDate(2026, 9, 21)!, daysOff: off, first: first) == (11, CivilDate(2026, 9, 24)!))
    }

    /// The headline says no task is overdue in words, not as "0 tasks" (期限切れのタスクはなく).
    @Test func theHeadlineSaysNoTaskIsOverdue() throws {
        let plan = try ReportBlockedTests.table("id,milestone,role,todo,due,status\nT1,M1,pm,a,2026-07-20,todo\n")
        let set = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2026-07-31\n").set
        func headline(_ today: CivilDate, _ lang: Lang) throws -> String {
            try Lang.$current.withValue(lang) {
                let progress = try MilestoneProgress.compute(milestones: set, table: nil, tasks: plan, dates: DateContext(year: 2026), roles: Plan.roles, today: today, gates: nil)
                return try PlanReport.build(milestones: progress, set: set, tasks: plan, since: nil, dates: DateContext(year: 2026),
                                            roles: Plan.roles, today: today).headline
            }
        }
        #expect(try headline(CivilDate(2026, 7, 13)!, .en).contains("; no task is overdue; "))
        #expect(try headline(CivilDate(2026, 7, 13)!, .ja).contains("期限切れのタスクはなく、"))
        #expect(try headline(CivilDate(2026, 7, 27)!, .en).contains("; 1 task is overdue; "))
    }

    /// Twice a month (第2・第4月曜, 2nd and 4th mon): the meeting before and after are
    /// the month's nearest of its days.
    @Test func twiceAMonth() throws {
        let m = try MeetingSpec.parse("毎月第2・第4月曜 10:00")   // July 2026: 13 and 27; August: 10 and 24
        #expect(m.around(CivilDate(2026, 7, 20)!).previous == CivilDate(2026, 7, 13) && m.next(after: CivilDate(2026, 7, 20)!) == CivilDate(2026, 7, 27))
        #expect(m.daysSincePrevious(CivilDate(2026, 7, 27)!) == 14 && m.next(after: CivilDate(2026, 7, 27)!) == CivilDate(2026, 8, 10))
        #expect(m.day(onOrAfter: CivilDate(2026, 7, 14)!) == CivilDate(2026, 7, 27))
        // The second and the last: in a month of four Fridays they are two, never one twice.
        let f = try MeetingSpec.parse("第2と最終金曜 16:00")   // Feb 2026: 13 and 27; March: 13 and 27
        #expect(f.next(after: CivilDate(2026, 2, 27)!) == CivilDate(2026, 3, 13) && f.daysSincePrevious(CivilDate(2026, 3, 13)!) == 14)
        let until = LocalDateTime(CivilDate(2026, 12, 31)!, TimeOfDay(10, 0)!)
        #expect(try PlanCalendar.rrule((1, m.nths, until), ZoneInfo.load("UTC"), start: LocalDateTime(CivilDate(2026, 7, 13)!, TimeOfDay(10, 0)!))
                == "FREQ=MONTHLY;UNTIL=20261231T100000Z;BYDAY=2MO,4MO")
    }

    /// A report made at a monthly meeting looks ahead to the next one, not two weeks
    /// only: a task due in its fourth week would otherwise be in no report's list
    /// before it fell late.
    @Test func aheadToTheNextMeeting() throws {
        let plan = try ReportBlockedTests.table("id,milestone,role,todo,due,status\nT1,M1,pm,a,2026-07-20,todo\nT2,M1,dev,b,2026-08-07,todo\nT3,M1,ds,c,2026-08-10,todo\n")
        let set = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2026-07-31\n").set
        let today = CivilDate(2026, 7, 13)!
        func ahead(_ meeting: String?) throws -> (ids: [String], next: CivilDate?, milestones: Int) {
            let next = try meeting.map { try MeetingSpec.parse($0).next(after: today) }
            let progress = try MilestoneProgress.compute(milestones: set, table: nil, tasks: nil, dates: DateContext(year: 2026), roles: Plan.roles, today: today, gates: nil)
            let r = try PlanReport.build(milestones: progress, set: set, tasks: plan,
                                         since: nil, dates: DateContext(year: 2026), roles: Plan.roles, today: today, nextMeeting: next)
            return (r.nextTwoWeeks.map(\.id), r.nextMeeting, r.upcomingMilestones.count)
        }
        let weekly = try ahead("mon 10:00")
        #expect(weekly.ids == ["T1"] && weekly.next == nil && weekly.milestones == 0)
        // The next meeting is 2026-08-10: up to the day before it, M1 with it.
        let monthly = try ahead("毎月第2月曜 10:00")
        #expect(monthly.ids == ["T1", "T2"] && monthly.next == CivilDate(2026, 8, 10) && monthly.milestones == 1)
        #expect(try MeetingSpec.parse("mon 10:00").next(after: today) == CivilDate(2026, 7, 20))
        #expect(try MeetingSpec.parse("隔週月曜 10:00").next(after: today) == CivilDate(2026, 7, 27))
        #expect(try MeetingSpec.parse("last fri 16:00").next(after: CivilDate(2026, 7, 31)!) == CivilDate(2026, 8, 28))
        let r = try PlanReport.build(milestones: [], set: set, tasks: plan, since: nil, dates: DateContext(year: 2026),
                                     roles: Plan.roles, today: today, nextMeeting: CivilDate(2026, 8, 10))
        Lang.$current.withValue(.ja) {
            #expect(MarkdownReport.render(r.document(title: "t")).contains("## 次回の会議 (2026-08-10) まで"))
        }
    }
}

/// The PR/FAQ's answers the plan holds: who does what by when, and the hardest tasks.
struct PRFAQPlanTests {
    @Test func ownersByMilestoneAndTheHardestTasks() throws {
        let (_, rows, schema, _) = try TaskEditorTests.read("""
            id,milestone,role,todo,owner,status,difficulty,kind,depends_on
            T1,M1,pm,Report,佐藤,done,,,
            T2,M1,dev,PoC of the API,田中,,8,validation,
            T3,M1,dev,Run the API,佐藤さん,,10,,T2
            T4,M2,ds,Forecast,,,8,,T1

            """)
        let resolver = TaskResolver(schema: schema, file: "t.csv", dates: DateContext(year: 2026))
        let tasks = try rows.map { try resolver.resolveStrict($0) }
        let entries = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2026-07-31\nM2,Fans,\n").set.entries
        Lang.$current.withValue(.en) {
            #expect(PRFAQ.owners(tasks, milestones: entries)
                    == "M1 Sponsor (by 2026-07-31): 佐藤 2 tasks, 田中 1 task, 1 of 3 done. M2 Fans: (no owner) 1 task, 0 of 1 done.")
            #expect(PRFAQ.technical(tasks)
                    == "T3 Run the API (difficulty 10): validated first by T2 PoC of the API; T4 Forecast (difficulty 8): no technical validation before it yet")
            #expect(PRFAQ.technical(Array(tasks.prefix(2))) == "no task is rated 8 or harder")
            #expect(PRFAQ.owners([], milestones: entries) == nil)
            // A plan of many hard tasks names five and counts the rest.
            let many = Array(repeating: tasks[3], count: 8)
            #expect(PRFAQ.technical(many).hasSuffix("; 3 more of difficulty 8 or more"))
        }
    }
}

/// A milestone as people write it in a cell: the word and the number too.
struct MilestoneWordsTests {
    @Test func theWordThenTheNumber() {
        for (s, id) in [("マイルストン2", "M2"), ("マイルストーン ②", "M2"), ("Milestone 3", "M3"), ("MS4", "M4"), ("ｍｓ１", "M1"),
                        ("第2マイルストン", "M2"), ("第３", "M3"), ("M2: Fan acquisition", "M2"), ("M4：プレスリリース", "M4")] {
            #expect(TaskResolver.milestone(s, in: nil)?.id == id, "\(s)")
        }
        for s in ["マイルストン", "ms5", "milestone x2", "milestones"] {
            #expect(TaskResolver.milestone(s, in: nil) == nil, "\(s)")
        }
    }
}

/// Roles by the names teams use for them.
struct RoleNamesTests {
    @Test func usualNamesAreTheRoles() {
        for (s, id) in [("PO", "pm"), ("プロダクトオーナー", "pm"), ("データ分析", "ds"), ("MLエンジニア", "ds"), ("カスタマーサクセス", "cs"),
                        ("役員", "exec"), ("CTO", "exec"), ("エンジニア", "dev")] {
            #expect(Plan.roles.lookup(s)?.id == id, "\(s)")
        }
    }
}

/// A long plan's report stays a page: each list names its first tasks and a line
/// counts the rest; the failed gates are never left out; nil names everything.
struct ReportLimitTests {
    /// 7 overdue (due 7/1 to 7/7, T7 blocked too), 3 blocked not late, 5 approvals
    /// pending, 4 due in the next two weeks, 6 begun since the last report.
    static func plan() throws -> (PlanReport, CivilDate) {
        var now = "id,milestone,role,todo,due,status,kind\n"
        var before = "id,milestone,role,todo,due,status,kind\n"
        for i in 1...7 { now += "T\(i),M1,pm,late \(i),2026-07-0\(i),\(i == 7 ? "blocked" : "todo"),\n" }
        for i in 8...10 { now += "T\(i),M1,dev,stuck \(i),2026-09-01,blocked,\n" }
        for i in 11...15 { now += "T\(i),M1,pm,approve \(i),2026-09-01,todo,approval\n" }
        for i in 16...19 { now += "T\(i),M1,ds,soon \(i),2026-07-1\(i - 14),todo,\n" }
        for i in 20...25 {
            now += "T\(i),M2,dev,begun \(i),2026-09-01,doing,\n"
            before += "T\(i),M2,dev,begun \(i),2026-09-01,todo,\n"
        }
        let set = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2026-07-31\nM2,Fans,2026-09-30\n").set
        let today = CivilDate(2026, 7, 10)!
        var failed = MilestoneProgress(entry: set.entry("M1")!)
        failed.gated = true
        failed.gate = GateResults.Outcome(pass: false, evidence: "n=5")
        let r = try PlanReport.build(milestones: [failed], set: set, tasks: ReportBlockedTests.table(now),
                                     since: ReportBlockedTests.table(before), dates: DateContext(year: 2026),
                                     roles: Plan.roles, today: today)
        return (r, today)
    }

    @Test func eachListNamesItsFirstAndCountsTheRest() throws {
        let (r, _) = try Self.plan()
        #expect(r.overdue.count == 7 && r.blocked.count == 4 && r.approvals == 5 && r.decisions.count == 6)
        let text = Lang.$current.withValue(.en) { MarkdownReport.render(r.document(title: "t", limit: 2)) }
        // Approvals: two named, three counted; the failed gate still asked.
        #expect(text.contains("- approve T11 approve 11, due 2026-09-01\n- approve T12 approve 12, due 2026-09-01\n- … and 3 more approvals\n- M1 Sponsor: the gate failed (n=5)"), "\(text)")
        #expect(!text.contains("T13 approve"))
        // Overdue: the two most late; blocked and not late: two of three (T7 is late).
        #expect(text.contains("| T1 |") && text.contains("| T2 |") && !text.contains("| T3 |") && !text.contains("| T7 |"))
        #expect(text.contains("| T8 |") && text.contains("| T9 |") && !text.contains("| T10 |"))
        #expect(text.contains("… and 5 more overdue and 1 more blocked tasks"), "\(text)")
        // Begun since: two ids and the count; ahead: the two soonest, then the count.
        #expect(text.contains("- started: T20, T21 and 4 more"))
        #expect(text.contains("| 2026-07-12 | T16 |") && text.contains("| 2026-07-13 | T17 |") && !text.contains("| T18 |"))
        #expect(text.contains("… and 2 more tasks due by then"))
    }

    /// The Why column is there when a listed task says why, not one left out.
    @Test func whyOnlyForTheTasksListed() throws {
        let now = try ReportBlockedTests.table("id,milestone,role,todo,due,status,notes\nT1,M1,pm,a,2026-09-01,blocked,\nT2,M1,dev,b,2026-09-01,blocked,waits for sales\n")
        let set = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2026-09-30\n").set
        let r = try PlanReport.build(milestones: [], set: set, tasks: now, since: nil, dates: DateContext(year: 2026),
                                     roles: Plan.roles, today: CivilDate(2026, 7, 10)!)
        let one = Lang.$current.withValue(.en) { MarkdownReport.render(r.document(title: "t", limit: 1)) }
        #expect(one.contains("| Task | Todo | Owner | Due | Late by |\n") && one.contains("… and 1 more blocked task"), "\(one)")
        let all = Lang.$current.withValue(.en) { MarkdownReport.render(r.document(title: "t", limit: nil)) }
        #expect(all.contains("| Task | Todo | Owner | Due | Late by | Why |\n") && all.contains("| waits for sales |"), "\(all)")
    }

    @Test func oneLeftOutIsSaidInTheSingularAndNilNamesAll() throws {
        let (r, _) = try Self.plan()
        let one = Lang.$current.withValue(.en) { MarkdownReport.render(r.document(title: "t", limit: 4)) }
        #expect(one.contains("- … and 1 more approval\n") && one.contains("… and 3 more overdue tasks"), "\(one)")
        #expect(!one.contains("more blocked"))
        let ja = Lang.$current.withValue(.ja) { MarkdownReport.render(r.document(title: "t", limit: 4)) }
        #expect(ja.contains("- … ほかに承認 1 件\n") && ja.contains("… ほかに期限切れのタスク 3 件"), "\(ja)")
        let all = Lang.$current.withValue(.en) { MarkdownReport.render(r.document(title: "t", limit: nil)) }
        #expect(!all.contains("more") && all.contains("| T7 |") && all.contains("| T10 |") && all.contains("T25"), "\(all)")
        // T7, late and blocked, is listed once, as late.
        #expect(all.components(separatedBy: "| T7 |").count == 2 && all.contains("| T7 | late 7 | (no owner) | 2026-07-07 | 3 days |"), "\(all)")
        // The default names a page's worth: this plan whole.
        #expect(Lang.$current.withValue(.en) { MarkdownReport.render(r.document(title: "t")) } == all)
    }
}

/// M3 judged by the market's results where no gate results judged it: a plan of one
/// team keeps the results for the report's decision; each of several teams is judged
/// by its own scenarios, and its failure is a failed gate.
struct ReportMarketTests {
    @Test func m3JudgedByTheMarket() throws {
        let set = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2026-07-31\nM3,Decision,2026-11-30\n").set
        var rows = set.entries.map { MilestoneProgress(entry: $0) }
        let market = try ReportBlockedTests.table("scenario,value,ratio,verdict\nlow,1,4.8,pass\nhigh,2,0.5,fail\n")
        let results = try PlanReport.judgeM3(&rows, market: market, teams: Teams())
        #expect(rows[0].gate == nil && !rows[0].gated)
        #expect(rows[1].gated && rows[1].gatesGiven && rows[1].gate?.pass == results?.outcome("M3")?.pass)
        #expect(results != nil)
    }

    @Test func eachTeamByItsOwnScenarios() throws {
        let set = try MilestoneReviewTests.table("id,name,date\nM3,Decision,2026-11-30\n").set
        var rows = ["A", "B"].map { t in var p = MilestoneProgress(entry: set.entries[0]); p.team = t; return p }
        let market = try ReportBlockedTests.table("team,scenario,value,ratio,verdict\nA,low,1,4.8,pass\nB,low,1,0.5,fail\n")
        let results = try PlanReport.judgeM3(&rows, market: market, teams: Teams())
        #expect(results == nil)
        #expect(rows.map { $0.gate?.pass } == [true, false])
    }
}

/// The report of every team: each team's tasks fell late since its own meeting.
struct ReportTeamsSinceTests {
    @Test func eachTeamByItsOwnMeeting() throws {
        let now = try ReportBlockedTests.table("team,id,milestone,role,todo,due,status\nA,A1,M1,pm,a,2026-07-22,todo\nB,B1,M1,pm,b,2026-07-22,todo\n")
        let set = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2026-07-31\n").set
        let r = try PlanReport.build(milestones: [], set: set, tasks: now, since: now, dates: DateContext(year: 2026),
                                     roles: Plan.roles, today: CivilDate(2026, 7, 30)!, sinceDays: 7,
                                     teamSinceDays: { $0 == "B" ? 9 : nil })
        // A: a week back (07-23 on), so A1 was late already; B: 9 days (07-21 on).
        #expect((r.changes ?? []).map { "\($0.kind.rawValue) \($0.item.id)" } == ["late B1"])
    }
}

/// The report of every team says each team's own days off among the days ahead, a
/// stretch the plan's days off already give left out.
struct ReportTeamDaysOffTests {
    @Test func eachTeamsOwnBesideThePlans() throws {
        let tasks = try ReportBlockedTests.table("id,milestone,role,todo,due,status\nT1,M1,pm,a,2026-07-15,todo\n")
        let set = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2026-07-31\n").set
        let day = { (m: Int, d: Int) in CivilDate(2026, m, d)! }
        var plan = DaysOff(japan: true)
        plan.byTeam = ["harbor": [day(7, 21)...day(7, 22)], "kaede": [day(7, 16)...day(7, 16)], "sakura": [day(8, 20)...day(8, 20)]]
        let r = try Lang.$current.withValue(.en) {
            try PlanReport.build(milestones: [], set: set, tasks: tasks, since: nil, dates: DateContext(year: 2026), roles: Plan.roles,
                                 today: day(7, 13), daysOff: plan,
                                 teamDaysOff: [("Harbor", plan.forTeam("harbor")), ("かえで", plan.forTeam("kaede")), ("さくら", plan.forTeam("sakura"))])
        }
        // The plan's: Marine Day's weekend (07-18 to 07-20). Harbor's own runs on from
        // it; かえで's is a day of its own; さくら's is past the two weeks.
        #expect(r.daysOffAhead.map { "\($0.first.iso)/\($0.last.iso)" } == ["2026-07-18/2026-07-20"])
        #expect(r.teamDaysOffAhead.map { "\($0.team) " + $0.stretches.map { "\($0.first.iso)/\($0.last.iso)" }.joined() }
                == ["Harbor 2026-07-18/2026-07-22", "かえで 2026-07-16/2026-07-16"])
        let text = Lang.$current.withValue(.en) { MarkdownReport.render(r.document(title: "t")) }
        #expect(text.contains("Days off of team かえで: 2026-07-16 (the team's day off)"), "\(text)")
    }

    /// A team that works on some of the plan's days off (in another country: Japan's
    /// holidays are not its own) gets its whole list instead of the plan's, or none.
    @Test func aTeamElsewhereInsteadOfThePlans() throws {
        let tasks = try ReportBlockedTests.table("id,milestone,role,todo,due,status\nT1,M1,pm,a,2026-07-15,todo\n")
        let set = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2026-07-31\n").set
        let day = { (m: Int, d: Int) in CivilDate(2026, m, d)! }
        var plan = DaysOff(japan: true)
        plan.japanByTeam = ["harbor": false, "bay": false, "kaede": true]
        plan.byTeam = ["bay": [day(7, 17)...day(7, 17)], "kaede": [day(7, 16)...day(7, 16)]]
        let build = { (lang: Lang) in
            try Lang.$current.withValue(lang) {
                try PlanReport.build(milestones: [], set: set, tasks: tasks, since: nil, dates: DateContext(year: 2026), roles: Plan.roles,
                                     today: day(7, 13), daysOff: plan,
                                     teamDaysOff: ["Harbor", "Bay", "かえで"].map { ($0, plan.forTeam(["Harbor": "harbor", "Bay": "bay", "かえで": "kaede"][$0]!)) })
            }
        }
        let r = try build(.en)
        #expect(r.daysOffAhead.map { "\($0.first.iso)/\($0.last.iso)" } == ["2026-07-18/2026-07-20"])
        // Harbor works on Marine Day and has none; Bay's Friday joins its weekend, not
        // the Monday; かえで keeps the plan's and has a day of its own besides.
        #expect(r.teamDaysOffAhead.map { "\($0.team) \($0.instead) " + $0.stretches.map { "\($0.first.iso)/\($0.last.iso)" }.joined() }
                == ["Harbor true ", "Bay true 2026-07-17/2026-07-19", "かえで false 2026-07-16/2026-07-16"])
        for (lang, lines) in [(Lang.en, ["Days off of team Harbor, instead of the ones above: none by then",
                                         "Days off of team Bay, instead of the ones above: 2026-07-17 to 2026-07-19 (the team's day off)"]),
                              (.ja, ["チーム Harbor の休日 (上の休日ではなく): この期間にはありません",
                                     "チーム Bay の休日 (上の休日ではなく): 2026-07-17〜2026-07-19 (チームの休業日)"])] {
            let r = try build(lang)
            let text = Lang.$current.withValue(lang) { MarkdownReport.render(r.document(title: "t")) }
            for line in lines { #expect(text.contains(line), "\(text)") }
        }
    }
}
