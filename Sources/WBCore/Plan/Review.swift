/// The workshop's group review as rules over a plan's tasks, and the plan-wide
/// checks (`wb-tasks check` reads the rows into `Review.Tasks` and writes the
/// findings).
///
/// Sized for plans of any length: a task is 20 bytes of codes plus its id and
/// dependencies in one byte arena, ids are found in a byte-keyed table, and most
/// findings are entries whose message is written only when the findings are
/// (`Review.Messages`).
enum Review {
    /// A span of `Tasks.bytes`.
    struct Span {
        var start: UInt32, count: UInt32
        static let empty = Span(start: 0, count: 0)
        var range: Range<Int> { Int(start)..<Int(start + count) }
    }

    /// What the review rules need of a plan's tasks.
    struct Tasks {
        struct Task {
            var line: Int32
            /// Days since 1970-01-01; `Int32.min` without a due date.
            var due: Int32
            /// The code of its milestone (`milestoneIDs`), -1 for none.
            var milestone: Int32
            /// Code + 1 in the plan's roles, `Plan.statuses`, `Plan.kinds` (0: none).
            var role: UInt8, status: UInt8, kind: UInt8
            /// 0 without a difficulty.
            var difficulty: UInt8
            /// Bits: 1 no owner, 2 no due date, 4 no done condition.
            var missing: UInt8
            /// With an empty kind, the word of the Todo that gave it one (1-based index
            /// in `KindWords.all`), else 0.
            var kindWord: UInt8

            var isRequest: Bool { kind == Tasks.request }
            var isValidation: Bool { kind == Tasks.validation }
            var isApproval: Bool { kind == Tasks.approval }
            var isDone: Bool { status == Tasks.done }
            var hasDue: Bool { due != Int32.min }
        }
        /// The codes (+ 1) of the kinds and the status the rules test, as constants: a
        /// value looked up at first use would cost a lazy global's check on every
        /// task. `CheckMemoryTests` holds them to `Plan.kinds` and `Plan.statuses`.
        static var request: UInt8 { 2 }
        static var validation: UInt8 { 3 }
        static var approval: UInt8 { 4 }
        static var done: UInt8 { 3 }

        var tasks: [Task] = []
        /// Each task's id, trimmed.
        var ids: [Span] = []
        /// Task i's dependencies are `depTokens[depStart[i]..<depStart[i + 1]]`.
        /// (Signed: a plan of one team's `run` takes it as its `depFrom` as it stands.)
        var depStart: [Int32] = [0]
        var depTokens: [Span] = []
        /// The ids' and dependencies' bytes. A buffer shared by copies of `Tasks`, which
        /// only `read` adds to (before any copy is made).
        let bytes = ByteBuffer(capacity: 1 << 12)
        /// Milestone ids by code (the resolver's codes).
        var milestoneIDs: [String] = []
        /// The earliest and the latest due date of the tasks (`.max`, `.min` with none).
        var dueLow = Int32.max, dueHigh = Int32.min

        /// The columns read, found once (a schema look-up hashes).
        private let idIx, depsIx, todoIx, kindIx, ownerIx, dueIx, doneIx: Int?

        init(schema: TaskSchema) {
            (idIx, depsIx, todoIx, kindIx) = (schema[.id], schema[.dependsOn], schema[.todo], schema[.kind])
            (ownerIx, dueIx, doneIx) = (schema[.owner], schema[.due], schema[.doneWhen])
        }

        var count: Int { tasks.count }

        /// Room for `total` tasks in all, the arena sized by the bytes a task has taken
        /// so far (untouched room costs address space, not memory).
        mutating func reserve(_ total: Int) {
            guard total > count, count > 0 else { return }
            tasks.reserveCapacity(total)
            ids.reserveCapacity(total)
            depStart.reserveCapacity(total + 1)
            depTokens.reserveCapacity(depTokens.count / count * total + total)
            bytes.reserve(bytes.count / count * total + total)
        }

        func id(_ i: Int) -> String { String(decoding: bytes[ids[i].range], as: UTF8.self) }
        func token(_ t: Int) -> String { String(decoding: bytes[depTokens[t].range], as: UTF8.self) }
        func milestone(_ i: Int) -> String? { tasks[i].milestone < 0 ? nil : milestoneIDs[Int(tasks[i].milestone)] }

        /// Set when an id or a dependency did not fit under `byteLimit` (not kept).
        private var overflowed = false

        private mutating func add(_ b: UnsafeBufferPointer<UInt8>) -> Span {
            guard bytes.count + b.count <= byteLimit else { overflowed = true; return .empty }
            let s = Span(start: UInt32(bytes.count), count: UInt32(b.count))
            bytes.append(b)
            return s
        }

        private mutating func add(_ s: String) -> Span {
            var s = s
            return s.withUTF8 { add($0) }
        }

        /// The most bytes of ids and dependencies kept (offsets are 32-bit); a test
        /// lowers it to reach the error past it.
        var byteLimit = Int(UInt32.max)

        /// The error `read` reports past what the review keeps in 32 bits, at `line`.
        static func tooLarge(file: String, line: Int) -> WBError {
            WBError.data(L("the plan is too large to check in one piece (at most 2,147,483,646 tasks and 4 GiB of ids and dependencies); split it with wb-tasks split and check each part"),
                         at: SourceLocation(file: file, line: line))
        }

