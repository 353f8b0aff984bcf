import Testing
@testable import WBCore

/// The milestones' own rules without the CLI (`MilestoneReview`): order, the deck's
/// 3- and 6-month horizons from the start, M1 before the start only when done.
struct MilestoneReviewTests {
    static func table(_ text: String) throws -> MilestoneTable {
        let t = try Table.read(TableReader(source: ByteSource(name: "m.csv", bytes: Array(text.utf8))))
        return try MilestoneTable(t, dates: DateContext(year: 2026))
    }

    static let plan = """
        id,date,who,what,how,gate
        M1,2026-06-20,CTO,mock,solved rate,solved>=80% purchase>=50%
        M2,2026-11-30,sales,mock,purchase rate,solved>=80% purchase>=50%
        M3,2026-08-31,pm,market,share,value>=3*cost
        M4,2027-03-31,pm,press,,

        """

    @Test func theDecksHorizonsAndOrder() throws {
        let mt = try Self.table(Self.plan)
        var asked = 0
        let f = try MilestoneReview.findings(mt, start: CivilDate(2026, 7, 1)!) { asked += 1; return false }
        let rules = f.map { "\($0.id)/\($0.rule)" }
        // M2 after M3; M2 five months in; M4 nine months in; M1 before the start, not done.
        #expect(rules.contains("M3/order"))
        #expect(rules.contains("M2/fans-within-3-months"))
        #expect(rules.contains("M4/press-release-within-6-months"))
        #expect(rules.contains("M1/before-start"))
        #expect(!rules.contains("M3/market-within-3-months"))
        #expect(asked == 1)
        // M1's tasks done: no warning; no start: none of the horizons, and M1 is not asked about.
        let done = try MilestoneReview.findings(mt, start: CivilDate(2026, 7, 1)!) { true }
        #expect(!done.contains { $0.rule == "before-start" })
        asked = 0
        let noStart = try MilestoneReview.findings(mt, start: nil) { asked += 1; return false }
        #expect(!noStart.contains { $0.rule.hasSuffix("-months") || $0.rule == "before-start" })
        #expect(noStart.contains { $0.rule == "order" } && asked == 0)
    }

    @Test func missingRepeatedAndUnreadable() throws {
        let mt = try Self.table("id,date,who,what,how,gate\nM1,2026-07-20,a,b,c,solved>=often\nM1,2026-07-21,a,b,c,\nM2,,,,,\n")
        let f = try MilestoneReview.findings(mt, start: nil) { false }
        let rules = Set(f.map { "\($0.id)/\($0.rule)/\($0.severity)" })
        #expect(rules.contains("M1/duplicate-milestone/error"))
        #expect(rules.contains("M3/missing-milestone/warning") && rules.contains("M4/missing-milestone/warning"))
        #expect(rules.contains("M2/no-date/error") && rules.contains("M2/who-what-how/warning"))
        #expect(rules.contains("M1/gate/error") && rules.contains("M1/gate/warning"))
    }

    /// A finding about one field stands at that field (`file:line:col` in check's
    /// lines); one about the row, or a column the table lacks, at its line alone.
    @Test func findingsStandAtTheirField() throws {
        let mt = try Self.table("id,gate,date,who\nM1,solved>=often,2026-07-20,a\n\"M1\",,,\nM2,\"x\ny\",2026-07-01,b\n")
        let f = try MilestoneReview.findings(mt, start: nil) { false }
        func at(_ id: String, _ rule: String) -> [String] {
            f.filter { $0.id == id && $0.rule == rule }.map { "\($0.line ?? 0):\($0.column.map(String.init) ?? "-")" }
        }
        #expect(at("M1", "gate") == ["2:4", "3:6"])
        // The repeated id at its field (the quote it starts with), the missing date at
        // its empty field.
        #expect(at("M1", "duplicate-milestone") == ["3:1"])
        #expect(at("M1", "no-date") == ["3:7"])
        // M2 comes before M1: at M2's date, on the second line of its row (after the
        // gate's line break).
        #expect(at("M2", "order") == ["5:4"])
        #expect(at("M2", "gate") == ["4:4"])
        // At the first missing one the table has (who); what and how are no columns,
        // so a row missing only those is found at its line.
        #expect(at("M1", "who-what-how") == ["2:-", "3:8"])
        #expect(at("M2", "who-what-how") == ["4:-"])
        #expect(at("M3", "missing-milestone") == ["0:-"])
    }
}

