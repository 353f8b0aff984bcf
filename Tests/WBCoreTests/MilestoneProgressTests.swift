import Testing
@testable import WBCore

/// Progress per milestone (`MilestoneProgress.compute`) counted from a table held
/// whole and from the same table as it streams: the same rows, whichever way the
/// tasks come (status words in either language, due dates in ISO and in other forms,
/// roles the settings declare, a milestone the set does not list).
struct MilestoneProgressTests {
    static let plan = """
        id,milestone,role,todo,due,status
        T1,M1,pm,a,2026-07-20,todo
        T2,M1,dev,b,2026/7/21,完了
        T3,1,pr,c,,doing
        T4,M2,dev,d,9/14,blocked
        T5,M2,pm,e,7月1日,
        T6,M3,pm,f,2026-07-01,todo
        T7,M2,pr,g,2026-07-02,done
        T8,スポンサーの獲得,qa,h,2026-09-01,進行中

        """

    static func rows(_ p: [MilestoneProgress]) -> [String] {
        p.map { r in
            let roles = r.roles.map { "\($0)=\(r.byRole[$0]!.done)/\(r.byRole[$0]!.total)" }.joined(separator: " ")
            return "\(r.entry.term.id) \(r.total) \(r.done) \(r.doing) \(r.blocked) \(r.todo) \(r.overdue) [\(roles)] \(r.declaredRoles) \(r.state)"
        }
    }

    @Test func aStreamCountsAsTheTableDoes() throws {
        let set = try MilestoneReviewTests.table("id,name,date\nM1,スポンサーの獲得,2026-07-31\nM2,ファンの獲得,2026-09-15\n").set
        let roles = Roles.vocabulary(extra: try Roles.parseDeclarations("qa:品質保証:QA, pr:広報:PR").extra)
        let today = CivilDate(2026, 7, 25)!, dates = DateContext(year: 2026)
        var fromTable: [(String, Int)] = [], fromStream: [(String, Int)] = []
        let table = try ReportBlockedTests.table(Self.plan)
        let whole = try MilestoneProgress.compute(milestones: set, table: nil, tasks: table, dates: dates, roles: roles, today: today, gates: nil) {
            fromTable.append(($0, $1))
        }
        let reader = try TableReader(source: ByteSource(name: "plan.csv", bytes: Array(Self.plan.utf8), pieceSize: 5))
        let streamed = try MilestoneProgress.compute(milestones: set, table: nil, reading: reader, header: try reader.header(), dates: dates,
                                                     roles: roles, today: today, gates: nil) { fromStream.append(($0, $1)) }
        #expect(Self.rows(streamed) == Self.rows(whole))
        #expect(Self.rows(whole) == [
            "M1 4 1 2 0 1 1 [pm=0/1 dev=1/1 pr=0/1 qa=0/1] [\"pr\", \"qa\"] at risk",
            "M2 3 1 0 1 1 1 [pm=0/1 dev=0/1 pr=1/1] [\"pr\"] at risk",
        ])
        #expect(fromTable.map { "\($0.0)@\($0.1)" } == ["M3@7"] && fromStream.map { "\($0.0)@\($0.1)" } == ["M3@7"])
        // A bad row is the full resolver's error, either way.
        let bad = "id,milestone,role,todo,status\nT1,M1,pm,a,someday\n"
        #expect(throws: WBError.self) {
            try MilestoneProgress.compute(milestones: set, table: nil, tasks: try ReportBlockedTests.table(bad), dates: dates, roles: roles, today: today, gates: nil)
        }
        let r = try TableReader(source: ByteSource(name: "bad.csv", bytes: Array(bad.utf8)))
        do {
            _ = try MilestoneProgress.compute(milestones: set, table: nil, reading: r, header: try r.header(), dates: dates, roles: roles, today: today, gates: nil)
            Issue.record("no error")
        } catch let e as WBError {
            #expect(e.location?.line == 2 && e.message.contains("someday"))
        }
    }
}
