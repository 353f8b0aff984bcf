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
