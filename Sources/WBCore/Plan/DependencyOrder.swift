/// What `set` looks at after it changes due dates, statuses or dependencies, and `add`
/// after it adds a task with both: an open task due before an open task it depends on
/// (`check`'s dependency-late), for the pairs a changed or new task is in, so the
/// meeting that moved a date hears what it made late while it can still move the
/// other. Ids compare as `check` compares them (trimmed, as written): a dependency is
/// the task of its team with that id, else another team's (ids are unique across the
/// teams of one plan).
///
/// Every row is kept as a few facts and its id's and depends_on's bytes, in arrays (a
/// million rows take ~40 MB and no allocation each); only the rows a changed task
/// names, and the rows whose depends_on names a changed task, are looked at closely.
struct DependencyOrder {
    /// The ids' and depends_on's bytes: row i's id ends at `idEnd[i]`, its depends_on
    /// at `rowEnd[i]` (both start where the row before ends).
    private let bytes = ByteBuffer(capacity: 1 << 16)
    private var idEnd: [Int] = [], rowEnd: [Int] = []
    /// Days since 1970-01-01, `Int32.min` without a due date (or one that does not read).
    private var due: [Int32] = []
    private var done: [Bool] = []
    /// The team's index in `teamKeys`, -1 outside a plan of teams.
    private var team: [Int32] = []
    private var teamKeys: [String: Int32] = [:]
    /// The rows `set` changed or `add` added, in table order.
    private(set) var changed: [Int] = []

    var count: Int { due.count }

    /// The index of `done` in `Plan.statuses`, which `TaskCodes.status` counts in.
    static let doneStatus = Plan.statuses.terms.firstIndex { $0.id == "done" } ?? -1

    private func id(_ i: Int) -> UnsafeBufferPointer<UInt8> { bytes[(i == 0 ? 0 : rowEnd[i - 1])..<idEnd[i]] }
    private func dependsOn(_ i: Int) -> UnsafeBufferPointer<UInt8> { bytes[idEnd[i]..<rowEnd[i]] }

    private mutating func teamIndex(_ key: String?) -> Int32 {
        guard let key else { return -1 }
        if let t = teamKeys[key] { return t }
        let t = Int32(teamKeys.count)
        teamKeys[key] = t
        return t
    }

    /// Adds a row: its id (trimmed here), its depends_on as written, its due date and
    /// whether it is done, its team's key.
    mutating func append(id: UnsafeBufferPointer<UInt8>, dependsOn deps: UnsafeBufferPointer<UInt8>, due day: Int,
                         done isDone: Bool, team key: String?, changed isChanged: Bool = false) {
        if String.isTrimmed(id) { bytes.append(id) } else { bytes.append(String(decoding: id, as: UTF8.self).trimmed) }
        idEnd.append(bytes.count)
        bytes.append(deps)
        rowEnd.append(bytes.count)
        due.append(day == Int.min ? Int32.min : Int32(clamping: day))
        done.append(isDone)
        team.append(teamIndex(key))
        if isChanged { changed.append(due.count - 1) }
    }

    /// Adds a row of strings.
    mutating func append(id: String, dependsOn deps: String, due day: Int, done isDone: Bool, team key: String?, changed isChanged: Bool) {
        var (i, d) = (id, deps)
        i.withUTF8 { ib in d.withUTF8 { db in append(id: ib, dependsOn: db, due: day, done: isDone, team: key, changed: isChanged) } }
    }

    /// Adds a row of the table as `resolver` reads it, its values as they are written
    /// but those in `values` (a column wb knows and the value `set` or `add` writes
    /// there: a due date in ISO form, a status as a word of either language); a row
    /// with `values` is one that changed.
    mutating func append(_ rec: Record, idColumn: Int?, team key: String?, resolver: TaskResolver,
                         values: [(kind: TaskColumn?, text: String)]? = nil) {
        let codes = resolver.codes(rec) ?? resolver.codes(of: resolver.resolve(rec).0)
        var day = codes.due, isDone = codes.status == Self.doneStatus
        var deps: String?
        Self.give(values ?? [], due: &day, done: &isDone, dependsOn: &deps)
        let depsColumn = resolver.schema[.dependsOn]
        rec.withFields { f in
            if var deps {
                deps.withUTF8 { append(id: f[idColumn], dependsOn: $0, due: day, done: isDone, team: key, changed: values != nil) }
            } else {
                append(id: f[idColumn], dependsOn: f[depsColumn], due: day, done: isDone, team: key, changed: values != nil)
            }
        }
    }

