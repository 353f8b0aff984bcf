/// What `set` looks at after it changes due dates, statuses or dependencies, and `add`
/// after it adds a task with both: an open task due before an open task it depends on
/// (`check`'s dependency-late), for the pairs a changed or new task is in, so the
/// meeting that moved a date hears what it made late while it can still move the
/// other. Every row of the table is kept as four facts; ids compare as `check`
/// compares them (trimmed, as written), within a team.
struct DependencyOrder {
    struct Row {
        var id: String
        /// Days since 1970-01-01, `Int.min` without a due date (or one that does not read).
        var due: Int
        var done: Bool
        var dependsOn: [String]
        /// The team's key in a plan of teams, else nil.
        var team: String?
        var changed: Bool

        /// The row with `value` written in column `kind` (as `set` and `add` write it:
        /// a due date in ISO form, a status as a word of either language).
        mutating func give(_ kind: TaskColumn?, _ value: String) {
            switch kind {
            case .due?:
                var text = value.trimmed
                due = text.isEmpty ? Int.min : text.withUTF8 { CivilDate.isoDays($0) } ?? Int.min
            case .status?: done = Plan.statuses.lookup(value.trimmed)?.id == "done"
            case .dependsOn?: dependsOn = TaskRow.dependencies(in: value)
            default: break
            }
            changed = true
        }
    }

    private(set) var rows: [Row] = []

    /// The index of `done` in `Plan.statuses`, which `TaskCodes.status` counts in.
    static let doneStatus = Plan.statuses.terms.firstIndex { $0.id == "done" } ?? -1

    mutating func append(_ row: Row) { rows.append(row) }

    /// A row of the table as `resolver` reads it (its values as they are written).
    static func row(_ rec: Record, id: String, team: String?, resolver: TaskResolver) -> Row {
        let codes = resolver.codes(rec) ?? resolver.codes(of: resolver.resolve(rec).0)
        let deps = resolver.schema[.dependsOn].map { $0 < rec.count ? TaskRow.dependencies(in: rec.string($0)) : [] } ?? []
        return Row(id: id.trimmed, due: codes.due, done: codes.status == doneStatus, dependsOn: deps, team: team, changed: false)
    }

    /// A late pair: `task`, due `due`, depends on `dependency`, due `dependencyDue`
    /// (after it). Each once, in the order of the dependent tasks' rows, then of their
    /// dependencies.
    typealias Late = (task: String, due: CivilDate, dependency: String, dependencyDue: CivilDate)

    func late() -> [Late] {
        guard rows.contains(where: \.changed) else { return [] }
        func key(_ team: String?, _ id: String) -> String { (team ?? "") + "\u{0}" + id }
        var first: [String: Int] = [:]
        first.reserveCapacity(rows.count)
        for (i, r) in rows.enumerated() where !r.id.isEmpty && first[key(r.team, r.id)] == nil { first[key(r.team, r.id)] = i }
        var out: [Late] = []
        for (i, r) in rows.enumerated() where r.due != Int.min && !r.done {
            var named = Set<Int>()
            for d in r.dependsOn {
                guard let j = first[key(r.team, d)], j != i, named.insert(j).inserted else { continue }
                let dep = rows[j]
                guard r.changed || dep.changed, !dep.done, dep.due != Int.min, dep.due > r.due else { continue }
                out.append((r.id, CivilDate(days: r.due), dep.id, CivilDate(days: dep.due)))
            }
        }
        return out
    }
}
