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
        let teams = rows.contains { $0.team != nil }
        w.write((teams ? [Labels.word("team", lang)] : []) + Labels.header(["id", "name", "date", "tasks", "done", "doing", "blocked", "todo", "percent", "overdue", "days_left", "state"]
                              + (withGates ? ["gate", "evidence"] : []), lang))
        for p in rows {
            var gate: [String] = []
            if withGates {
                gate = !p.gated ? ["", ""] : p.gate.map { [Labels.word($0.pass ? "pass" : "fail", lang), $0.evidence] } ?? [Labels.word("pending", lang), ""]
            }
            w.write((teams ? [p.team ?? ""] : []) + [p.entry.term.id, p.entry.name, p.entry.date?.iso ?? "", String(p.total), String(p.done), String(p.doing),
                     String(p.blocked), String(p.todo), String(p.percent), String(p.overdue),
                     p.daysLeft.map(String.init) ?? "", Labels.word(p.state, lang)] + gate)
        }
        return .ok
    }
}

extension MilestonesIO {
    /// The progress of `mt`'s milestones from the options' files (--tasks, --gates).
    /// A plan of one team (no team column), and one team's part of a plan (--team),
    /// is counted as its tasks stream, so a large one is not held in memory.
    static func progress(_ inv: Invocation, _ mt: MilestoneTable, tasksPath: String?, today: CivilDate) throws -> [MilestoneProgress] {
        guard let path = tasksPath else { return try progress(inv, mt, tasks: nil, today: today) }
        let reader = try inv.companionReader(path)
        let header = try reader.header()
        if inv.teamKey != nil || (Teams.column(header) == nil && inv.teams.parts(milestones: mt.table, tasks: nil) == nil) {
            let team = inv.teamKey != nil ? inv.teamFilter(header, file: reader.name) : nil
            return try progress(inv, mt, tasksName: reader.name, team: inv.teamKey, today: today) { dates, gates, leftOut in
                try MilestoneProgress.compute(milestones: mt.set, table: mt, reading: reader, header: header, dates: dates,
                                              roles: inv.roles, today: today, gates: gates, team: team, leftOut: leftOut)
            }
        }
        return try progress(inv, mt, tasks: Table.read(reader, header: header), today: today)
    }

    /// The same, for a tasks table already read. Scoped to --team; without it, a plan
    /// whose tasks or milestones have a team column gives each team its rows (its own
    /// milestones and the shared ones, its tasks, its gate results), `team` set.
    static func progress(_ inv: Invocation, _ mt: MilestoneTable, tasks: Table?, today: CivilDate) throws -> [MilestoneProgress] {
        let scopedTasks = try tasks.map { try inv.scoped($0) }
        if inv.teamKey == nil, let parts = inv.teams.parts(milestones: mt.table, tasks: scopedTasks) {
            var out: [MilestoneProgress] = []
            for part in parts {
                for var row in try progress(inv, MilestonesIO.table(inv, part.milestones), tasks: part.tasks, team: part.key, today: today) {
                    row.team = part.name
                    out.append(row)
                }
            }
            return out
        }
        return try progress(inv, mt, tasks: scopedTasks, team: inv.teamKey, today: today)
    }

    private static func progress(_ inv: Invocation, _ mt: MilestoneTable, tasks: Table?, team: String?, today: CivilDate) throws -> [MilestoneProgress] {
        try progress(inv, mt, tasksName: tasks?.name, team: team, today: today) { dates, gates, leftOut in
            try MilestoneProgress.compute(milestones: mt.set, table: mt, tasks: tasks, dates: dates, roles: inv.roles, today: today,
                                          gates: gates, leftOut: leftOut)
        }
    }

    /// The progress `compute` counts (from a table or a stream), given the plan's
    /// dates and gate results; the tasks it leaves out said, and the at-risk rule
    /// applied as --rules says.
    private static func progress(_ inv: Invocation, _ mt: MilestoneTable, tasksName: String?, team: String?, today: CivilDate,
                                 compute: (DateContext, GateResults?, (String, Int) -> Void) throws -> [MilestoneProgress]) throws -> [MilestoneProgress] {
        let anchor = try MilestonesIO.start(inv, mt.set) ?? inv.fallbackAnchor()
        // Tasks of a milestone the table does not list count nowhere: said, not dropped.
        var leftOut: [(id: String, line: Int, count: Int)] = []
        var rows = try compute(try inv.dateContext(anchor: anchor), try inv.gateResults(team: team)) { id, line in
            if let k = leftOut.firstIndex(where: { $0.id == id }) { leftOut[k].count += 1 } else { leftOut.append((id, line, 1)) }
        }
        for m in leftOut {
            let message = m.count == 1 ? L("1 task of \(m.id) is left out: \(mt.table.name) has no \(m.id)")
                                       : L("\(m.count) tasks of \(m.id) are left out: \(mt.table.name) has no \(m.id)")
            inv.warn(message, at: SourceLocation(file: tasksName ?? "-", line: m.line))
        }
        if inv.options.contains(where: { $0.long == "rules" }), !(try ReviewRules.parse(inv.string("rules"))).on("at-risk") {
            for i in rows.indices { rows[i].atRiskRule = false }
        }
        return rows
    }
}
