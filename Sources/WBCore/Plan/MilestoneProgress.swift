/// Progress per milestone, joined from the tasks, and the state it gives.
public struct MilestoneProgress: Sendable {
    public var entry: MilestoneSet.Entry
    /// The team, in a plan of several teams.
    public var team: String?
    public var total = 0, done = 0, doing = 0, blocked = 0, todo = 0, overdue = 0
    public var byRole: [String: (done: Int, total: Int)] = [:]
    /// The roles of `byRole` that are not built in (`pr`, declared in the settings), in
    /// the order their first task came.
    public var declaredRoles: [String] = []
    /// The roles with tasks here: the built-in ones in their order, then the declared.
    public var roles: [String] { Plan.roles.terms.map(\.id).filter { byRole[$0] != nil } + declaredRoles }
    public var daysLeft: Int?
    /// With gate results: whether this milestone has a gate, and its outcome.
    public var gated = false
    public var gate: GateResults.Outcome?
    public var gatesGiven = false
    /// wb's own "at risk" thresholds (off with --rules -at-risk or deck).
    public var atRiskRule = true

    public var percent: Int { total == 0 ? 0 : Int((Double(done) * 100 / Double(total)).rounded()) }

    /// no tasks: nothing planned for it yet. done: every task done (and, with gate
    /// results, its gate passed; else gate failed or gate pending). late: the date has
    /// passed with tasks open. at risk: a task overdue or blocked, or 14 days or fewer
    /// left with under half done. on track: otherwise.
    public var state: String {
        if total == 0 { return "no tasks" }
        if done == total {
            guard gatesGiven && gated else { return "done" }
            guard let gate else { return "gate pending" }
            return gate.pass ? "done" : "gate failed"
        }
        if let d = daysLeft, d < 0 { return "late" }
        if atRiskRule {
            if overdue > 0 || blocked > 0 { return "at risk" }
            if let d = daysLeft, d <= 14, percent < 50 { return "at risk" }
        }
        return "on track"
    }

    /// Each milestone's progress from the tasks (resolved strictly: a bad row is an
    /// error), and with gate results each gated milestone's outcome. `leftOut` is told
    /// of each task whose milestone the set does not list (its id and line), which
    /// no row counts.
    public static func compute(milestones: MilestoneSet, table mt: MilestoneTable?, tasks: Table?, dates: DateContext,
                               roles: Vocabulary, today: CivilDate, gates: GateResults?,
                               leftOut: (_ milestone: String, _ line: Int) -> Void = { _, _ in }) throws -> [MilestoneProgress] {
        guard let table = tasks else { return start(milestones, mt, today: today, gates: gates) }
        var tally = try Tally(milestones, mt, header: table.header, file: table.name, dates: dates, roles: roles, today: today, gates: gates)
        for rec in table.rows {
            try rec.withFields { try tally.add($0, line: rec.line, leftOut: leftOut) { rec } }
        }
        return tally.rows()
    }

    /// The same from a tasks table read as it streams (its header already read), for
    /// a plan too large to hold: memory follows the milestones, not the rows. `team`:
    /// only its rows are counted (`--team`; it fails when none is the team's).
    public static func compute(milestones: MilestoneSet, table mt: MilestoneTable?, reading reader: TableReader, header: Record,
                               dates: DateContext, roles: Vocabulary, today: CivilDate, gates: GateResults?, team: TeamFilter? = nil,
                               leftOut: (_ milestone: String, _ line: Int) -> Void = { _, _ in }) throws -> [MilestoneProgress] {
        var tally = try Tally(milestones, mt, header: header, file: reader.name, dates: dates, roles: roles, today: today, gates: gates)
        var team = team
        try reader.forEachRecord { row in
            if team != nil, !team!.keeps(row.fields) { return }
            try tally.add(row.fields, line: row.line, leftOut: leftOut) { row.record() }
        }
        try team?.finish()
        return tally.rows()
    }