/// A due date planned back from a milestone (`MilestoneOffset`): the shapes people
/// write, and the date each comes to in the plan's milestones.
struct MilestoneOffsetTests {
    @Test func shapes() {
        for (s, ref, days, months) in [("M3の2週間前", "M3", -14, 0), ("M3 の 1週間前", "M3", -7, 0), ("M3の前日", "M3", -1, 0),
                                       ("M2翌日", "M2", 1, 0), ("ファンの獲得の1か月前", "ファンの獲得", 0, -1), ("M2の3日後", "M2", 3, 0),
                                       ("M3の２週間前", "M3", -14, 0), ("2 weeks before M3", "M3", -14, 0), ("the day before M2", "M2", -1, 0),
                                       ("a month before Fan acquisition", "Fan acquisition", 0, -1), ("3 days after M1", "M1", 3, 0),
                                       ("M3-2w", "M3", -14, 0), ("M4 + 3d", "M4", 3, 0), ("M4", "M4", 0, 0),
                                       // Said as a deadline, the same date.
                                       ("M2まで", "M2", 0, 0), ("M3の1週間前までに", "M3", -7, 0), ("by M2", "M2", 0, 0),
                                       ("ｂｙ the day before M2", "M2", -1, 0)] {
            #expect(MilestoneOffset.parse(s) == MilestoneOffset(reference: ref, days: days, months: months), "\(s)")
        }
        // Not an offset: no number before the unit, no unit, nothing to count from.
        for s in ["の2週間前", "2週間前", "M3の週間前", "before M3", "2 fortnights before M3", "-2w", "M3+2", ""] {
            let o = MilestoneOffset.parse(s)
            #expect(o == nil || (o!.days == 0 && o!.months == 0), "\(s)")
        }
    }

    @Test func datesInThePlan() throws {
        let set = try MilestoneReviewTests.table(MilestoneReviewTests.plan).set
        func date(_ s: String, _ ms: MilestoneSet? = nil) throws -> CivilDate? {
            try MilestoneOffset.parse(s)?.date(in: ms ?? set, resolve: { TaskResolver.milestone($0, in: set) })
        }
        #expect(try date("M3の2週間前") == CivilDate(2026, 8, 17))
        #expect(try date("the day before M2") == CivilDate(2026, 11, 29))
        #expect(try date("M1の1か月前") == CivilDate(2026, 5, 20))
        #expect(try date("M4") == CivilDate(2027, 3, 31))
        // Not a milestone: no date said that way (the caller's error stands).
        #expect(try date("1") == nil)
        #expect(try date("7/31-3d") == nil)
        #expect(try date("someday") == nil)
        // Said from a milestone the plan does not have (M7, a name misspelt): that
        // milestone is named, with the nearest, instead of "not a date".
        for s in ["M7の前日", "M9", "m12", "2 weeks before the launch party", "ファン獲得祭の1週間前"] {
            do { _ = try date(s); Issue.record("\(s) read") } catch {
                #expect(messageOf(error).hasPrefix("unknown milestone '"), "\(s): \(messageOf(error))")
            }
        }
        // A milestone the plan has no date for, or no milestones at all: said so.
        let undated = try MilestoneReviewTests.table("id,date\nM1,2026-06-20\nM2,\n").set
        #expect(throws: DateError.self) { try MilestoneOffset.parse("M2の前日")!.date(in: undated, resolve: { Plan.milestones.lookup($0) }) }
        #expect(throws: DateError.self) { try MilestoneOffset.parse("M2の前日")!.date(in: nil, resolve: { Plan.milestones.lookup($0) }) }
    }
}