        /// Adds a row read as `c` (its fields in place, as the reader lends them: no
        /// slice, and no retain, each); its empty Todo is a finding. False when the plan
        /// is past what the review keeps in 32 bits, 2^31 - 1 tasks or lines, 4 GiB of
        /// ids and dependencies (`tooLarge` says so; what was kept is then incomplete).
        mutating func read(_ fields: Record.Fields, line: Int, _ c: TaskCodes,
                           findings: inout FindingList, team: Int32) -> Bool {
            func field(_ i: Int?) -> UnsafeBufferPointer<UInt8> { fields[i] }
            if count >= Int(Int32.max) || line >= Int(Int32.max) { return false }
            func text(_ i: Int?) -> String { String(decoding: fields[i], as: UTF8.self) }
            let todoBlank = Record.isBlank(field(todoIx))
            if todoBlank {
                findings.add(.error, line: line, task: count, rule: findings.rule("empty-todo"),
                             form: Form.emptyTodo.rawValue, team: team)
            }
            var missing: UInt8 = 0
            if ownerIx != nil && Record.isBlank(field(ownerIx)) { missing |= 1 }
            if dueIx != nil && Record.isBlank(field(dueIx)) { missing |= 2 }
            if doneIx != nil && Record.isBlank(field(doneIx)) { missing |= 4 }
            // The kind from the Todo's words, when the kind column is empty.
            let wordsGiveKind = !todoBlank && Record.isBlank(field(kindIx))
            // The id, trimmed as `String.trimmed` trims: bytes as they stand unless an
            // edge could be white space (or a line break, or U+3000).
            if let i = idIx, i < fields.count {
                let f = field(i)
                if !f.isEmpty && String.isTrimmed(f) {
                    ids.append(add(f))
                } else {
                    ids.append(add(text(i).trimmed))
                }
            } else { ids.append(.empty) }
            // Dependencies as `TaskRow.dependencies(in:)` splits them.
            if let i = depsIx, i < fields.count, case let f = field(i), !Record.isBlank(f) {
                TaskRow.forEachDependency(inUTF8: f) { depTokens.append(add($0)) }
            }
            depStart.append(Int32(depTokens.count))
            var kind = UInt8(clamping: c.kind + 1)
            var word: UInt8 = 0
            if wordsGiveKind, let (k, w) = KindWords.find(inUTF8: field(todoIx)) {
                kind = UInt8(Plan.kinds.terms.firstIndex { $0.id == k }! + 1)
                word = UInt8(w + 1)
            }
            let due = c.due == Int.min ? Int32.min : Int32(clamping: c.due)
            if due != Int32.min { (dueLow, dueHigh) = (min(dueLow, due), max(dueHigh, due)) }
            tasks.append(Task(line: Int32(clamping: line), due: due,
                              milestone: Int32(c.milestone), role: UInt8(clamping: c.role + 1),
                              status: UInt8(clamping: c.status + 1), kind: kind,
                              difficulty: UInt8(clamping: c.difficulty), missing: missing, kindWord: word))
            return !overflowed
        }

    }

    /// The plan's days off over the span of its due dates from `today` on, one bit a
    /// day, made once for all the teams' `run`s; nil when no due date is ahead.
    static func daysOffAhead(_ plan: Tasks, today: CivilDate?, _ daysOff: DaysOff) -> DaysOff.Map? {
        let from = max(plan.dueLow, today.map { Int32(clamping: $0.days) } ?? Int32.min)
        return from <= plan.dueHigh ? DaysOff.Map(daysOff, days: Int(from)...Int(plan.dueHigh)) : nil
    }

    /// In a plan of teams (`keys`, the teams' keys by index), each team's days off over
    /// the due dates ahead (one map for all of them unless a team has days of its own,
    /// or a zone of its own that keeps Japan's holidays or not),
    /// and each team's days off for the messages (empty: the plan's for every team).
    static func daysOffAhead(_ plan: Tasks, today: CivilDate?, _ daysOff: DaysOff?, teams keys: [String])
        -> (maps: [DaysOff.Map?], byTeam: [DaysOff]) {
        guard let daysOff else { return (keys.map { _ in nil }, []) }
        guard !daysOff.byTeam.isEmpty || !daysOff.japanByTeam.isEmpty else {
            let shared = daysOffAhead(plan, today: today, daysOff)
            return (keys.map { _ in shared }, [])
        }
        let byTeam = keys.map { daysOff.forTeam($0) }
        return (byTeam.map { daysOffAhead(plan, today: today, $0) }, byTeam)
    }

    /// How the message of a finding `run` keeps as an entry is written (`Messages`).
    enum Form: UInt8 {
        case whole = 0, emptyTodo, duplicate, idCase, dangling, dueAfter, request, kindFromWords,
             validationMissing, validationLate, overdue, untracked, dayOff, dependencyLate
    }

    /// An id holding what a dependency list or set's list of ids reads between two ids
    /// (`,` `、` ` ` `;` `，`), which cannot be named there: a warning each (`first`: the
    /// first task with each id, by member). Out of `run`'s body, and called after its
    /// other passes over the ids: written inline there, the optimizer laid `run`'s
    /// loops out worse (`check` at 100k numbered tasks, where it never runs: +2.1M
    /// instructions; as called now +0.76M, 0.2%).
    @inline(never)
    private static func idSeparators(_ plan: Tasks, members: [Int32], identity: Bool, first: UnsafeBufferPointer<Bool>, team: Int32,
                                     into f: inout FindingList) {
        for k in first.indices where first[k] {
            let g = identity ? k : Int(members[k])
            let id = plan.bytes[plan.ids[g].range]
            guard let (c, dependencies, list) = TaskRow.separator(inID: id) else { continue }
            let name = String(decoding: id, as: UTF8.self), char = String(c)
            let message = dependencies && list
                ? L("id \(name) holds '\(char)', which separates the ids of depends_on and of set: no task can depend on it and set cannot name it")
                : dependencies ? L("id \(name) holds '\(char)', which separates the ids of depends_on: no task can depend on it")
                : L("id \(name) holds '\(char)', which separates the ids given to set: set cannot name it")
            f.add(Finding(severity: .warning, line: Int(plan.tasks[g].line), id: name, rule: "id-separator", message: message),
                  team: team, task: Int32(g))
        }
    }

