import Testing
@testable import WBCore

/// What the completions offer from the plan (`PlanCandidates`), without a shell: each
/// kind from the tables, and the lines a script reads for a list typed so far.
struct PlanCandidatesTests {
    static let tasks = Table(name: "plan.csv", header: ["id", "milestone", "role", "todo", "owner", "チーム"], rows: [
        ["T1", "M1", "pm", "  Report to the CTO  ", "Sato", "東京"],
        ["T2", "M1", "dev", "Publish the mock\nwith SSO", "Tanaka", "tokyo"],
        ["T3", "M2", "qa", String(repeating: "長", count: 70), "Sato", "大阪"],
        ["", "M2", "pm", "no id yet", "", ""],
        ["T1", "M2", "pm", "a duplicated id", " Sato ", "東京"],
    ])

    func values(_ c: [PlanCandidates.Candidate]) -> [String] { c.map(\.value) }

    @Test func idsComeWithTheirTodosFirstLine() {
        let c = PlanCandidates.candidates(.ids, tasks: Self.tasks, milestones: nil, roles: Plan.roles, teams: Teams())
        #expect(values(c) == ["T1", "T2", "T3"])
        #expect(c[0].about == "Report to the CTO" && c[1].about == "Publish the mock")
        #expect(c[2].about == String(repeating: "長", count: 59) + "…")
        // No id column: nothing.
        let bare = Table(name: "t.csv", header: ["milestone", "role", "todo"], rows: [["M1", "pm", "x"]])
        #expect(PlanCandidates.candidates(.ids, tasks: bare, milestones: nil, roles: Plan.roles, teams: Teams()).isEmpty)
        #expect(PlanCandidates.candidates(.ids, tasks: nil, milestones: nil, roles: Plan.roles, teams: Teams()).isEmpty)
    }

    @Test func ownersAndTeamsWithTheirCounts() {
        Lang.$current.withValue(.en) {
            let owners = PlanCandidates.candidates(.owners, tasks: Self.tasks, milestones: nil, roles: Plan.roles, teams: Teams())
            #expect(owners == [.init(value: "Sato", about: "tasks: 3"), .init(value: "Tanaka", about: "tasks: 1")])
            // A declared team gathers its names (東京 and tokyo are one), as first written.
            let declared = Teams(declared: [Term(id: "tokyo", ja: "東京", en: "Tokyo", aliases: [])])
            let teams = PlanCandidates.candidates(.teams, tasks: Self.tasks, milestones: nil, roles: Plan.roles, teams: declared)
            #expect(teams == [.init(value: "東京", about: "tasks: 3"), .init(value: "大阪", about: "tasks: 1")])
            // Without a team column, the declared teams.
            let bare = Table(name: "t.csv", header: ["id", "milestone", "role", "todo"], rows: [])
            #expect(values(PlanCandidates.candidates(.teams, tasks: bare, milestones: nil, roles: Plan.roles, teams: declared)) == ["tokyo"])
        }
        Lang.$current.withValue(.ja) {
            let owners = PlanCandidates.candidates(.owners, tasks: Self.tasks, milestones: nil, roles: Plan.roles, teams: Teams())
            #expect(owners.first?.about == "タスク 3 件")
        }
    }

    @Test func rolesAndMilestonesInTheRunsLanguage() throws {
        let roles = Roles.vocabulary(extra: [Term(id: "qa", ja: "品質保証", en: "QA", aliases: [])])
        Lang.$current.withValue(.ja) {
            let c = PlanCandidates.candidates(.roles, tasks: nil, milestones: nil, roles: roles, teams: Teams())
            #expect(c.first == .init(value: "pm", about: "プロダクトマネージャー") && c.last == .init(value: "qa", about: "品質保証"))
            let m = PlanCandidates.candidates(.milestones, tasks: nil, milestones: nil, roles: roles, teams: Teams())
            #expect(values(m) == ["M1", "M2", "M3", "M4"] && m[0].about == "スポンサーの獲得")
        }
        let table = Table(name: "ms.csv", header: ["id", "name", "date"], rows: [["M1", "Sponsor", "2026-12-28"], ["M2", "Fans", "2027-03-01"]])
        let set = try MilestoneTable(table, dates: DateContext()).set
        let m = PlanCandidates.candidates(.milestones, tasks: nil, milestones: set, roles: roles, teams: Teams())
        #expect(m == [.init(value: "M1", about: "Sponsor"), .init(value: "M2", about: "Fans")])
    }

    /// A list typed so far stays before each value, its items not offered again; a
    /// `!` before a list (filter's "all but") stays too; each value once.
    @Test func linesKeepTheListTypedSoFar() {
        let c: [PlanCandidates.Candidate] = [.init(value: "pm", about: "PM"), .init(value: "dev", about: "Dev\tteam"),
                                             .init(value: "ds", about: "DS"), .init(value: "pm", about: "again")]
        #expect(PlanCandidates.lines(c, current: "") == ["pm\tPM", "dev\tDev team", "ds\tDS"])
        #expect(PlanCandidates.lines(c, current: "d") == ["pm\tPM", "dev\tDev team", "ds\tDS"])
        #expect(PlanCandidates.lines(c, current: "pm,d") == ["pm,dev\tDev team", "pm,ds\tDS"])
        #expect(PlanCandidates.lines(c, current: "pm、dev、") == ["pm、dev、ds\tDS"])
        #expect(PlanCandidates.lines(c, current: "!") == ["!pm\tPM", "!dev\tDev team", "!ds\tDS"])
        #expect(PlanCandidates.lines(c, current: "!dev,") == ["!dev,pm\tPM", "!dev,ds\tDS"])
    }
}
