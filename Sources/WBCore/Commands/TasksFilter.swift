/// `wb-tasks filter`: the tasks that match every condition given, streamed.
enum TasksFilter {
    static let spec = CommandSpec("filter",
        summary: "Keep the tasks that match every condition given (values may be lists: --role pm,dev).",
        options: [
            OptionSpec("milestone", short: "m", arg: "M", "milestones to keep, a list (M1,2,②,ファンの獲得); !LIST keeps the others", values: OptionSpec.Values.milestones, plan: .milestones),
            OptionSpec("role", short: "r", arg: "ROLE", "roles to keep, a list (pm,dev,開発者); !LIST keeps the others", values: OptionSpec.Values.roles, plan: .roles),
            OptionSpec("status", short: "s", arg: "STATUS", "statuses to keep, a list (todo,doing,done,blocked); !LIST keeps the others", values: OptionSpec.Values.statuses, plan: .statuses),
            OptionSpec("owner", arg: "NAME", "owners to keep, a list (white space, case and さん/様 aside); !LIST keeps the others", plan: .owners),
            OptionSpec("kind", arg: "KIND", "kinds to keep, a list (task,request,validation,approval); !LIST keeps the others", values: OptionSpec.Values.kinds, plan: .kinds),
            OptionSpec("due-before", arg: "DATE", "tasks due before DATE (also from today, +1w, or a milestone's, M2); a deadline (今週中, 月末, by fri) counts its own day"),
            OptionSpec("due-after", arg: "DATE", "tasks due after DATE (also from today, +1w, or a milestone's, M2)"),
            OptionSpec("overdue", "tasks past due and not done (against --today)"),
            OptionSpec("contains", arg: "TEXT", "tasks whose Todo contains TEXT (letter case and full or half width ignored)"),
            CommonOptions.today, CommonOptions.year,
            CommonOptions.milestones,
            CommonOptions.labels,
        ] + CommonOptions.table,
        examples: ["wb-tasks filter --role dev --status todo,doing plan.csv",
                   "wb-tasks filter --overdue --today 2026-08-01 plan.csv"], tasksAreInput: true, outputMayBeAnInput: true) { inv in
        let reader = try inv.openTable(inv.inputPath())
        let (header, schema) = try TasksIO.header(reader)
        let resolver = try TasksIO.resolver(inv, schema: schema, file: reader.name)
        let labels = try TasksIO.labels(inv)
        var conditions = TaskFilter.Conditions()
        for f in TaskFilter.Field.allCases { conditions.lists[f] = inv.values[f.rawValue] }
        // Also from a milestone: --due-before M2 keeps what must be done for it.
        conditions.dueBefore = try inv.dateOption("due-before", resolver.dates, milestones: resolver.milestones, resolve: resolver.milestone)
        // A deadline counts its own day: --due-before 今週中 keeps the tasks due on its
        // Friday, --due-before 'by fri' those due on Friday (--due-before fri does not).
        if let d = conditions.dueBefore, let said = inv.string("due-before"), DateParser.isDeadline(said) {
            conditions.dueBefore = d.adding(days: 1)
        }
        conditions.dueAfter = try inv.dateOption("due-after", resolver.dates, milestones: resolver.milestones, resolve: resolver.milestone)
        // Two bounds with no day between them keep nothing: said, as it is most likely
        // the two dates swapped.
        if let before = conditions.dueBefore, let after = conditions.dueAfter, before.days - after.days <= 1 {
            inv.warn(L("no day is after \(after.iso) and before \(before.iso): nothing can be kept; were --due-after and --due-before swapped?"))
        }
        conditions.overdue = inv.flag("overdue")
        conditions.contains = inv.string("contains")
        conditions.today = try inv.today()
        let filter = try TaskFilter(conditions, resolver: resolver, schema: schema)
        let writer = TableWriter(inv.stdout, try inv.writeOptions(input: reader.format))
        writer.write(relabel(header, schema, labels))
        var team = inv.teamFilter(header, file: reader.name)
        var rec = Record()
        while try reader.next(into: &rec) {
            if !team.keepsAll && !team.keeps(rec) { continue }
            // The codes path reads most rows; the full resolver the rest (and reports
            // the first problem of a row).
            var row: TaskRow?
            let c: TaskCodes
            if let fast = resolver.codes(rec) { c = fast } else {
                row = try resolver.resolveStrict(rec)
                c = resolver.codes(of: row!)
            }
            if !filter.keeps(c, rec) { continue }
            // Rows already in canonical form go out as they came in; with a numeric due
            // date (2026/7/31), with that date in ISO form.
            if c.canonical && labels == nil { writer.write(rec); continue }
            if c.canonicalButDue && labels == nil, let di = schema[.due] {
                var iso = CivilDate(days: c.due).iso
                iso.withUTF8 { writer.write(rec, replacing: di, with: $0) }
                continue
            }
            writer.write(TasksIO.canonical(try row ?? resolver.resolveStrict(rec), schema: schema, labels: labels))
        }
        try team.finish()
        // An owner no row has (Tanaka where the plan writes 田中, a typo) keeps nothing
        // of that name: said, with the owners there are.
        if let u = filter.unmatchedOwners() {
            for name in u.names {
                let hint = Suggest.clause(name, among: u.owners)
                inv.note(L("no task has the owner '\(name)'") + (!hint.isEmpty ? hint
                    : u.owners.isEmpty ? L("; no task has an owner yet")
                    : u.owners.count <= 12 ? L("; the owners are \(u.owners.listed)") : ""))
            }
        } else {
            inv.note(L("the table has no owner column, so no task has an owner"))
        }
        return .ok
    }

    static func relabel(_ header: Record, _ schema: TaskSchema, _ labels: Lang?) -> Record {
        guard let labels else { return header }
        var f = header.strings
        for (c, i) in schema.index { f[i] = c.label(labels) }
        return Record(fields: f)
    }
}

