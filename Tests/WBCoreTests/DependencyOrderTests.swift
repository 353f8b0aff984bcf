import Testing
@testable import WBCore

/// `set`'s warning of a task now due before what it depends on: the pairs a changed
/// task is in, as `check`'s dependency-late finds them.
struct DependencyOrderTests {
    typealias Row = DependencyOrder.Row
    let jul = CivilDate(2026, 7, 1)!.days

    func row(_ id: String, _ day: Int?, done: Bool = false, _ deps: [String] = [], team: String? = nil, changed: Bool = false) -> Row {
        Row(id: id, due: day.map { jul + $0 - 1 } ?? Int.min, done: done, dependsOn: deps, team: team, changed: changed)
    }

    func late(_ rows: [Row]) -> [String] {
        var order = DependencyOrder()
        for r in rows { order.append(r) }
        return order.late().map { "\($0.task) \($0.due.iso) < \($0.dependency) \($0.dependencyDue.iso)" }
    }

    @Test func aChangedTaskIsComparedWithWhatItDependsOnAndWhatDependsOnIt() {
        // T1 moved to Jul 28: T2 (Jul 10) and T4 (Jul 22) wait on it; T3 waits on T2.
        let rows = [row("T1", 28, changed: true), row("T2", 10, ["T1"]), row("T3", 5, ["T2"]), row("T4", 22, ["T3", "T1"])]
        #expect(late(rows) == ["T2 2026-07-10 < T1 2026-07-28", "T4 2026-07-22 < T1 2026-07-28"])
        // The same plan with nothing changed says nothing: check is where it is found.
        #expect(late(rows.map { var r = $0; r.changed = false; return r }).isEmpty)
        // Changing T3 names its own late dependency (T2) and nothing of T1's.
        #expect(late([row("T1", 28), row("T2", 10, ["T1"]), row("T3", 5, ["T2"], changed: true)]) == ["T3 2026-07-05 < T2 2026-07-10"])
    }

    @Test func doneTasksTasksWithoutADateAndNamesOutsideThePlanSayNothing() {
        #expect(late([row("T1", 28, changed: true), row("T2", 10, done: true, ["T1"])]).isEmpty)
        #expect(late([row("T1", 28, done: true, changed: true), row("T2", 10, ["T1"])]).isEmpty)
        #expect(late([row("T1", nil, changed: true), row("T2", 10, ["T1"])]).isEmpty)
        #expect(late([row("T1", 28, changed: true), row("T2", nil, ["T1"])]).isEmpty)
        #expect(late([row("T2", 10, ["法務部", "T9"], changed: true)]).isEmpty)
        // The same day is not before it; a task that names itself is a cycle, not this.
        #expect(late([row("T1", 10, changed: true), row("T2", 10, ["T1"])]).isEmpty)
        #expect(late([row("T1", 10, ["T1"], changed: true)]).isEmpty)
    }

    @Test func idsAreComparedWithinATeamAndOnceEach() {
        // Harbor's T2 waits on Harbor's T1, not on さくら's T1 of the same id.
        let rows = [row("T1", 28, team: "sakura", changed: true), row("T1", 5, team: "harbor"),
                    row("T2", 10, ["T1"], team: "harbor")]
        #expect(late(rows).isEmpty)
        #expect(late([row("T1", 28, team: "harbor", changed: true), row("T2", 10, ["T1"], team: "harbor")]) == ["T2 2026-07-10 < T1 2026-07-28"])
        // A dependency named twice is said once; an id used twice is its first task's.
        #expect(late([row("T1", 28, changed: true), row("T1", 2), row("T2", 10, ["T1", "T1"])]) == ["T2 2026-07-10 < T1 2026-07-28"])
    }
}
