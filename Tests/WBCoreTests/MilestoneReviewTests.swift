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
}

/// A due date planned back from a milestone (`MilestoneOffset`): the shapes people
/// write, and the date each comes to in the plan's milestones.
struct MilestoneOffsetTests {
    @Test func shapes() {
        for (s, ref, days, months) in [("M3の2週間前", "M3", -14, 0), ("M3 の 1週間前", "M3", -7, 0), ("M3の前日", "M3", -1, 0),
                                       ("M2翌日", "M2", 1, 0), ("ファンの獲得の1か月前", "ファンの獲得", 0, -1), ("M2の3日後", "M2", 3, 0),
                                       ("M3の２週間前", "M3", -14, 0), ("2 weeks before M3", "M3", -14, 0), ("the day before M2", "M2", -1, 0),
                                       ("a month before Fan acquisition", "Fan acquisition", 0, -1), ("3 days after M1", "M1", 3, 0),
                                       ("M3-2w", "M3", -14, 0), ("M4 + 3d", "M4", 3, 0), ("M4", "M4", 0, 0)] {
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
        #expect(try date("M7の前日") == nil)
        #expect(try date("1") == nil)
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
        // Nothing given: +1, +3, +5, +6 months from the start.
        let plain = try MilestoneDefaults.plan(given: [nil, nil, nil, nil], start: anchor, anchor: anchor)
        #expect(plain.dates == [CivilDate(2026, 7, 1), CivilDate(2026, 9, 1), CivilDate(2026, 11, 1), CivilDate(2026, 12, 1)])
    }
}
