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
                               leftOut: ((_ milestone: String, _ line: Int) -> Void)? = nil) throws -> [MilestoneProgress] {
        var out = milestones.entries.map { MilestoneProgress(entry: $0, daysLeft: $0.date.map { $0.days - today.days }) }
        if let gates {
            let gated = GateResults.gated(milestones, mt)
            for i in out.indices {
                out[i].gatesGiven = true
                out[i].gated = gated.contains(out[i].entry.term.id)
                out[i].gate = gates.outcome(out[i].entry.term.id)
            }
        }
        guard let table = tasks else { return out }
        let schema = try TaskSchema(header: table.header, file: table.name)
        let resolver = TaskResolver(schema: schema, file: table.name, dates: dates, milestones: milestones, roles: roles)
        var slot: [String: Int] = [:]
        for (i, p) in out.enumerated() where slot[p.entry.term.id] == nil { slot[p.entry.term.id] = i }
        for rec in table.rows {
            let t = try resolver.resolveStrict(rec)
            guard let i = slot[t.milestone!.id] else { leftOut?(t.milestone!.id, t.line); continue }
            out[i].total += 1
            switch t.status.id {
            case "done": out[i].done += 1
            case "doing": out[i].doing += 1
            case "blocked": out[i].blocked += 1
            default: out[i].todo += 1
            }
            if t.status.id != "done", let d = t.due, d < today { out[i].overdue += 1 }
            let r = t.role!.id
            let prev = out[i].byRole[r] ?? (0, 0)
            if prev.total == 0 && Plan.roles.term(id: r) == nil { out[i].declaredRoles.append(r) }
            out[i].byRole[r] = (prev.done + (t.status.id == "done" ? 1 : 0), prev.total + 1)
        }
        return out
    }

    /// The state of each milestone, by id (the first row of an id).
    public static func states(_ rows: [MilestoneProgress]) -> [String: MilestoneProgress] {
        var m: [String: MilestoneProgress] = [:]
        for r in rows where m[r.entry.term.id] == nil { m[r.entry.term.id] = r }
        return m
    }
}

