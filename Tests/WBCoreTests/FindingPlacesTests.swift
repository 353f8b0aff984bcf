import Testing
@testable import WBCore

/// Where a finding's field stands (`FindingPlaces`), for check's lines: each field's
/// line and column in characters, a field below a Todo of two lines on the row's
/// second line, a kind taken from the Todo at the Todo when the table has no kind
/// column.
struct FindingPlacesTests {
    static func places(_ text: String) throws -> FindingPlaces {
        let reader = try TableReader(source: ByteSource(name: "t.csv", bytes: Array(text.utf8)))
        let schema = try TaskSchema(header: try reader.header(), file: "t.csv")
        var places = FindingPlaces(schema: schema)
        try reader.forEachRecord { places.note($0.fields) }
        return places
    }

    @Test func eachFieldAtItsLineAndColumn() throws {
        let p = try Self.places("id,milestone,role,todo,due,depends_on\nT1,M1,pm,\"二行の\nTodo\",2026-07-01,T9\n\"T2\",M2,開発者,テスト,,T1\n")
        // Task 0 starts on line 2: its Todo's second line holds the due date and the
        // dependency, counted in characters (漢字 one each).
        #expect(p.place(task: 0, .id, line: 2)! == (2, 1))
        #expect(p.place(task: 0, .todo, line: 2)! == (2, 10))
        #expect(p.place(task: 0, .due, line: 2)! == (3, 7))
        #expect(p.place(task: 0, .dependsOn, line: 2)! == (3, 18))
        // Task 1, on line 4: its quoted id at its quote, the fields after 開発者 by characters.
        #expect(p.place(task: 1, .id, line: 4)! == (4, 1))
        #expect(p.place(task: 1, .due, line: 4)! == (4, 17))
        // The kind column is missing: a kind from the Todo's words stands at the Todo.
        #expect(p.place(task: 1, .kind, line: 4)! == (4, 13))
        // A task not noted has no place.
        #expect(p.place(task: 2, .id, line: 5) == nil)
    }

    @Test func eachRuleNamesItsField() {
        #expect(FindingPlaces.field(ofRule: "overdue") == .due)
        #expect(FindingPlaces.field(ofRule: "dangling-dependency") == .dependsOn)
        #expect(FindingPlaces.field(ofRule: "id-case") == .id)
        // About the plan or a milestone: no field.
        #expect(FindingPlaces.field(ofRule: "role-coverage") == nil)
        // An untracked task: the first of owner, due and done_when it lacks (bits 1, 2, 4).
        #expect(FindingPlaces.field(ofRule: "untracked") == .owner)
        #expect([1, 3, 7, 2, 6, 4].map(FindingPlaces.untracked(missing:)) == [.owner, .owner, .owner, .due, .due, .doneWhen])
        // Every rule of the tasks' check is about a field, or about the plan (the
        // milestones' rules place their findings themselves, `MilestoneReviewTests`).
        let milestones: Set = ["duplicate-milestone", "missing-milestone", "order", "no-date", "before-start", "fans-within-3-months",
                               "press-release-within-6-months", "who-what-how", "gate", "market-within-3-months"]
        for rule in ReviewRules.known where !milestones.contains(rule) && FindingPlaces.field(ofRule: rule) == nil {
            #expect(["role-coverage", "approval-missing", "at-risk"].contains(rule), "\(rule)")
        }
    }
}