/// A new plan's dates (`init --dates`, without the CLI): as people write them or from
/// the start, the rest defaulted from the start, out of order refused.
struct MilestoneDefaultDatesTests {
    @Test func givenDefaultedAndInOrder() throws {
        let anchor = CivilDate(2026, 6, 1)!
        let ctx = DateContext(anchor: anchor)
        let given = try MilestoneDefaults.given("7/31、+4m,,2027年1月15日", ctx, anchor: anchor)
        #expect(given == [CivilDate(2026, 7, 31), CivilDate(2026, 10, 1), nil, CivilDate(2027, 1, 15)])
        // No start given: a month before M1; M3 from it, +5 months.
        let plan = try MilestoneDefaults.plan(given: given, start: nil, anchor: anchor)
        #expect(plan.start == CivilDate(2026, 6, 30) && plan.dates[2] == CivilDate(2026, 11, 30))
        // Year-less dates cross a year in order: 11/30 then 1/15 is next January.
        #expect(try MilestoneDefaults.given("11/30,1/15", ctx, anchor: anchor).prefix(2) == [CivilDate(2026, 11, 30), CivilDate(2027, 1, 15)])
        // Out of order is refused; so are a bad date and a fifth one.
        #expect(throws: WBError.self) { try MilestoneDefaults.plan(given: [CivilDate(2026, 9, 1), CivilDate(2026, 8, 1), nil, nil], start: nil, anchor: anchor) }
        #expect(throws: WBError.self) { try MilestoneDefaults.given("7/31,someday", ctx, anchor: anchor) }
        #expect(throws: WBError.self) { try MilestoneDefaults.given("1/1,2/1,3/1,4/1,5/1", ctx, anchor: anchor) }
        // Nothing given: +1, +3, +5, +6 months from the start, the working day before
        // a Saturday or Sunday (2026-11-01 is a Sunday).
        let plain = try MilestoneDefaults.plan(given: [nil, nil, nil, nil], start: anchor, anchor: anchor)
        #expect(plain.dates == [CivilDate(2026, 7, 1), CivilDate(2026, 9, 1), CivilDate(2026, 10, 30), CivilDate(2026, 12, 1)])
        // In Japan also before the year-end days and the holidays: 2027-01-03 and
        // 憲法記念日; a date given on a day off is kept (check warns of it).
        let japan = DaysOff(japan: true), dec3 = CivilDate(2026, 12, 3)!
        let tokyo = try MilestoneDefaults.plan(given: [nil, nil, nil, nil], start: dec3, anchor: dec3, daysOff: japan)
        #expect(tokyo.dates == [CivilDate(2026, 12, 28), CivilDate(2027, 3, 3), CivilDate(2027, 4, 30), CivilDate(2027, 6, 3)])
        #expect(try MilestoneDefaults.plan(given: [CivilDate(2027, 1, 3)], start: dec3, anchor: dec3, daysOff: japan).dates[0] == CivilDate(2027, 1, 3))
        Lang.$current.withValue(.ja) {
            #expect(MilestoneDefaults.moved([nil, nil, nil, nil], start: dec3, daysOff: japan)
                    == "休日にあたる既定の日付は、その前の営業日にしました: M1 2027-01-03 (年末年始) → 2026-12-28、M3 2027-05-03 (憲法記念日) → 2027-04-30")
        }
        Lang.$current.withValue(.en) {
            #expect(MilestoneDefaults.moved([nil, nil, nil, nil], start: dec3, daysOff: DaysOff(japan: false))
                    == "a default date on a day off is the working day before: M1 2027-01-03 (Sunday) → 2027-01-01")
        }
        #expect(MilestoneDefaults.moved([CivilDate(2027, 1, 3), nil, CivilDate(2027, 5, 3), nil], start: dec3, daysOff: japan) == nil)
        // Dates given on a day off stay, each warned of as check's day-off says it.
        let onDaysOff = Lang.$current.withValue(.en) {
            MilestoneDefaults.givenOnDaysOff([CivilDate(2027, 1, 3), nil, CivilDate(2027, 5, 3), CivilDate(2027, 6, 3)], daysOff: japan)
        }
        #expect(onDaysOff == ["M1 (2027-01-03) is on a day off (the year-end holidays), no day for its CXO report; the working day before is 2026-12-28",
                          "M3 (2027-05-03) is on a day off (Constitution Memorial Day), no day for its CXO report; the working day before is 2027-04-30"])
    }
}

/// The days off: weekends, and in Japan the national holidays and the year-end days.
struct DaysOffTests {
    /// Japan's holidays of 2026 and 2027 as the Cabinet Office lists them: 5/6/2026 and
    /// 3/22/2027 are substitute holidays, 9/22/2026 the day between two holidays.
    @Test func japansHolidaysOf2026And2027() {
        let listed = [
            "2026-01-01", "2026-01-12", "2026-02-11", "2026-02-23", "2026-03-20", "2026-04-29", "2026-05-03",
            "2026-05-04", "2026-05-05", "2026-05-06", "2026-07-20", "2026-08-11", "2026-09-21", "2026-09-22",
            "2026-09-23", "2026-10-12", "2026-11-03", "2026-11-23",
            "2027-01-01", "2027-01-11", "2027-02-11", "2027-02-23", "2027-03-21", "2027-03-22", "2027-04-29",
            "2027-05-03", "2027-05-04", "2027-05-05", "2027-07-19", "2027-08-11", "2027-09-20", "2027-09-23",
            "2027-10-11", "2027-11-03", "2027-11-23",
        ]
        var found: [String] = []
        var d = CivilDate(2026, 1, 1)!
        while d.year < 2028 {
            if DaysOff.holiday(d) != nil { found.append(d.iso) }
            d = d.adding(days: 1)
        }
        #expect(found == listed)
        #expect(DaysOff.holiday(CivilDate(2026, 5, 6)!)?.ja == "振替休日")
        #expect(DaysOff.holiday(CivilDate(2026, 9, 22)!)?.en == "Citizens' Holiday")
        // Before 2022 the rules were others: no holiday is claimed.
        #expect(DaysOff.holiday(CivilDate(2021, 7, 22)!) == nil)
    }

