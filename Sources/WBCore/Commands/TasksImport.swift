/// `wb-tasks import`: the task system's state back into the plan. Reading and matching
/// live in TaskSystems/SystemImport; this writes the base plan with only the matched
/// tasks' status, owner, due and key changed, every other byte as it was.
enum TasksImport {
    static let spec = CommandSpec("import", synopsis: "--from SYSTEM --base PLAN [options] EXPORT",
        summary: "Bring status, owner and due back from a task system's own export (Backlog's, Jira's or GitLab's CSV export; the JSON of gh issue list --json number,title,state,assignees,milestone,body) into the plan: rows match tasks by key or by the wb-task marker, keys are filled in for newly matched tasks, every other field stays byte for byte. Rows that match no task, and rows that claim a task another row claims too, are listed on stderr.",
        options: [
            CommonOptions.fromSystem,
            OptionSpec("base", arg: "TASKS", "the plan to bring the state into"),
            TasksExport.plan,
            OptionSpec("status-map", arg: "MAP", "the system's state words: 'Review=doing,保留=blocked' (before the defaults)"),
            CommonOptions.labels, CommonOptions.milestones, CommonOptions.year, CommonOptions.today,
        ],
        examples: ["wb-tasks import --from backlog --base plan.csv backlog-export.csv -o plan.csv",
                   "gh issue list --state all --json number,title,state,assignees,milestone,body | wb-tasks import --from github --base plan.csv -o plan.csv"]) { inv in
        guard let from = inv.string("from") else { throw WBError.usage(L("import needs --from backlog, jira, github or gitlab")) }
        let system = try TaskSystem.parse(from, option: "from")
        guard let basePath = inv.string("base") else { throw WBError.usage(L("import needs --base PLAN: the plan the state goes into")) }
        let statusMap: [String: String]
        do throws(SystemImport.StatusMapError) { statusMap = try SystemImport.statusMap(inv.string("status-map") ?? "") } catch {
            throw WBError.usage(L("--status-map takes WORD=STATUS pairs with todo, doing, done or blocked, not '\(error.pair)'"))
        }
        // The export, as it comes (CP932, a BOM, UTF-16 are detected).
        let exportPath = try inv.inputPath()
        let issues: [ImportedIssue]
        if system == .github {
            let src = try ByteSource.open(exportPath, stdinFD: inv.stdinFD)
            issues = try SystemImport.readGitHub(src.readAll(), name: src.name)
        } else {
            var ro = ReadOptions()
            ro.detectEncoding = true
            ro.skipsEmptyRows = true
            issues = try SystemImport.read(Table.read(TableReader(path: exportPath, stdinFD: inv.stdinFD, options: ro)), system: system)
        }
        // The base plan, edited in place of its bytes.
        var ro = ReadOptions()
        ro.detectEncoding = true
        ro.skipsEmptyRows = true
        let reader = try TableReader(path: basePath, stdinFD: inv.stdinFD, options: ro)
        let (header, schema) = try TasksIO.header(reader)
        let resolver = try TasksIO.resolver(inv, schema: schema, file: reader.name)
        // --team: only that team's tasks take what the system says; the others stay.
        var team = inv.teamFilter(header, file: reader.name)
        let base = try ImportBase(reader, header: header, schema: schema, resolver: resolver, team: &team)
        let plan = inv.string("plan") ?? inv.settings?[.name]
        let result = SystemImport.match(issues, tasks: base.tasks, plan: plan, statusMap: statusMap)
        for (k, first) in result.repeatedKeys {
            inv.warn(L("key \(base.tasks[k].key) is already on line \(base.records[first].line): its issue updates that task only"), at: base.records[k].location(ofField: base.keyIndex ?? 0, file: reader.name))
        }
        // The plan as it was written: encoding, line endings, BOM.
        return try inv.writing(in: reader.encoding, bigEndian: reader.bigEndian, name: reader.name) {
            let writer = TableWriter(inv.stdout, WriteOptions(format: reader.format, lineEnding: reader.lineEnding, bom: reader.hadBOM))
            let changed = try base.write(result, parser: TaskValueParser(resolver: resolver, labels: try TasksIO.labels(inv)), to: writer)
            func what(_ u: ImportedIssue) -> String { (u.key.isEmpty ? "" : u.key + " ") + "'" + u.title + "'" }
            for c in result.conflicts {
                let first = c.kept ?? c.issues[0]
                for u in c.issues where u.line != first.line {
                    let message = c.kept != nil
                        ? L("\(what(u)) claims task \(c.task), whose key \(first.key) is on line \(first.line); left out (a duplicate issue?)")
                        : L("\(what(u)) and \(what(first)) (line \(first.line)) both claim task \(c.task); the task is left as it is")
                    inv.warn(message, at: SourceLocation(file: exportPath ?? "-", line: u.line))
                }
            }
            for (word, u, n) in result.unknownStates {
                let tasks = n == 1 ? L("its task keeps its status") : L("the \(n) tasks in that state keep their status")
                inv.warn(L("\(what(u)): state '\(word)' is not one wb knows; \(tasks) (map it: --status-map '\(word)=doing')"), at: SourceLocation(file: exportPath ?? "-", line: u.line))
            }
            for u in result.unmatched {
                inv.warn(L("\(what(u)) matches no task in \(reader.name); left out"), at: SourceLocation(file: exportPath ?? "-", line: u.line))
            }
            for (name, n) in result.otherPlans {
                inv.note(L("\(n) of the rows that matched no task carry the marker of plan '\(name)', not '\(plan ?? "")': if that is this plan, give --plan '\(name)'"))
            }
            inv.note(result.unmatched.count == 1 ? L("\(changed) of \(base.inScope) tasks changed, 1 row matched no task")
                                                 : L("\(changed) of \(base.inScope) tasks changed, \(result.unmatched.count) rows matched no task"))
            return .ok
        }
    }
}
