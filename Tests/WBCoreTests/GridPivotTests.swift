import Testing
@testable import WBCore

struct GridPivotTests {
    static func read(_ text: String, ids: Bool = false, csvOutput: Bool = true, team: String? = nil,
                     byTeam: Bool = false) throws -> (Grid.Pivot.Result, Teams.Slots?) {
        let reader = try TableReader(source: ByteSource(name: "t.csv", bytes: Array(text.utf8), pieceSize: 7), options: ReadOptions(format: .csv))
        let header = try reader.header()
        let schema = try TaskSchema(header: header, file: "t.csv")
        let resolver = TaskResolver(schema: schema, file: "t.csv", dates: DateContext(year: 2026))
        let teams = Teams()
        var filter = TeamFilter(key: team.map { teams.key($0) }, column: Teams.column(header), teams: teams, option: team ?? "", file: "t.csv")
        var slots = byTeam ? Teams.column(header).map { Teams.Slots(teams, column: $0) } : nil
        let pivot = Grid.Pivot(milestones: TasksIO.milestoneTerms(nil), roles: Plan.roles.terms, ids: ids, csvOutput: csvOutput)
        return (try pivot.read(reader, schema: schema, resolver: resolver, team: &filter, slots: &slots), slots)
    }

    static func text(_ r: Grid.Pivot.Result, team: Int = 0, _ m: Int, _ role: String) -> String {
        let k = Plan.roles.terms.firstIndex { $0.id == role }!
        return String(decoding: r.cells.cell(team: team, milestone: m, role: k), as: UTF8.self)
    }

    /// Each Todo lands in its milestone's row and its role's column, one a line, in the
    /// plan's order, whatever the milestone and role are called; a Todo of two lines
    /// continues indented; the roles some task has are marked.
    @Test func todosGoToTheirCellsInOrder() throws {
        let plan = "id,milestone,role,todo\nT1,M1,pm,報告する\nT2,1,PM,\"a, \"\"b\"\"\"\nT3,ファンの獲得,開発,\"two\r\nlines\"\nT4,M1,pm,last\n"
        let (r, _) = try Self.read(plan, ids: true)
        #expect(Self.text(r, 0, "pm") == "[T1] 報告する\n[T2] a, \"\"b\"\"\n[T4] last")
        #expect(r.cells.isQuoted(team: 0, milestone: 0, role: 0))
        #expect(Self.text(r, 1, "dev") == "[T3] two\n  lines")
        #expect(Self.text(r, 0, "dev").isEmpty && Self.text(r, 3, "pm").isEmpty)
        let used = Plan.roles.terms.indices.filter { r.used[$0] }.map { Plan.roles.terms[$0].id }
        #expect(used == ["pm", "dev"])
        // TSV output: the cells hold the text, no quote doubled.
        let (plainCells, _) = try Self.read(plan, csvOutput: false)
        #expect(Self.text(plainCells, 0, "pm") == "報告する\na, \"b\"\nlast")
    }

    /// A task without an id under --ids is an error at its id's place (line and
    /// column), as is a row the resolver refuses; --team keeps one team's rows and
    /// fails for a team the plan does not have; without it, a block of cells per team.
    @Test func errorsNameTheirPlaceAndTeamsGetTheirBlocks() throws {
        do {
            _ = try Self.read("milestone,id,role,todo\nM1,T1,pm,a\nM2,  ,dev,b\n", ids: true)
            Issue.record("no error for a task without an id")
        } catch let e as WBError {
            #expect(e.location?.line == 3 && e.location?.column == 4, "\(e)")
        }
        #expect(throws: WBError.self) { try Self.read("id,milestone,role,todo\nT1,M9,pm,a\n") }
        let teams = "team,id,milestone,role,todo\nA,T1,M1,pm,a\nB,T2,M1,pm,b\nA,T3,M1,pm,c\n"
        let (one, _) = try Self.read(teams, team: "B")
        #expect(Self.text(one, 0, "pm") == "b")
        #expect(throws: WBError.self) { try Self.read(teams, team: "C") }
        let (all, slots) = try Self.read(teams, byTeam: true)
        #expect(slots?.names == ["A", "B"])
        #expect(Self.text(all, team: 0, 0, "pm") == "a\nc" && Self.text(all, team: 1, 0, "pm") == "b")
    }
}