    @Test func weekendsEverywhereYearEndInJapan() {
        let us = DaysOff(japan: false), jp = DaysOff(japan: true)
        #expect(us.isOff(CivilDate(2026, 10, 31)!) && !us.isOff(CivilDate(2026, 12, 29)!) && !us.isOff(CivilDate(2027, 5, 3)!))
        #expect(jp.isOff(CivilDate(2026, 12, 29)!) && jp.isOff(CivilDate(2027, 1, 1)!) && jp.isOff(CivilDate(2027, 5, 3)!))
        #expect(jp.workingDay(onOrBefore: CivilDate(2027, 1, 4)!) == CivilDate(2027, 1, 4))
        #expect(jp.workingDay(onOrBefore: CivilDate(2027, 1, 3)!) == CivilDate(2026, 12, 28))
        #expect(jp.workingDay(onOrBefore: CivilDate(2026, 5, 6)!) == CivilDate(2026, 5, 1))
        Lang.$current.withValue(.ja) {
            #expect(jp.reason(CivilDate(2027, 5, 3)!) == "憲法記念日" && jp.reason(CivilDate(2026, 12, 30)!) == "年末年始")
            #expect(jp.reason(CivilDate(2026, 10, 31)!) == "土曜日" && jp.reason(CivilDate(2026, 10, 30)!) == nil)
        }
        #expect(DaysOff.forPlan(timeZone: "Asia/Tokyo", japanese: false).japan)
        #expect(!DaysOff.forPlan(timeZone: "Europe/Berlin", japanese: true).japan)
        #expect(DaysOff.forPlan(timeZone: nil, japanese: true).japan && !DaysOff.forPlan(timeZone: "", japanese: false).japan)
    }

    /// The days off mapped one bit a day (what check asks of every due date) say what
    /// `isOff` says, inside the span mapped and outside it, the team's own days too;
    /// a span longer than a century is mapped in part and the rest worked out.
    @Test func theMapOfDaysOffSaysWhatIsOffSays() throws {
        var jp = DaysOff(japan: true)
        jp.team = [CivilDate(2026, 8, 13)!...CivilDate(2026, 8, 16)!]
        let from = CivilDate(2026, 7, 1)!.days, to = CivilDate(2027, 1, 10)!.days
        let map = DaysOff.Map(jp, days: from...to)
        for day in (from - 40)...(to + 40) {
            #expect(map.isOff(day: day) == jp.isOff(CivilDate(days: day)), "\(CivilDate(days: day).iso)")
        }
        #expect(map.isOff(day: CivilDate(2026, 7, 20)!.days) && map.isOff(day: CivilDate(2026, 8, 14)!.days))
        #expect(!map.isOff(day: CivilDate(2026, 7, 17)!.days))
        let wide = DaysOff.Map(DaysOff(japan: false), days: CivilDate(1900, 1, 1)!.days...CivilDate(2300, 1, 1)!.days)
        for d in [CivilDate(1900, 1, 6)!, CivilDate(2299, 12, 30)!, CivilDate(2299, 12, 31)!, CivilDate(2026, 12, 5)!] {
            #expect(wide.isOff(day: d.days) == (d.weekday == 0 || d.weekday == 6), "\(d.iso)")
        }
    }

