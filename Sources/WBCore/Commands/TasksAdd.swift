/// `wb-tasks add`: appends one task with the next free id; other rows stay byte for byte.
enum TasksAdd {
    static let spec = CommandSpec("add",
        summary: "Append a task with the next free id. Existing rows are copied byte for byte; a value for a column the table lacks adds that column.",
        options: [
            OptionSpec("milestone", short: "m", arg: "M", "milestone (required): M1-M4, 1-4, or a name", values: OptionSpec.Values.milestones, plan: .milestones),
            OptionSpec("role", short: "r", arg: "ROLE", "role (required): pm, dev, ds, sales, ux, cs, exec, or one the settings declare", values: OptionSpec.Values.roles, plan: .roles),
            OptionSpec("todo", short: "t", arg: "TEXT", "what to do (required)"),
            OptionSpec("id", arg: "ID", "use this id instead of the next free one"),
        ] + TaskFieldOptions.values + TaskFieldOptions.editing,
        examples: ["wb-tasks add -m M1 -r pm -t '稟議を通す' --kind approval --due 2026-07-15 -i plan.csv"], editsInput: true, tasksAreInput: true) { inv in
        // `add M2 dev ログを集める plan.csv`: the fields written without their options.
        if let e = MisplacedWords.error("add", operands: inv.operands, ids: [], roles: inv.roles, todo: inv.string("todo") == nil,
                                        optionsGiven: inv.givesOptions, fileExists: fileExists) { throw e }
        let path = try inv.inputPath()
        // The first task of a plan not begun yet: the file is made from the tasks'
        // header (the error says how), not guessed here.
        if let p = path, p != "-", !fileExists(p) {
            throw WBError(.noInput, L("cannot open: no such file; a new plan starts from the tasks' header: wb-tasks template --tasks-header -o \(p.shellWord)"),
                          at: SourceLocation(file: p))
        }
        return try InPlace.run(inv, path) { try run(inv, path) }
    }

    static func run(_ inv: Invocation, _ path: String?) throws -> ExitCode {
        let reader = try inv.openTable(path)
        let (header, schema) = try TasksIO.header(reader)
        let resolver = try TasksIO.resolver(inv, schema: schema, file: reader.name)
        var parser = TaskValueParser(resolver: resolver, labels: try TasksIO.labels(inv), today: try inv.today())
        for o in ["milestone", "role", "todo"] where (inv.string(o) ?? "").trimmed.isEmpty {
            throw WBError.usage(L("--\(o) is required"))
        }
        // Written as the input was (line endings, byte-order mark), in the format asked for.
        let options = try inv.writeOptions(input: reader.format).keeping(reader.lineEnding, bom: reader.hadBOM)
        var editor = TaskEditor(header: header, schema: schema, format: reader.format, writing: options.format)
        var values: [Int: String] = [:]
        // Each value is read now (a wrong one stops the command before a row is
        // written); the words are written as the table's first row writes them, once read.
        var typed: [(column: Int, kind: TaskColumn, text: String, option: String)] = []
        for (c, option, v) in TaskFieldOptions.given(inv) {
            values[editor.column(c)] = try parser.value(c, v, option: option)
            typed.append((editor.column(c), c, v, option))
        }
        for (name, v) in try TaskFieldOptions.named(inv) {
            if let c = TaskColumn.match(name) {
                values[editor.column(c)] = try parser.value(c, v, option: "set \(name)")
                typed.append((editor.column(c), c, v, "set \(name)"))
            } else { values[editor.column(named: name)] = v }
        }
        // --team (or the settings' team): the new task is that team's, its id in the
        // team's own style.
        var append = TaskAppend(values: values, todo: inv.string("todo") ?? "")
        append.typed = typed
        append.teamColumn = Teams.column(header)
        if let team = inv.string("team")?.trimmed, !team.isEmpty {
            append.teamColumn = editor.teamColumn()
            append.values[append.teamColumn!] = team
        }
        // The team --set team=… names is the new task's team as well.
        let teamKey = inv.teamKey ?? append.teamColumn.flatMap { values[$0] }.map { inv.teams.key($0.trimmed) }.flatMap { $0.isEmpty ? nil : $0 }
        append.teamKey = teamKey
        append.teams = inv.teams
        append.idColumn = schema[.id] ?? (inv.string("id") != nil ? editor.column(.id) : nil)
        append.givenID = inv.string("id")
        TaskFieldOptions.noteAdded(inv, editor, file: reader.name)
        let writer = TableWriter(inv.stdout, options)
        writer.writeRaw(editor.headerBytes)
        let added = try append.run(reader, schema: schema, editor: editor, parser: &parser, to: writer)
        if let id = added.id {
            TaskFieldOptions.warnDependencies(inv, tasks: [id], ids: Set(added.ids))
            // With -i nothing else says which id the task got.
            inv.note(L("added task \(id)"))
        }
        // The new task's milestone and due date, as written.
        func given(_ k: TaskColumn) -> String? { typed.last { $0.kind == k }.flatMap { values[$0.column] } }
        if let m = given(.milestone), let d = given(.due) {
            TaskFieldOptions.warnLate(inv, resolver, [(added.id ?? "", m, d, teamKey)])
        }
        TaskFieldOptions.warnOrder(inv, added.order)
        if let same = added.sameTodo {
            inv.warn(same.id.isEmpty ? L("the same Todo is already in the plan: added again; remove one if it was added twice")
                                     : L("task \(same.id) has the same Todo: added again; remove one if it was added twice"),
                     at: same.at)
        }
        try TaskFieldOptions.noteDueOnDayOff(inv, parser, teams: [teamKey])
        return .ok
    }
}
