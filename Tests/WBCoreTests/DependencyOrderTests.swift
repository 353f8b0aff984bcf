import Testing
@testable import WBCore

/// `set`'s warning of a task now due before what it depends on: the pairs a changed
/// task is in, as `check`'s dependency-late finds them.
struct DependencyOrderTests {
    let jul = CivilDate(2026, 7, 1)!.days

    /// A row: its id, its due day in July (nil: none), its dependencies.
    struct Row {
        var id: String, day: Int?, done = false, deps: [String] = [], team: String? = nil, changed = false
    }

    func row(_ id: String, _ day: Int?, done: Bool = false, _ deps: [String] = [], team: String? = nil, changed: Bool = false) -> Row {
        Row(id: id, day: day, done: done, deps: deps, team: team, changed: changed)
    }

    func late(_ rows: [Row], separator: String = " ") -> [String] {
        var order = DependencyOrder()
        for r in rows {
            order.append(id: r.id, dependsOn: r.deps.joined(separator: separator), due: r.day.map { jul + $0 - 1 } ?? Int.min,
                         done: r.done, team: r.team, changed: r.changed)
        }
        return order.late().map { "\($0.task) \($0.due.iso) < \($0.dependency) \($0.dependencyDue.iso)" }
    }

    @Test func aChangedTaskIsComparedWithWhatItDependsOnAndWhatDependsOnIt() {
        // T1 moved to Jul 28: T2 (Jul 10) and T4 (Jul 22) wait on it; T3 waits on T2.
        let rows = [row("T1", 28, changed: true), row("T2", 10, ["T1"]), row("T3", 5, ["T2"]), row("T4", 22, ["T3", "T1"])]
        #expect(late(rows) == ["T2 2026-07-10 < T1 2026-07-28", "T4 2026-07-22 < T1 2026-07-28"])
        // The same plan with nothing changed says nothing: check is where it is found.
        #expect(late(rows.map { var r = $0; r.changed = false; return r }).isEmpty)
        // depends_on written with commas, 、 or ;, and ids with spaces around them.
        #expect(late(rows, separator: "、") == late(rows))
        #expect(late(rows, separator: " ; ") == late(rows))
        #expect(late([row(" T1 ", 28, changed: true), row("T2", 10, ["T1"])]) == ["T2 2026-07-10 < T1 2026-07-28"])
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

    @Test func idsAreComparedWithinATeamFirstAndOnceEach() {
        // Harbor's T2 waits on Harbor's T1, not on さくら's T1 of the same id.
        let rows = [row("T1", 28, team: "sakura", changed: true), row("T1", 5, team: "harbor"),
                    row("T2", 10, ["T1"], team: "harbor")]
        #expect(late(rows).isEmpty)
        // An id its team lacks is another team's task (ids are unique across teams).
        #expect(late([row("E1", 28, team: "east", changed: true), row("W1", 10, ["E1"], team: "west")]) == ["W1 2026-07-10 < E1 2026-07-28"])
        #expect(late([row("E1", 28, team: "east"), row("W1", 10, ["E1"], team: "west", changed: true)]) == ["W1 2026-07-10 < E1 2026-07-28"])
        #expect(late([row("T1", 28, team: "harbor", changed: true), row("T2", 10, ["T1"], team: "harbor")]) == ["T2 2026-07-10 < T1 2026-07-28"])
        // A dependency named twice is said once; an id used twice is its first task's.
        #expect(late([row("T1", 28, changed: true), row("T1", 2), row("T2", 10, ["T1", "T1"])]) == ["T2 2026-07-10 < T1 2026-07-28"])
    }

    /// Against the rule read plainly (every pair, the first task of each id in its
    /// team, else in the plan), on seeded plans of repeated ids, teams, done tasks and missing dates.
    @Test func theLookUpsFindWhatEveryPairWouldFind() {
        var rng = RoundTripProperties.RNG(state: 20261203)
        func next(_ n: Int) -> Int { Int.random(in: 0..<n, using: &rng) }
        var found = 0
        for _ in 0..<200 {
            let n = 1 + next(40)
            let rows = (0..<n).map { _ in
                row("T\(next(n + 3))", next(8) == 0 ? nil : 1 + next(30), done: next(5) == 0,
                    (0..<next(4)).map { _ in next(10) == 0 ? "法務部" : "T\(next(n + 3))" },
                    team: next(3) == 0 ? nil : ["a", "b"][next(2)], changed: next(6) == 0)
            }
            var expected: [String] = []
            for (i, r) in rows.enumerated() where r.day != nil && !r.done {
                var named: [Int] = []
                for d in r.deps {
                    guard let j = rows.firstIndex(where: { $0.id == d && $0.team == r.team }) ?? rows.firstIndex(where: { $0.id == d }),
                          j != i, !named.contains(j) else { continue }
                    named.append(j)
                    let dep = rows[j]
                    guard r.changed || dep.changed, !dep.done, let a = r.day, let b = dep.day, b > a else { continue }
                    expected.append("\(r.id) 2026-07-\(a < 10 ? "0" : "")\(a) < \(dep.id) 2026-07-\(b < 10 ? "0" : "")\(b)")
                }
            }
            #expect(late(rows) == expected)
            found += expected.count
        }
        #expect(found > 50, "\(found)")
    }
}
