/// `wb-tasks check`: schema problems and the workshop's group review, as findings.
enum TasksCheck {
    static let spec = CommandSpec("check",
        summary: "Check the plan: schema problems and the workshop's group-review questions. Findings go to stdout as a table; exit 1 on an error (with --strict, on a warning).",
        options: [
            CommonOptions.milestones,
            CommonOptions.today, CommonOptions.year,
            OptionSpec("strict", "exit 1 on warnings too"), CommonOptions.rules, CommonOptions.labels,
        ] + CommonOptions.table,
        examples: ["wb-tasks check --milestones share/wb/sample-milestones.csv share/wb/sample-plan.csv",
                   "wb-tasks check --today 2026-09-01 --strict plan.csv"]) { inv in
        let reader = try inv.openTable(inv.inputPath())
        let (header, schema) = try TasksIO.header(reader)
        let resolver = try TasksIO.resolver(inv, schema: schema, file: reader.name)
        var findings: [Finding] = []
        var tasks: [Review.Task] = []
        var rec = Record()
        let (todoIx, ownerIx, dueIx, doneIx) = (schema[.todo], schema[.owner], schema[.due], schema[.doneWhen])
        let rules = try ReviewRules.parse(inv.string("rules"))
        let kindIx = schema[.kind]
        var team = inv.teamFilter(header, file: reader.name)
        // With a team column and no --team, every rule is applied per team: each task's
        // team (its slot, in order of first appearance).
        let teamColumn = team.keepsAll ? Teams.column(header) : nil
        var teamOf: [UInt32] = []
        var slots = teamColumn.map { Teams.Slots(inv.teams, column: $0) }
        // Rows are reduced to what the rules need, so a large plan stays small in memory.
        while try reader.next(into: &rec) {
            if !team.keeps(rec) { continue }
            var teamName: String?
            if slots != nil {
                let t = slots!.slot(rec)
                teamOf.append(UInt32(t))
                teamName = slots!.names[t]
            }
            // Most rows take the codes path; the full resolver reads the rest and
            // says what is wrong with them.
            let c: TaskCodes
            if let fast = resolver.codes(rec) { c = fast } else {
                let (row, problems) = resolver.resolve(rec)
                for p in problems {
                    findings.append(Finding(severity: .error, line: p.location.line, id: row.id, rule: p.rule, message: p.message, team: teamName))
                }
                c = resolver.codes(of: row)
            }
            if rec.isBlank(todoIx) {
                findings.append(Finding(severity: .error, line: rec.line, id: rec.text(schema[.id]).trimmed, rule: "empty-todo", message: L("the Todo is empty"), team: teamName))
            }
            var missing: UInt8 = 0
            if ownerIx != nil && rec.isBlank(ownerIx) { missing |= 1 }
            if dueIx != nil && rec.isBlank(dueIx) { missing |= 2 }
            if doneIx != nil && rec.isBlank(doneIx) { missing |= 4 }
            tasks.append(Review.Task(c, rec, missing: missing, schema: schema, milestone: c.milestone < 0 ? nil : resolver.milestoneTerm(c.milestone).id,
                                 todo: rec.isBlank(todoIx) || !rec.isBlank(kindIx) ? nil : rec.text(todoIx)))
        }
        try team.finish()
        let today = try inv.today()
        if teamColumn == nil {
            findings += Review.run(tasks, milestones: resolver.milestones, today: today, schema: schema, roles: inv.roles)
        } else {
            findings += try Review.perTeam(tasks, teamOf: teamOf, names: slots!.names, today: today, dates: resolver.dates, schema: schema, inv: inv)
        }
        return try FindingsReport.write(findings.filter { rules.on($0.rule) }, inv, format: reader.format, strict: inv.flag("strict"))
    }
}