    /// The milestones before any task: their days left, and their gates' outcomes.
    private static func start(_ milestones: MilestoneSet, _ mt: MilestoneTable?, today: CivilDate, gates: GateResults?) -> [MilestoneProgress] {
        var out = milestones.entries.map { MilestoneProgress(entry: $0, daysLeft: $0.date.map { $0.days - today.days }) }
        if let gates {
            let gated = GateResults.gated(milestones, mt)
            for i in out.indices {
                out[i].gatesGiven = true
                out[i].gated = gated.contains(out[i].entry.term.id)
                out[i].gate = gates.outcome(out[i].entry.term.id)
            }
        }
        return out
    }

    /// The tasks counted as they come, each by its codes (the full resolver reads
    /// only a row the codes leave to it, and says what is wrong with a bad one): per
    /// milestone, per status, and per role in a table by role code, made the
    /// `byRole` of each row at the end.
    private struct Tally {
        var out: [MilestoneProgress]
        let resolver: TaskResolver
        let roles: Vocabulary
        let today: Int
        /// The first row of each milestone id (a repeated id counts on its first).
        var slot: [String: Int] = [:]
        /// The row of each milestone code (-1: not a milestone of the set), found once.
        var rowOf: [Int] = []
        /// Done and total by row and role code; each row's roles in order of first task.
        var byRole: [[(done: Int, total: Int)]]
        var roleOrder: [[Int]]
        static let done = Plan.statuses.terms.firstIndex { $0.id == "done" }!
        static let doing = Plan.statuses.terms.firstIndex { $0.id == "doing" }!
        static let blocked = Plan.statuses.terms.firstIndex { $0.id == "blocked" }!

        init(_ milestones: MilestoneSet, _ mt: MilestoneTable?, header: Record, file: String, dates: DateContext, roles: Vocabulary,
             today: CivilDate, gates: GateResults?) throws {
            out = MilestoneProgress.start(milestones, mt, today: today, gates: gates)
            let schema = try TaskSchema(header: header, file: file)
            resolver = TaskResolver(schema: schema, file: file, dates: dates, milestones: milestones, roles: roles)
            self.roles = roles
            self.today = today.days
            for (i, p) in out.enumerated() where slot[p.entry.term.id] == nil { slot[p.entry.term.id] = i }
            byRole = Array(repeating: Array(repeating: (0, 0), count: roles.terms.count), count: out.count)
            roleOrder = Array(repeating: [], count: out.count)
        }

        mutating func add(_ fields: Record.Fields, line: Int, leftOut: (String, Int) -> Void, record: () -> Record) throws {
            let c = try resolver.codes(fields) ?? resolver.codes(of: resolver.resolveStrict(record()))
            while rowOf.count <= c.milestone { rowOf.append(slot[resolver.milestoneTerm(rowOf.count).id] ?? -1) }
            let i = rowOf[c.milestone]
            guard i >= 0 else { leftOut(resolver.milestoneTerm(c.milestone).id, line); return }
            out[i].total += 1
            switch c.status {
            case Self.done: out[i].done += 1
            case Self.doing: out[i].doing += 1
            case Self.blocked: out[i].blocked += 1
            default: out[i].todo += 1
            }
            if c.status != Self.done && c.due != Int.min && c.due < today { out[i].overdue += 1 }
            if byRole[i][c.role].total == 0 { roleOrder[i].append(c.role) }
            byRole[i][c.role].total += 1
            if c.status == Self.done { byRole[i][c.role].done += 1 }
        }

        /// The rows, each with its roles' counts by role id (a role not built in
        /// listed in `declaredRoles` in the order its first task came).
        func rows() -> [MilestoneProgress] {
            var rows = out
            for i in rows.indices {
                for r in roleOrder[i] {
                    let id = roles.terms[r].id
                    if Plan.roles.term(id: id) == nil { rows[i].declaredRoles.append(id) }
                    rows[i].byRole[id] = byRole[i][r]
                }
            }
            return rows
        }
    }

    /// The state of each milestone, by id (the first row of an id).
    public static func states(_ rows: [MilestoneProgress]) -> [String: MilestoneProgress] {
        var m: [String: MilestoneProgress] = [:]
        for r in rows where m[r.entry.term.id] == nil { m[r.entry.term.id] = r }
        return m
    }
}