    /// A plan of teams: the plan's days off, and a team's own after `TEAM=`, which add
    /// to the plan's for that team only.
    @Test func eachTeamsOwnDaysOffAddToThePlans() throws {
        let ctx = DateContext(anchor: CivilDate(2026, 12, 2))
        let r = try DaysOff.parseByTeam("12/29..1/3; Harbor=7/3,11/26..11/27\nさくら＝8/13〜16；12/24", ctx)
        #expect(r.plan.map { "\($0.lowerBound.iso)/\($0.upperBound.iso)" } == ["2026-12-29/2027-01-03", "2026-12-24/2026-12-24"])
        #expect(r.teams.map(\.name) == ["Harbor", "さくら"])
        #expect(r.teams[0].days.map { "\($0.lowerBound.iso)/\($0.upperBound.iso)" } == ["2027-07-03/2027-07-03", "2027-11-26/2027-11-27"])
        // A team's dates run to the next TEAM= too, as people write a list with commas.
        let commas = try DaysOff.parseByTeam("1/1, Harbor=7/3, 11/26、かえで=8/13", ctx)
        #expect(commas.plan.count == 1 && commas.teams.map(\.name) == ["Harbor", "かえで"] && commas.teams.map(\.days.count) == [2, 1])
        // Without a team it reads as parse does.
        #expect(try DaysOff.parseByTeam("12/24..12/26, 1/1", ctx).plan == DaysOff.parse("12/24..12/26, 1/1", ctx))
        var off = DaysOff(japan: false, team: r.plan)
        off.byTeam = ["harbor": r.teams[0].days]
        #expect(!off.isOff(CivilDate(2027, 11, 26)!) && off.forTeam("harbor").isOff(CivilDate(2027, 11, 26)!))
        #expect(!off.forTeam("sakura").isOff(CivilDate(2027, 11, 26)!) && !off.forTeam(nil).isOff(CivilDate(2027, 11, 26)!))
        // 2027-11-26 is a Friday; the plan's own (the year-end) stay every team's.
        #expect(CivilDate(2027, 11, 26)!.weekday == 5 && off.forTeam("harbor").isOff(CivilDate(2026, 12, 30)!))
        // A team given twice (its name folded), and none before =, are refused.
        Lang.$current.withValue(.en) {
            do throws(DateError) { _ = try DaysOff.parseByTeam("harbor=7/3; Harbor=7/4", ctx); Issue.record("twice") } catch {
                #expect(error.message == "team Harbor's days off are given twice: give them in one TEAM=DATES")
            }
            do throws(DateError) { _ = try DaysOff.parseByTeam(" =7/3", ctx); Issue.record("no team") } catch {
                #expect(error.message.hasPrefix("'=7/3' names no team before ="))
            }
            do throws(DateError) { _ = try DaysOff.parseByTeam("Harbor=7/32", ctx); Issue.record("7/32") } catch {
                #expect(error.message.hasPrefix("team Harbor: "))
            }
        }
    }

