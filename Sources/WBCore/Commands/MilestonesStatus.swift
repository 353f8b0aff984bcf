/// Progress per milestone, joined from the tasks.
struct MilestoneProgress {
    var entry: MilestoneSet.Entry
    var total = 0, done = 0, doing = 0, blocked = 0, todo = 0, overdue = 0
    var byRole: [String: (done: Int, total: Int)] = [:]
    var daysLeft: Int?

    var percent: Int { total == 0 ? 0 : Int((Double(done) * 100 / Double(total)).rounded()) }

    /// no tasks: nothing planned for it yet. done: every task done. late: the date has
    /// passed with tasks open. at risk: a task overdue or blocked, or 14 days or fewer
    /// left with under half done. on track: otherwise.
    var state: String {
        if total == 0 { return "no tasks" }
        if done == total { return "done" }
        if let d = daysLeft, d < 0 { return "late" }
        if overdue > 0 || blocked > 0 { return "at risk" }
        if let d = daysLeft, d <= 14, percent < 50 { return "at risk" }
        return "on track"
    }

    static func compute(_ inv: Invocation, milestones: MilestoneSet, tasksPath: String?, today: CivilDate) throws -> [MilestoneProgress] {
        var out = milestones.entries.map { MilestoneProgress(entry: $0, daysLeft: $0.date.map { $0.days - today.days }) }
        guard let tasksPath else { return out }
        let table = try inv.readCompanion(tasksPath)
        let schema = try TaskSchema(header: table.header, file: table.name)
        let anchor = try MilestonesIO.start(inv, milestones) ?? inv.fallbackAnchor()
        let resolver = TaskResolver(schema: schema, file: table.name, dates: try inv.dateContext(anchor: anchor), milestones: milestones, roles: inv.roles)
        for rec in table.rows {
            let t = try resolver.resolveStrict(rec)
            guard let i = out.firstIndex(where: { $0.entry.term.id == t.milestone!.id }) else { continue }
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
            out[i].byRole[r] = (prev.done + (t.status.id == "done" ? 1 : 0), prev.total + 1)
        }
        return out
    }
}

enum MilestonesStatus {
    static let spec = CommandSpec("status",
        summary: "Per milestone: tasks total, done, doing, blocked, to do, percent done, overdue, days left and a state (done, on track, at risk, late).",
        options: [
            CommonOptions.tasks, CommonOptions.milestones,
            CommonOptions.today, CommonOptions.year, MilestonesIO.startOption,
        ] + CommonOptions.table,
        examples: ["wb-milestones status --tasks share/wb/sample-plan.csv --today 2026-08-05 share/wb/sample-milestones.csv"]) { inv in
        guard let tasks = inv.string("tasks") else { throw WBError.usage("--tasks FILE is required") }
        let mt = try MilestonesIO.load(inv)
        let today = try inv.today()
        let rows = try MilestoneProgress.compute(inv, milestones: mt.set, tasksPath: tasks, today: today)
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: mt.table.format))
        w.write(["id", "name", "date", "tasks", "done", "doing", "blocked", "todo", "percent", "overdue", "days_left", "state"])
        for p in rows {
            w.write([p.entry.term.id, p.entry.name, p.entry.date?.iso ?? "", String(p.total), String(p.done), String(p.doing),
                     String(p.blocked), String(p.todo), String(p.percent), String(p.overdue),
                     p.daysLeft.map(String.init) ?? "", p.state])
        }
        return .ok
    }
}