    /// The rules applied to each team's tasks on their own (with the team's milestones:
    /// its rows of --milestones and the shared ones), each finding naming its team. A
    /// dependency may name another team's task; an id used by two teams is an error.
    /// `daysOff`: each team's days off over the due dates ahead, by the team's index.
    /// `only`: the rules applied to that team's tasks alone (`--team`), its findings
    /// naming no team; the other teams' tasks are there for the dependencies on them.
    static func perTeam(_ plan: Tasks, teamOf: [UInt32], names: [String], only: Int? = nil, today: CivilDate?, daysOff: [DaysOff.Map?],
                        dates: DateContext, schema: TaskSchema, inv: Invocation, into out: inout FindingList) throws {
        var members = [[Int32]](repeating: [], count: names.count)
        for (i, t) in teamOf.enumerated() { members[Int(t)].append(Int32(i)) }
        // Every id of the plan, with the first task that has it.
        var owner = IDTable(capacity: 0)
        do {
            let arena = plan.bytes.bytes
            let key = { (g: Int32) in UnsafeBufferPointer(rebasing: arena[plan.ids[Int(g)].range]) }
            owner = IDTable(capacity: plan.count, sample: (0..<plan.count).lazy.map { key(Int32($0)) }.first { !$0.isEmpty })
            for g in 0..<plan.count where plan.ids[g].count > 0 {
                guard let o = owner.insert(key(Int32(g)), Int32(g), keyOf: key) else { continue }
                let other = Int(teamOf[Int(o)])
                if other != Int(teamOf[g]), only == nil || only == Int(teamOf[g]) {
                    let id = plan.id(g)
                    out.add(Finding(severity: .error, line: Int(plan.tasks[g].line), id: id, rule: "duplicate-id",
                                    message: L("id \(id) is already used on line \(plan.tasks[Int(o)].line) by team \(names[other]); ids are unique across the teams of one plan (wb-tasks merge --renumber)")),
                            team: only == nil ? Int32(teamOf[g]) : -1, task: Int32(g))
                }
            }
        }
        // Cycles through several teams' tasks (each waiting on another team's), which
        // no team's own search follows: the plan's graph, each dependency the first
        // task with that id. A cycle is said once for each team it runs through, so
        // that each team's findings (and its --team check) hold every cycle its tasks
        // are on: at the task that closes it, for that task's team, and at each other
        // team's first task on it, the path read from there.
        do {
            let arena = plan.bytes.bytes
            let key = { (g: Int32) in UnsafeBufferPointer(rebasing: arena[plan.ids[Int(g)].range]) }
            var from = [Int32](repeating: 0, count: plan.count + 1), targets: [Int32] = []
            for g in 0..<plan.count {
                for t in Int(plan.depStart[g])..<Int(plan.depStart[g + 1]) {
                    targets.append(owner.find(UnsafeBufferPointer(rebasing: arena[plan.depTokens[t].range]), keyOf: key) ?? -1)
                }
                from[g + 1] = Int32(targets.count)
            }
            let head = L("dependency cycle: ")
            for (g, path, cut) in cycles(from: from, targets: targets) where path.contains(where: { teamOf[$0] != teamOf[g] }) {
                // The tasks to say it at: g, then each other team's first on the path
                // (a whole path ends where it starts, so its last is left out).
                var at = [(task: g, from: -1)]
                for (i, t) in path.enumerated() where (cut || i < path.count - 1)
                    && !at.contains(where: { teamOf[$0.task] == teamOf[t] }) {
                    at.append((t, i))
                }
                for (t, i) in at where only == nil || only == Int(teamOf[t]) {
                    // Read from t when the path is whole; a cut one stays as found.
                    let ids = i <= 0 || cut ? path : Array(path[i..<(path.count - 1)] + path[0...i])
                    out.add(Finding(severity: .error, line: Int(plan.tasks[t].line), id: plan.id(t), rule: "dependency-cycle",
                                    message: cycleMessage(head, ids.lazy.map { plan.id($0) }, cut: cut)),
                            team: only == nil ? Int32(teamOf[t]) : -1, task: Int32(t))
                }
            }
        }
        let milestones = try inv.string("milestones").map { try inv.teamIndex($0) }
        for (k, name) in names.enumerated() where only == nil || only == k {
            var ms: MilestoneSet?
            if let milestones {
                let mt = try MilestoneTable(milestones.part(inv.teams.key(name), shared: true), dates: dates)
                if let p = mt.problems.first { throw WBError.data(p.message, at: p.location) }
                ms = mt.set
            }
            run(plan, members: members[k], milestones: ms, today: today, daysOff: k < daysOff.count ? daysOff[k] : nil, schema: schema,
                roles: inv.roles, others: owner, team: only == nil ? Int32(k) : -1, into: &out)
        }
    }

