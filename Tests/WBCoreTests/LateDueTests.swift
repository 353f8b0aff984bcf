import Testing
@testable import WBCore

/// A due date past its task's milestone, found where `set` and `add` write it (the
/// warning before `check`'s `due-after-milestone` error), without the command line.
struct LateDueTests {
    let milestones = MilestoneSet(entries: [
        .init(term: Plan.milestones.terms[0], name: "CTO demo", date: CivilDate(2026, 7, 31), record: Record()),
        .init(term: Plan.milestones.terms[1], name: "", date: CivilDate(2026, 9, 15), record: Record()),
    ])
    let header = "id,milestone,role,todo,due\n"

    func resolver(_ milestones: MilestoneSet?) throws -> TaskResolver {
        let reader = try TableReader(source: ByteSource(name: "plan.csv", bytes: Array(header.utf8)))
        let schema = try TaskSchema(header: try reader.header(), file: reader.name)
        return TaskResolver(schema: schema, file: reader.name, dates: DateContext(year: 2026), milestones: milestones)
    }

    @Test func aDueAfterItsMilestonesDateIsLateAndTheDayItselfIsNot() throws {
        let r = try resolver(milestones)
        let late = try #require(r.lateDue(milestone: "M1", due: "2026-08-01"))
        #expect(late.due == CivilDate(2026, 8, 1))
        #expect(late.milestone == "M1")
        #expect(late.date == CivilDate(2026, 7, 31))
        #expect(r.lateDue(milestone: "M1", due: "2026-07-31") == nil)
        // Written as people write them: the plan's name, the deck's name, 8/20.
        #expect(r.lateDue(milestone: "CTO demo", due: "8/20")?.milestone == "M1")
        #expect(r.lateDue(milestone: "ファンの獲得", due: "2026-09-16")?.milestone == "M2")
        #expect(r.lateDue(milestone: "M2", due: "2026-09-15") == nil)
    }

    @Test func whatDoesNotReadOrHasNoDateIsNotLate() throws {
        let r = try resolver(milestones)
        #expect(r.lateDue(milestone: "M1", due: "") == nil)
        #expect(r.lateDue(milestone: "M1", due: "someday") == nil)
        #expect(r.lateDue(milestone: "M9", due: "2030-01-01") == nil)
        // M3 is not in the table: no date to compare with.
        #expect(r.lateDue(milestone: "M3", due: "2030-01-01") == nil)
        // No milestones table at hand: nothing to compare with.
        #expect(try resolver(nil).lateDue(milestone: "M1", due: "2030-01-01") == nil)
    }

    /// `set`'s pass over the rows: a change of due date or milestone is handed on with
    /// both values as they now are and the id as the table writes it, and is late by
    /// `lateDue`; a row whose due was already late and is changed otherwise is not.
    @Test func setReportsTheTasksItMakesLate() throws {
        let text = header + "T1,M1,pm,a,2026-07-01\nT2,M2,pm,b,2026-09-01\nT3,M1,dev,c,2026-12-01\n"
        func run(_ ids: [String], _ changes: [(TaskColumn, String)]) throws -> [String] {
            let reader = try TableReader(source: ByteSource(name: "plan.csv", bytes: Array(text.utf8)))
            let h = try reader.header()
            let schema = try TaskSchema(header: h, file: reader.name)
            let r = TaskResolver(schema: schema, file: reader.name, dates: DateContext(year: 2026), milestones: milestones)
            var parser = TaskValueParser(resolver: r, labels: nil)
            var editor = TaskEditor(header: h, schema: schema, format: .csv, writing: .csv)
            let cs = changes.map { c, v in (column: editor.column(c), kind: Optional(c), option: "x", text: v) }
            var update = TaskUpdate(ids: ids)
            var team = TeamFilter(key: nil, column: nil, teams: Teams(), option: "", file: reader.name)
            let out = try update.run(reader, idColumn: 0, changes: cs, resolver: r, parser: &parser, editor: editor,
                                     team: &team, teamColumn: nil, teams: Teams())
            return out.dated.compactMap { d in
                r.lateDue(milestone: d.milestone, due: d.due).map { "\(d.id) \($0.due.iso) \($0.milestone) \($0.date.iso)" }
            }
        }
        #expect(try run(["T1"], [(.due, "8/3")]) == ["T1 2026-08-03 M1 2026-07-31"])
        // Moved to an earlier milestone, its due date kept.
        #expect(try run(["t2"], [(.milestone, "M1")]) == ["T2 2026-09-01 M1 2026-07-31"])
        #expect(try run(["T1", "T2"], [(.due, "2026-07-20")]) == [])
        // T3 was late already; a change of its Todo is no news.
        #expect(try run(["T3"], [(.todo, "d")]) == [])
    }
}