    /// Adds the task `add` writes, from the values it writes (`values`, as above).
    mutating func append(newTask id: String, team key: String?, values: [(kind: TaskColumn?, text: String)]) {
        var day = Int.min, isDone = false
        var deps: String?
        Self.give(values, due: &day, done: &isDone, dependsOn: &deps)
        append(id: id, dependsOn: deps ?? "", due: day, done: isDone, team: key, changed: true)
    }

    /// The facts `values` give: a due date in ISO form, a status as a word of either
    /// language, a depends_on as written.
    private static func give(_ values: [(kind: TaskColumn?, text: String)], due day: inout Int, done isDone: inout Bool,
                             dependsOn deps: inout String?) {
        for (kind, text) in values {
            switch kind {
            case .due?:
                var t = text.trimmed
                day = t.isEmpty ? Int.min : t.withUTF8 { CivilDate.isoDays($0) } ?? Int.min
            case .status?: isDone = Plan.statuses.lookup(text.trimmed)?.id == "done"
            case .dependsOn?: deps = text
            default: break
            }
        }
    }

    /// A late pair: `task`, due `due`, depends on `dependency`, due `dependencyDue`
    /// (after it). Each once, in the order of the dependent tasks' rows, then of their
    /// dependencies.
    typealias Late = (task: String, due: CivilDate, dependency: String, dependencyDue: CivilDate)

    /// An id within its team, as the look-ups below compare it.
    private struct Key: Hashable {
        let team: Int32
        let id: [UInt8]
    }

    /// A hash of an id's bytes without making a key (FNV-1a): most rows are passed
    /// over on it alone.
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = FNV1a(seed: 0)
        h.add(b)
        return h.value
    }

    func late() -> [Late] {
        guard !changed.isEmpty else { return [] }
        // The changed rows' ids, and every id a changed row names: the rows with them
        // (the first with each in each team, and in the plan, as check takes them)
        // are the only ones looked up.
        var changedIDs = Set<[UInt8]>(), wanted = Set<[UInt8]>()
        for c in changed {
            changedIDs.insert(Array(id(c)))
            wanted.insert(Array(id(c)))
            TaskRow.forEachDependency(inUTF8: dependsOn(c)) { wanted.insert(Array($0)) }
        }
        func hash(_ id: [UInt8]) -> UInt64 { id.withUnsafeBufferPointer { Self.hash($0) } }
        let wantedHashes = Set(wanted.map(hash)), changedHashes = Set(changedIDs.map(hash))
        var first: [Key: Int] = [:], firstInPlan: [[UInt8]: Int] = [:]
        for i in 0..<count where wantedHashes.contains(Self.hash(id(i))) {
            let bytes = Array(id(i))
            guard wanted.contains(bytes) else { continue }
            let k = Key(team: team[i], id: bytes)
            if first[k] == nil { first[k] = i }
            if firstInPlan[bytes] == nil { firstInPlan[bytes] = i }
        }
        let isChanged = Set(changed)
        var out: [Late] = []
        var named: [Int] = []
        for i in 0..<count where due[i] != Int32.min && !done[i] && rowEnd[i] > idEnd[i] {
            let mine = isChanged.contains(i)
            named.removeAll(keepingCapacity: true)
            TaskRow.forEachDependency(inUTF8: dependsOn(i)) { token in
                // A task that is not changed is looked at only for a changed task it names.
                guard mine || changedHashes.contains(Self.hash(token)) else { return }
                let bytes = Array(token)
                guard let j = first[Key(team: team[i], id: bytes)] ?? firstInPlan[bytes], j != i, !named.contains(j) else { return }
                named.append(j)
                guard mine || isChanged.contains(j), !done[j], due[j] != Int32.min, due[j] > due[i] else { return }
                out.append((String(decoding: id(i), as: UTF8.self), CivilDate(days: Int(due[i])),
                            String(decoding: id(j), as: UTF8.self), CivilDate(days: Int(due[j]))))
            }
        }
        return out
    }
}