    /// The rules over the tasks `members` (indices in `plan`, in the plan's order).
    /// `others`: every id of the plan, which a dependency may name (several teams).
    /// `daysOff`: the plan's days off over its due dates ahead (`daysOffAhead`), for
    /// those that fall on one (nil: the rule is off, or no due date is ahead).
    static func run(_ plan: Tasks, members: [Int32], milestones: MilestoneSet?, today: CivilDate?,
                    daysOff offDays: DaysOff.Map? = nil, schema: TaskSchema,
                    roles: Vocabulary = Plan.roles, others: IDTable? = nil, team: Int32 = -1, into f: inout FindingList) {
        let n = members.count
        let tasks = plan.tasks
        // A plan of one team reviews all its tasks: member k is task k, read without
        // the look-up in `members` (a second dependent load for each random access).
        let identity = n == tasks.count && (n == 0 || (members[0] == 0 && members[n - 1] == Int32(n - 1)))
        @inline(__always) func global(_ k: Int) -> Int { identity ? k : Int(members[k]) }
        @inline(__always) func task(_ k: Int) -> Tasks.Task { tasks[global(k)] }
        func line(_ k: Int) -> Int { Int(task(k).line) }
        // The rules' codes, looked up once.
        let (dueAfter, request, kindFromWords) = (f.rule("due-after-milestone"), f.rule("request-target"), f.rule("kind-from-words"))
        let (validationMissing, validationLate) = (f.rule("validation-missing"), f.rule("validation-late"))
        let dependencyLate = f.rule("dependency-late")
        let (overdue, untracked, dayOff) = (f.rule("overdue"), f.rule("untracked"), f.rule("day-off"))
        // A plan of one team (the whole plan, or the rows of --team): the rules of one
        // task each are kept and applied while the findings are written, not stored.
        let keep = identity && team < 0 && f.perTask == nil && !f.storesAll
        // Else room for a finding or two per task, reserved once (most rules below
        // add at most one per task; reserved room that is not used is never touched).
        if !keep { f.reserve(2 * n) }
        func whole(_ s: Finding.Severity, _ k: Int?, _ rule: String, _ message: String) {
            f.add(Finding(severity: s, line: k.map(line), id: k.map { plan.id(Int(members[$0])) } ?? "", rule: rule, message: message), team: team,
                  task: k.map { Int32(global($0)) } ?? -1)
        }
        // The first task with each id (local indices), and each task's dependencies
        // found once for every rule below: `targets[depFrom[k]..<depFrom[k + 1]]`,
        // -1 for a name that is no id of these tasks nor of `others`, -2 - g for
        // another team's task g (which the rules read, and no cycle search follows).
        var first = [Bool](repeating: false, count: n)
        // Member k's dependency tokens are found in their order, so with every task a
        // member (in order) its targets start where its tokens do: `plan.depStart`
        // is `depFrom` already, and is shared rather than made again (4 bytes a task).
        var depFrom = identity ? plan.depStart : [Int32](repeating: 0, count: n + 1)
        var targets: [Int32] = [], facts: [Int32] = []
        do {
            let arena = plan.bytes.bytes
            func bytes(_ s: Span) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: arena[s.range]) }
            // (The ids taken out of the plan once: a closure that reads `plan` may copy
            // it, retaining each of its arrays, at every call.)
            let ids = plan.ids
            @inline(__always) func localID(_ k: Int) -> UnsafeBufferPointer<UInt8> { bytes(ids[global(k)]) }
            let localKey = { (k: Int32) in localID(Int(k)) }
            let globalKey = { (g: Int32) in bytes(ids[Int(g)]) }
            let sample = (0..<n).lazy.map { localID($0) }.first { !$0.isEmpty }
            var index = IDTable(capacity: n, sample: sample)
            let duplicate = f.rule("duplicate-id")
            for k in 0..<n {
                let id = localID(k)
                if id.isEmpty { continue }
                if let o = index.insert(id, Int32(k), keyOf: localKey) {
                    f.add(.error, line: line(k), task: Int(members[k]), rule: duplicate, form: Form.duplicate.rawValue,
                          a: members[Int(o)], team: team)
                } else { first[k] = true }
            }
            // Ids that differ only in case (or width) are different ids to wb but one
            // to people, and to a calendar or task system that folds case. When every
            // id is ASCII without a lower-case letter (T1, REQ-2), folding cannot make
            // two of them one, and the pass is skipped. Ids all numbered (T1, T2, …) are
            // ASCII but for their prefix, which alone is then looked at.
            @inline(__always) func folds(_ b: UInt8) -> Bool { b >= 0x80 || (b >= 0x61 && b <= 0x7A) }
            var foldsApart = true
            if index.onlyNumbered {
                foldsApart = !index.numberPrefix.contains(where: folds)
            } else {
                for k in 0..<n where first[k] && localID(k).contains(where: folds) {
                    foldsApart = false
                    break
                }
            }
            if !foldsApart {
                var folded: [UInt8] = []
                var foldedSpans = [Span](repeating: .empty, count: n)
                for k in 0..<n where first[k] {
                    let id = localID(k)
                    let start = folded.count
                    if id.allSatisfy({ $0 < 0x80 }) {
                        for b in id { folded.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
                    } else {
                        folded.append(contentsOf: String(decoding: id, as: UTF8.self).foldingWidth.lowercased().utf8)
                    }
                    foldedSpans[k] = Span(start: UInt32(start), count: UInt32(folded.count - start))
                }
                folded.withUnsafeBufferPointer { fb in
                    let foldedKey = { (k: Int32) in UnsafeBufferPointer(rebasing: fb[foldedSpans[Int(k)].range]) }
                    var table = IDTable(capacity: n)
                    let idCase = f.rule("id-case")
                    for k in 0..<n where first[k] {
                        if let o = table.insert(foldedKey(Int32(k)), Int32(k), keyOf: foldedKey) {
                            f.add(.warning, line: line(k), task: Int(members[k]), rule: idCase, form: Form.idCase.rawValue,
                                  a: members[Int(o)], team: team)
                        }
                    }
                }
            }
            targets.reserveCapacity(Int(plan.depStart[plan.count]))
            for k in 0..<n {
                if !identity { depFrom[k] = Int32(targets.count) }
                let g = global(k)
                for t in Int(plan.depStart[g])..<Int(plan.depStart[g + 1]) {
                    let token = bytes(plan.depTokens[t])
                    if let o = index.find(token, keyOf: localKey) { targets.append(o); continue }
                    // Another team's task (`others`): -2 - its index in the plan.
                    targets.append(others.flatMap { $0.find(token, keyOf: globalKey) }.map { -2 - $0 } ?? -1)
                }
            }
            if !identity { depFrom[n] = Int32(targets.count) }
            // What the rules read of each dependency's task (its due date, whether it is
            // a validation and whether it is done: `TaskRules.dependency`), gathered in
            // the order the dependencies are listed, so that the rules read it in order.
            // A dependency names a task anywhere in the plan: a read at random, a cache
            // miss in a large plan. This loop does little else, so the processor has
            // many such reads under way at once; in the rules' loop, among a task's
            // other work, each read waited on its own.
            facts = targets.map { $0 >= 0 ? TaskRules.dependency(tasks[global(Int($0))]) : $0 <= -2 ? TaskRules.dependency(tasks[Int(-2 - $0)]) : 0 }
            // Dependencies: each names a task id, or (for requests) a role.
            let dangling = f.rule("dangling-dependency")
            for k in 0..<n {
                let g = Int(members[k])
                for (j, t) in (Int(plan.depStart[g])..<Int(plan.depStart[g + 1])).enumerated() where targets[Int(depFrom[k]) + j] == -1 {
                    // A request waits on a role of the plan, or on a team outside it
                    // (法務部, legal): a name without a digit is no task id.
                    if task(k).isRequest {
                        let d = plan.token(t)
                        if roles.lookup(d) != nil || !d.contains(where: { $0.isASCII && $0.isNumber }) { continue }
                    }
                    f.add(.error, line: line(k), task: g, rule: dangling, form: Form.dangling.rawValue, a: Int32(t), team: team)
                }
            }
            // Ids all numbered hold a separator only if their prefix does.
            if !index.onlyNumbered || index.numberPrefix.withUnsafeBufferPointer({ TaskRow.separator(inID: $0) }) != nil {
                // (`first` lent, not passed: a copy of the array would make each write
                // to it above check that it is not shared.)
                first.withUnsafeBufferPointer { idSeparators(plan, members: members, identity: identity, first: $0, team: team, into: &f) }
            }
        }
        let cycleHead = L("dependency cycle: ")
        for (k, path, cut) in cycles(from: depFrom, targets: targets) {
            whole(.error, k, "dependency-cycle", cycleMessage(cycleHead, path.lazy.map { plan.id(Int(members[$0])) }, cut: cut))
        }
        // Milestones by code: the two first ones, and their dates.
        let isEarly = plan.milestoneIDs.map { $0 == "M1" || $0 == "M2" }
        // The span of the due dates ahead; with no map, an empty one (1...0).
        let (offFrom, offTo) = offDays.map { (Int32($0.span.lowerBound), Int32($0.span.upperBound)) } ?? (1, 0)
        // The rules of one task each, in one pass over the tasks (then a second, for
        // the rules whose findings follow the approval's): a task's findings keep the
        // order the rules are listed in (`TaskRules`), which is the order they are
        // written in on one line and severity.
        let rules = TaskRules(plan: plan, members: identity ? nil : members, depFrom: depFrom, targets: targets,
                              facts: facts,
                              milestoneDays: milestones.map { ms in plan.milestoneIDs.map { ms.date(of: $0)?.days } },
                              todayDays: today?.days, offDays: offDays, offFrom: offFrom, offTo: offTo, isEarly: isEarly, team: team,
                              dueAfter: dueAfter, request: request, kindFromWords: kindFromWords,
                              validationMissing: validationMissing, validationLate: validationLate,
                              dependencyLate: dependencyLate, overdue: overdue, untracked: untracked, dayOff: dayOff)
        let firstAt = f.entries.count
        let batch = EntryBatch()
        // Else each pass's findings are stored as entries, task by task.
        func store(_ pass: (Int, EntryBatch) -> Void) {
            for k in 0..<n {
                batch.removeAll()
                pass(k, batch)
                for j in 0..<batch.count { f.entries.append(batch[j]) }
            }
        }
        if !keep { store(rules.first) }
        // Milestone and role codes seen, one flag each (a Set would hash every task),
        // and the approvals.
        var seen = [Bool](repeating: false, count: plan.milestoneIDs.count << 8)
        var approvals: [Int] = []
        // Tasks by milestone code (and the first), for the milestones a table leaves out.
        var inMilestone = [Int](repeating: 0, count: plan.milestoneIDs.count), firstIn = inMilestone
        for k in 0..<n {
            let t = task(k)
            if rules.early(t), t.role > 0 { seen[Int(t.milestone) << 8 | Int(t.role)] = true }
            if t.isApproval { approvals.append(k) }
            if t.milestone >= 0 {
                if inMilestone[Int(t.milestone)] == 0 { firstIn[Int(t.milestone)] = k }
                inMilestone[Int(t.milestone)] += 1
            }
        }
        // With --milestones: tasks of a milestone the table does not list (status and
        // report count them nowhere, and their dates are checked against nothing).
        if let milestones {
            for (c, id) in plan.milestoneIDs.enumerated() where inMilestone[c] > 0 && milestones.entry(id) == nil {
                whole(.warning, firstIn[c], "unlisted-milestone",
                      inMilestone[c] == 1 ? L("1 task is in \(id), which the milestones table does not list")
                                          : L("\(inMilestone[c]) tasks are in \(id), which the milestones table does not list"))
            }
        }
        // Every core role has a Todo in M1 and M2.
        for m in ["M1", "M2"] {
            for r in ["pm", "dev", "ds"] {
                let role = roles.term(id: r)!
                let covered = plan.milestoneIDs.firstIndex(of: m).map { mc in
                    roles.terms.firstIndex { $0.id == r }.map { seen[mc << 8 | ($0 + 1)] } ?? false
                } ?? false
                if covered { continue }
                whole(.warning, nil, "role-coverage",
                      L("\(m) has no Todo for \(r) (\(role.ja) / \(role.en)): every role acts on the first two milestones"))
            }
        }
        // The approval (稟議) for the market-validation investment, before M2.
        if approvals.isEmpty {
            whole(.warning, nil, "approval-missing",
                  L("no approval (稟議) task: plan the request to executives for the time and money of market validation"))
        } else {
            let m2 = milestones?.date(of: "M2")
            let onTime = approvals.contains { a in
                let t = task(a)
                if let m2, t.hasDue { return Int(t.due) < m2.days }
                return rules.early(t)
            }
            if !onTime {
                whole(.warning, approvals[0], "approval-late",
                      L("the approval (稟議) for market validation should be due before M2") + fromWords(task(approvals[0])))
            }
        }
        if keep { f.perTask = (rules, firstAt, f.entries.count) } else { store(rules.second) }
        let absent = untrackedColumns.filter { schema[$0] == nil }.map { columnName($0, header: nil) }
        if !absent.isEmpty {
            whole(.info, nil, "untracked", L("the plan has no \(absent.listed) column"))
        }
    }

    /// The columns a task worth tracking fills in, in the order findings name them.
    static let untrackedColumns: [TaskColumn] = [.owner, .due, .doneWhen]

    /// How a finding names a column (an untracked one, depends_on): as the plan's header writes it (完了条件),
    /// with its Japanese name after an English header in a Japanese message
    /// (`done_when (完了条件)`), else (a column the plan lacks) by its name in the run's language.
    static func columnName(_ c: TaskColumn, header: (Record, TaskSchema)?) -> String {
        let inLanguage = Lang.current == .ja ? c.ja : c.rawValue
        guard let (h, schema) = header else { return inLanguage }
        let named = h.columnName(at: schema[c], otherwise: inLanguage)
        return Lang.current == .ja && named == c.rawValue ? "\(named) (\(c.ja))" : named
    }

    /// `head` and the ids of a cycle's path joined by ` -> `, as many as fit in a
    /// message (`Diagnostic.messageLimit` characters, counted as UTF-8 bytes, which
    /// are never fewer: what `Diagnostic.isClean` lets through as it stands), then
    /// ` -> …` when some were left out here or by `cycles` (`cut`). The ids stay
    /// whole, and a plan of many long cycles is not built up to be cut down again.
    static func cycleMessage<S: Sequence<String>>(_ head: String, _ ids: S, cut: Bool) -> String {
        let more = " -> …"
        let room = Diagnostic.messageLimit - more.utf8.count
        var text = head, first = true, shortened = cut
        for id in ids {
            // (The first id goes in whatever its length: `Diagnostic.clean` cuts a
            // value too long for any message.)
            if !first && text.utf8.count + 4 + id.utf8.count > room { shortened = true; break }
            if !first { text += " -> " }
            text += id
            first = false
        }
        return shortened ? text + more : text
    }

    /// ` (taken as a request from its words: '依頼')`, for a kind found in the text.
    static func fromWords(_ t: Tasks.Task) -> String {
        guard t.kindWord != 0 else { return "" }
        return L(" (its kind is taken from the word '\(KindWords.all[Int(t.kindWord) - 1].word)')")
    }

    /// The most tasks of a cycle's path kept for its message: more than a message
    /// shows (`Diagnostic.messageLimit` characters; each task adds at least five with
    /// its ` -> `), so a plan of long chains closing on their start stays linear.
    static let cyclePathLimit = Diagnostic.messageLimit / 5 + 2

    /// Each dependency cycle once, as the task it closes on and the path
    /// (`T1 -> T2 -> T1`, as indices; only its first `cyclePathLimit` tasks when it is
    /// longer, and then `cut`); task k's dependencies are `targets[from[k]..<from[k + 1]]`
    /// (-1: none), read in place.
    static func cycles(from: [Int32], targets: [Int32]) -> [(task: Int, path: [Int], cut: Bool)] {
        let n = from.count - 1
        // Along dependencies on earlier tasks only, every path ends: a cycle takes one
        // on a task at or after its own place. Most plans list a task after what it
        // waits on, and have none: one pass in order then says so, without the search
        // and its reads at random.
        guard (0..<n).contains(where: { k in
            (Int(from[k])..<Int(from[k + 1])).contains { targets[$0] >= Int32(k) }
        }) else { return [] }
        // Each task's state in one word: where it stands on the stack (≥ 0), or not
        // reached yet, or done with.
        let new: Int32 = -1, done: Int32 = -2
        var at = [Int32](repeating: new, count: n)
        var out: [(task: Int, path: [Int], cut: Bool)] = []
        var stack: [Int] = []
        // Iterative DFS: plans can be long chains. The frames' array is empty after
        // each search and kept for the next (no allocation per task).
        var frames: [(node: Int, next: Int)] = []
        for start in 0..<n where at[start] == new {
            // A task that depends on nothing is on no cycle (most tasks of a plan).
            if from[start + 1] == from[start] { at[start] = done; continue }
            frames.append((start, 0))
            at[start] = Int32(stack.count)
            stack.append(start)
            while var top = frames.popLast() {
                let at0 = Int(from[top.node])
                if top.next < Int(from[top.node + 1]) - at0 {
                    let j = Int(targets[at0 + top.next])
                    top.next += 1
                    frames.append(top)
                    guard j >= 0 else { continue }
                    if at[j] >= 0 {
                        let first = Int(at[j])
                        if stack.count - first < cyclePathLimit {
                            out.append((top.node, Array(stack[first...]) + [j], false))
                        } else {
                            out.append((top.node, Array(stack[first..<(first + cyclePathLimit)]), true))
                        }
                    } else if at[j] == new {
                        if from[j + 1] == from[j] { at[j] = done; continue }
                        at[j] = Int32(stack.count)
                        stack.append(j)
                        frames.append((j, 0))
                    }
                } else {
                    at[top.node] = done
                    stack.removeLast()
                }
            }
        }
        return out
    }

    /// The messages of the findings `run` keeps as forms, in the current language:
    /// each compiled once from its `L("…")` and filled from the task it is about.
    /// A class: the findings' writer calls it through an existential once per finding,
    /// which then holds one reference instead of copying (and retaining) the tasks and
    /// every template.
    final class Messages: FindingMessages {
        typealias S = MessageTemplate.Slot
        let plan: Tasks
        let emptyTodo = MessageTemplate(L("the Todo is empty"))
        let duplicate = MessageTemplate(L("id \(S(1)) is already used on line \(S(2))"))
        let idCase = MessageTemplate(L("id \(S(1)) differs from \(S(2)) (line \(S(3))) only in case or width: people and some systems take them for one"))
        let dangling = MessageTemplate(L("depends on '\(S(1))', which is not a task id in the plan"))
        let dueAfter = MessageTemplate(L("due \(S(1)), after its milestone \(S(2)) on \(S(3))"))
        let request: MessageTemplate
        let fromWords = MessageTemplate(L(" (its kind is taken from the word '\(S(1))')"))
        let kindFromWords = MessageTemplate(L("the kind is empty; taken as \(S(1)) (\(S(2))) from the word '\(S(3))' in the Todo"))
        let validationMissing: MessageTemplate
        let validationLate = MessageTemplate(L("its validation \(S(1)) is due \(S(2)), after this task (\(S(3)))"))
        let dependencyLate = MessageTemplate(L("depends on \(S(1)), due \(S(2)), after this task (\(S(3)))"))
        let overdue1 = MessageTemplate(L("due \(S(1)), 1 day ago, and not done"))
        let overdue = MessageTemplate(L("due \(S(1)), \(S(2)) days ago, and not done"))
        let untracked = MessageTemplate(L("no \(S(1)): a task worth tracking has an owner, a due date and a done condition"))
        let dayOff = MessageTemplate(L("due \(S(1)), a day off (\(S(2))); the working day before is \(S(3))"))
        /// The plan's days off (for `dayOff`), and in a plan of teams each team's, by
        /// the team's index (empty: the plan's for every team).
        let daysOff: DaysOff
        var teamDaysOff: [DaysOff] = []
        func daysOff(team: Int32) -> DaysOff { team >= 0 && Int(team) < teamDaysOff.count ? teamDaysOff[Int(team)] : daysOff }

        /// The untracked columns' names as the header writes them, by the bits of `missing`.
        let untrackedNames: [String]

        /// The last dates written, in ISO form, by their day (a slot each: the day's low
        /// 8 bits): a plan's due dates are a few hundred days, each written by many
        /// findings. Pointers, not arrays, so that no access is checked at run time.
        private let isoDays = UnsafeMutablePointer<Int32>.allocate(capacity: 256)
        private let isoText = UnsafeMutablePointer<UInt8>.allocate(capacity: 256 * 10)
        deinit {
            isoDays.deallocate()
            isoText.deallocate()
        }

        /// Day `d` in ISO form.
        private func day(_ d: Int32, _ out: ByteBuffer) {
            let slot = Int(UInt32(bitPattern: d) & 255)
            if isoDays[slot] == d {
                out.append(UnsafeBufferPointer(start: isoText + slot * 10, count: 10))
                return
            }
            let start = out.count
            CivilDate(days: Int(d)).appendISO(to: out)
            guard out.count - start == 10 else { return }
            isoText.advanced(by: slot * 10).update(from: out.base + start, count: 10)
            isoDays[slot] = d
        }

        /// A message whose template is clean with numbers needs no check when the id it
        /// names is plain: printable ASCII, no apostrophe (which would start a quoted
        /// value), at most 20 bytes (what a number may take).
        private static func plainID(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
            guard id.count <= 20 else { return false }
            for b in id where b < 0x20 || b >= 0x7F || b == 0x27 { return false }
            return true
        }

        init(_ plan: Tasks, header: Record, schema: TaskSchema, daysOff: DaysOff = DaysOff(japan: false)) {
            (self.plan, self.daysOff) = (plan, daysOff)
            isoDays.initialize(repeating: Int32.min, count: 256)
            isoText.initialize(repeating: 0, count: 256 * 10)
            untrackedNames = Review.untrackedColumns.map { Review.columnName($0, header: (header, schema)) }
            // The dependencies' column as the header writes it (依存), its control
            // characters left out: they would read as a slot of the form.
            let depends = String(String.UnicodeScalarView(Review.columnName(.dependsOn, header: (header, schema)).unicodeScalars.filter { $0.value >= 0x20 }))
            request = MessageTemplate(L("a request (依頼) must name the task or role it waits on in \(depends)"))
            validationMissing = MessageTemplate(L("difficulty \(S(1)) needs a technical validation (技術検証) task in \(depends)"))
        }

        func id(of e: FindingList.Entry) -> UnsafeBufferPointer<UInt8> { plan.bytes[plan.ids[Int(e.task)].range] }

        /// The arena the ids are cut from (with the dependencies' text).
        var idBytes: UnsafeBufferPointer<UInt8>? { plan.bytes.bytes }

        func memoKey(of e: FindingList.Entry) -> (extra: UInt32, value: UInt64)? {
            let t = plan.tasks[Int(e.task)]
            @inline(__always) func bits(_ v: Int32) -> UInt64 { UInt64(UInt32(bitPattern: v)) }
            // Exactly the values `message(of:into:)` reads for each form.
            switch Form(rawValue: e.form)! {
            case .emptyTodo: return (0, 0)
            case .request: return (0, UInt64(t.kindWord))
            case .kindFromWords: return (0, UInt64(t.kind) << 8 | UInt64(t.kindWord))
            case .validationMissing: return (0, UInt64(t.difficulty))
            case .overdue: return (0, bits(t.due) << 32 | bits(e.a))
            case .untracked: return (0, UInt64(t.missing))
            case .dayOff: return (teamDaysOff.isEmpty ? 0 : UInt32(bitPattern: e.team &+ 1), bits(t.due))
            case .dueAfter: return (UInt32(bitPattern: t.milestone), bits(t.due) << 32 | bits(e.a))
            case .whole, .duplicate, .idCase, .dangling, .validationLate, .dependencyLate: return nil
            }
        }

        /// Task i's id.
        private func id(_ i: Int, _ out: ByteBuffer) { out.append(plan.bytes[plan.ids[i].range]) }

        func message(of e: FindingList.Entry, into out: ByteBuffer) -> Bool {
            let i = Int(e.task), t = plan.tasks[i]
            func text(_ s: String, _ out: ByteBuffer) { out.append(s) }
            func number<N: BinaryInteger>(_ n: N, _ out: ByteBuffer) { out.append(decimal: Int(n)) }
            switch Form(rawValue: e.form)! {
            case .whole: return true
            case .emptyTodo:
                emptyTodo.write(into: out) { _, _ in }
                return !emptyTodo.cleanWithNumbers
            case .duplicate:
                duplicate.write(into: out) { n, o in n == 1 ? id(i, o) : number(plan.tasks[Int(e.a)].line, o) }
            case .idCase:
                idCase.write(into: out) { n, o in
                    n == 1 ? id(i, o) : n == 2 ? id(Int(e.a), o) : number(plan.tasks[Int(e.a)].line, o)
                }
            case .dangling:
                dangling.write(into: out) { _, o in o.append(plan.bytes[plan.depTokens[Int(e.a)].range]) }
            case .dueAfter:
                dueAfter.write(into: out) { n, o in
                    n == 1 ? day(t.due, o) : n == 2 ? text(plan.milestone(i)!, o) : day(e.a, o)
                }
            case .request:
                request.write(into: out) { _, _ in }
                if t.kindWord != 0 { fromWords.write(into: out) { _, o in text(KindWords.all[Int(t.kindWord) - 1].word, o) } }
                return t.kindWord != 0 || !request.cleanWithNumbers
            case .kindFromWords:
                let kind = Plan.kinds.terms[Int(t.kind) - 1]
                kindFromWords.write(into: out) { n, o in
                    text(n == 1 ? kind.ja : n == 2 ? kind.id : KindWords.all[Int(t.kindWord) - 1].word, o)
                }
            case .validationMissing:
                validationMissing.write(into: out) { _, o in number(t.difficulty, o) }
                return !validationMissing.cleanWithNumbers
            case .validationLate, .dependencyLate:
                let template = e.form == Form.validationLate.rawValue ? validationLate : dependencyLate
                // The dependency as this task's depends_on names it (token `a`), its due
                // date `b`.
                let token = plan.bytes[plan.depTokens[Int(e.a)].range]
                template.write(into: out) { n, o in
                    n == 1 ? o.append(token) : day(n == 2 ? e.b : t.due, o)
                }
                return !(template.cleanWithNumbers && Self.plainID(token))
            case .overdue:
                let template = e.a == 1 ? overdue1 : overdue
                template.write(into: out) { n, o in n == 1 ? day(t.due, o) : number(e.a, o) }
                return !template.cleanWithNumbers
            case .untracked:
                untracked.write(into: out) { _, o in
                    text(untrackedNames.enumerated().filter { t.missing & (1 << $0.offset) != 0 }.map(\.element).listed, o)
                }
            case .dayOff:
                let due = CivilDate(days: Int(t.due)), daysOff = daysOff(team: e.team)
                dayOff.write(into: out) { n, o in
                    n == 1 ? day(t.due, o)
                        : n == 2 ? text(daysOff.reason(due) ?? "", o) : daysOff.workingDay(onOrBefore: due).appendISO(to: o)
                }
            }
            return true
        }
    }
}
