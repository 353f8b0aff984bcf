enum MilestonesStatus {
    static let spec = CommandSpec("status",
        summary: "Per milestone: tasks total, done, doing, blocked, to do, percent done, overdue, days left and a state (done, on track, at risk, late).",
        options: [
            CommonOptions.tasks, CommonOptions.milestones, CommonOptions.gates, CommonOptions.rules,
            CommonOptions.today, CommonOptions.year, MilestonesIO.startOption, CommonOptions.labels,
        ] + CommonOptions.table,
        examples: ["wb-milestones status --tasks share/wb/sample-plan.csv --today 2026-08-05 share/wb/sample-milestones.csv"]) { inv in
        guard let tasks = inv.string("tasks") else { throw WBError.usage(L("--tasks FILE is required")) }
        let mt = try MilestonesIO.load(inv)
        let today = try inv.today()
        let rows = try MilestonesIO.progress(inv, mt, tasksPath: tasks, today: today)
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: mt.table.format))
        let lang = try inv.labelLang()
        let withGates = inv.string("gates") != nil
        w.write(Labels.header(["id", "name", "date", "tasks", "done", "doing", "blocked", "todo", "percent", "overdue", "days_left", "state"]
                              + (withGates ? ["gate", "evidence"] : []), lang))
        for p in rows {
            var gate: [String] = []
            if withGates {
                gate = !p.gated ? ["", ""] : p.gate.map { [Labels.word($0.pass ? "pass" : "fail", lang), $0.evidence] } ?? [Labels.word("pending", lang), ""]
            }
            w.write([p.entry.term.id, p.entry.name, p.entry.date?.iso ?? "", String(p.total), String(p.done), String(p.doing),
                     String(p.blocked), String(p.todo), String(p.percent), String(p.overdue),
                     p.daysLeft.map(String.init) ?? "", Labels.word(p.state, lang)] + gate)
        }
        return .ok
    }
}

extension MilestonesIO {
    /// The progress of `mt`'s milestones from the options' files (--tasks, --gates).
    static func progress(_ inv: Invocation, _ mt: MilestoneTable, tasksPath: String?, today: CivilDate) throws -> [MilestoneProgress] {
        try progress(inv, mt, tasks: tasksPath.map { try inv.readCompanion($0) }, today: today)
    }

    /// The same, for a tasks table already read.
    static func progress(_ inv: Invocation, _ mt: MilestoneTable, tasks: Table?, today: CivilDate) throws -> [MilestoneProgress] {
        let anchor = try MilestonesIO.start(inv, mt.set) ?? inv.fallbackAnchor()
        var rows = try MilestoneProgress.compute(milestones: mt.set, table: mt, tasks: tasks, dates: try inv.dateContext(anchor: anchor),
                                                 roles: inv.roles, today: today, gates: try inv.gateResults())
        if inv.options.contains(where: { $0.long == "rules" }), !(try ReviewRules.parse(inv.string("rules"))).on("at-risk") {
            for i in rows.indices { rows[i].atRiskRule = false }
        }
        return rows
    }
}