    /// The team's own days off, as people write them: dates and ranges, year-less ones
    /// from the plan's start, a range's end from its first day.
    @Test func theTeamsOwnDaysOffAsPeopleWriteThem() throws {
        let ctx = DateContext(anchor: CivilDate(2026, 12, 2))
        let r = try DaysOff.parse("12/24..12/26, 12/31〜1/1、5/31; 2027-08-13~8/16\n7月5日", ctx)
        #expect(r.map { "\($0.lowerBound.iso)/\($0.upperBound.iso)" } == [
            "2026-12-24/2026-12-26", "2026-12-31/2027-01-01", "2027-05-31/2027-05-31",
            "2027-08-13/2027-08-16", "2027-07-05/2027-07-05"])
        // With --year, a range's year-less end still follows its first day.
        #expect(try DaysOff.parse("12/28..1/4", DateContext(year: 2026)).map(\.upperBound) == [CivilDate(2027, 1, 4)!])
        #expect(try DaysOff.parse(" , ", ctx).isEmpty)
        // A dash between two dates, and an end that is a day of the month alone.
        let dashed = try DaysOff.parse("12/24-12/26, 2027-08-13 - 2027-08-16, 8/13〜16, ８月３０日〜２日, 2027-05-03–5/5, 2027-01-04", ctx)
        #expect(dashed.map { "\($0.lowerBound.iso)/\($0.upperBound.iso)" } == [
            "2026-12-24/2026-12-26", "2027-08-13/2027-08-16", "2027-08-13/2027-08-16", "2027-08-30/2027-09-02",
            "2027-05-03/2027-05-05", "2027-01-04/2027-01-04"])
        Lang.$current.withValue(.en) {
            do throws(DateError) { _ = try DaysOff.parse("2/27〜31", ctx); Issue.record("2/31") } catch {
                #expect(error.message == "'31': 2027-02 has no such day")
            }
        }
        Lang.$current.withValue(.en) {
            #expect(throws: DateError.self) { try DaysOff.parse("12/32", ctx) }
            #expect(throws: DateError.self) { try DaysOff.parse("someday", ctx) }
            do throws(DateError) { _ = try DaysOff.parse("12/24..", ctx); Issue.record("a range without its end") } catch {
                #expect(error.message == "'12/24..': a range needs its first and its last day")
            }
            do throws(DateError) { _ = try DaysOff.parse("2027-01-05..2027-01-02", ctx); Issue.record("a range ending before it begins") } catch {
                #expect(error.message == "'2027-01-05..2027-01-02': the days off end (2027-01-02) before they begin (2027-01-05)")
            }
            // A year-less end before the first day would run almost a year: a mistyped date.
            do throws(DateError) { _ = try DaysOff.parse("12/24..12/20", ctx); Issue.record("a range of 362 days") } catch {
                #expect(error.message == "'12/24..12/20': 362 days off in one range (2026-12-24 to 2027-12-20); a range is three months at most")
            }
        }
        #expect(try DaysOff.parse("7/1..9/30", ctx).count == 1)
        // They are days off everywhere, named as the team's; a holiday keeps its name.
        let us = DaysOff(japan: false, team: try DaysOff.parse("12/24..12/26,1/1", ctx))
        #expect(us.isOff(CivilDate(2026, 12, 24)!) && us.isHoliday(CivilDate(2027, 1, 1)!) && !us.isOff(CivilDate(2026, 12, 28)!))
        #expect(us.workingDay(onOrBefore: CivilDate(2027, 1, 3)!) == CivilDate(2026, 12, 31))
        Lang.$current.withValue(.en) { #expect(us.reason(CivilDate(2026, 12, 24)!) == "the team's day off") }
        Lang.$current.withValue(.ja) {
            #expect(us.reason(CivilDate(2026, 12, 25)!) == "チームの休業日")
            let jp = DaysOff(japan: true, team: [CivilDate(2027, 5, 3)!...CivilDate(2027, 5, 7)!])
            #expect(jp.reason(CivilDate(2027, 5, 3)!) == "憲法記念日" && jp.reason(CivilDate(2027, 5, 6)!) == "チームの休業日")
        }
    }

    /// The holidays ahead, with the weekends around them; weekends alone are none.
    @Test func stretchesOfDaysOffAhead() {
        let jp = DaysOff(japan: true, team: [CivilDate(2027, 1, 4)!...CivilDate(2027, 1, 5)!])
        let s = Lang.$current.withValue(.en) { jp.holidays(from: CivilDate(2026, 12, 24)!, days: 21) }
        #expect(s == [DaysOff.Stretch(first: CivilDate(2026, 12, 29)!, last: CivilDate(2027, 1, 5)!,
                                      names: ["the year-end holidays", "New Year's Day", "the team's day off"]),
                      DaysOff.Stretch(first: CivilDate(2027, 1, 9)!, last: CivilDate(2027, 1, 11)!, names: ["Coming of Age Day"])])
        // Cut to the days asked for; a plan elsewhere has only weekends: nothing.
        #expect(jp.holidays(from: CivilDate(2027, 1, 10)!, days: 2).map(\.first) == [CivilDate(2027, 1, 10)!])
        #expect(jp.holidays(from: CivilDate(2027, 1, 10)!, days: 1).isEmpty)
        #expect(DaysOff(japan: false).holidays(from: CivilDate(2026, 12, 24)!, days: 21).isEmpty)
        #expect(jp.holidays(from: CivilDate(2026, 12, 24)!, days: 0).isEmpty)
    }

    /// check's day-off rule names the day and the working day before.
    @Test func checkWarnsOfAMilestoneOnADayOff() throws {
        let mt = try MilestoneReviewTests.table("id,name,date\nM1,Sponsor,2027-01-03\nM2,Fans,2027-03-03\nM3,Share,2027-05-03\nM4,PR,2027-06-03\n")
        let f = try Lang.$current.withValue(.en) {
            try MilestoneReview.findings(mt, start: nil, daysOff: DaysOff(japan: true)) { false }.filter { $0.rule == "day-off" }
        }
        #expect(f.map(\.id) == ["M1", "M3"])
        #expect(f[1].message == "M3 (2027-05-03) is on a day off (Constitution Memorial Day), no day for its CXO report; the working day before is 2027-04-30")
        #expect(try MilestoneReview.findings(mt, start: nil) { false }.allSatisfy { $0.rule != "day-off" })
    }
}
