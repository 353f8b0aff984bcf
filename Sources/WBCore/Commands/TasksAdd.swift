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
        var typed: [(Int, TaskColumn, String, String)] = []
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
        let team = inv.string("team")?.trimmed
        var teamColumn = Teams.column(header)
        if let team, !team.isEmpty {
            teamColumn = editor.teamColumn()
            values[teamColumn!] = team
        }
        let idColumn = schema[.id] ?? (inv.string("id") != nil ? editor.column(.id) : nil)
        TaskFieldOptions.noteAdded(inv, editor, file: reader.name)
        // Rows stream through (only their ids are kept), so memory stays small.
        let writer = TableWriter(inv.stdout, options)
        writer.writeRaw(editor.headerBytes)
        var ids: [String] = [], teamIDs: [String] = []
        let teamKey = inv.teamKey
        // --id: where an id that people would take for it (T3 for t3, Ｔ３) stands.
        let givenKey = inv.string("id").map(TaskUpdate.key)
        var givenAt: (id: String, line: Int)?
        var rec = Record()
        var style: Lang?? = nil
        // The same Todo already in the plan (an add run twice from the shell's history):
        // the first such task, said once the new one is added.
        let todo = Array((inv.string("todo") ?? "").trimmed.utf8)
        var sameTodo: (id: String, line: Int)?
        while try reader.next(into: &rec) {
            // Blank lines between rows stay where they were.
            for _ in 0..<reader.blankLinesBefore { writer.writeRaw([]) }
            if style == nil { style = parser.style(of: rec) }
            if sameTodo == nil, let t = schema[.todo], rec.withFields({ String.trimmedEquals($0[t], todo) }) {
                sameTodo = (schema[.id].map { rec.count > $0 ? rec.string($0).trimmed : "" } ?? "", rec.line)
            }
            if let i = schema[.id] {
                let id = rec.count > i ? rec.string(i).trimmed : ""
                ids.append(id)
                if let k = givenKey, givenAt == nil, TaskUpdate.key(id) == k { givenAt = (id, rec.line) }
                if let k = teamKey, let c = teamColumn, c < rec.count, inv.teams.key(rec.string(c).trimmed) == k { teamIDs.append(id) }
            }
            writer.writeRaw(editor.rowBytes(rec, changes: [:]))
        }
        if let i = idColumn {
            // The team's style, past every id of the file (the team's are among them).
            var style = teamKey == nil || teamIDs.isEmpty ? TaskIDs(ids) : TaskIDs(teamIDs, used: ids)
            let id = inv.string("id")?.trimmed ?? style.next()
            if let (used, line) = givenAt {
                throw WBError(.usage, used == id ? L("--id \(id) is already used")
                                                 : L("--id \(id) is already used as \(used): people and some systems take them for one"),
                              at: SourceLocation(file: reader.name, line: line))
            }
            values[i] = id
            TaskFieldOptions.warnDependencies(inv, tasks: [id], ids: Set(ids))
        }
        parser.rowStyle = style ?? parser.style(ofHeader: header)
        for (i, c, v, option) in typed where [.milestone, .role, .status, .kind].contains(c) { values[i] = try parser.value(c, v, option: option) }
        writer.writeRaw(editor.newRow(values))
        // Blank lines after the last row, after the new one.
        for _ in 0..<reader.blankLinesBefore { writer.writeRaw([]) }
        // With -i nothing else says which id the task got.
        if let i = idColumn, let id = values[i] { inv.note(L("added task \(id)")) }
        if let same = sameTodo {
            inv.warn(same.id.isEmpty ? L("the same Todo is already in the plan: added again; remove one if it was added twice")
                                     : L("task \(same.id) has the same Todo: added again; remove one if it was added twice"),
                     at: SourceLocation(file: reader.name, line: same.line))
        }
        try TaskFieldOptions.noteDueOnDayOff(inv, parser, teams: [teamKey])
        return .ok
    }
}

/// The task-field options shared by `add` and `set`, declared once.
enum TaskFieldOptions {
    static let values: [OptionSpec] = [
        OptionSpec("owner", arg: "NAME", "who does it", plan: .owners),
        OptionSpec("due", arg: "DATE", "due date (2026-07-31, 7/31, 2026年7月31日), from today (+1w, 来週金曜) or from a milestone (M3の2週間前, 2 weeks before M3, with --milestones), written in ISO form"),
        OptionSpec("status", short: "s", arg: "STATUS", "todo, doing, done or blocked (未着手, 進行中, 完了, 停滞)", values: OptionSpec.Values.statuses, plan: .statuses),
        OptionSpec("kind", arg: "KIND", "task, request, validation or approval", values: OptionSpec.Values.kinds, plan: .kinds),
        OptionSpec("difficulty", arg: "N", "1, 3, 5, 8 or 10"),
        OptionSpec("depends-on", arg: "IDS", "ids (or, for a request, a role) it waits on", plan: .ids),
        OptionSpec("done-when", arg: "TEXT", "the done condition"),
        OptionSpec("notes", arg: "TEXT", "notes"),
    ]
    static let set = OptionSpec("set", arg: "COLUMN=VALUE", "set any other column (repeatable); a column the table lacks is added")
    /// The rest of an editing command's table: --set, -i, dates, labels, the plan's
    /// milestones, and the table options.
    static let editing: [OptionSpec] = [set, InPlace.option, CommonOptions.today, CommonOptions.year, CommonOptions.labels,
                                        CommonOptions.milestones] + CommonOptions.table

    static let columns: [(TaskColumn, String)] = [
        (.milestone, "milestone"), (.role, "role"), (.todo, "todo"), (.owner, "owner"), (.due, "due"),
        (.status, "status"), (.kind, "kind"), (.difficulty, "difficulty"), (.dependsOn, "depends-on"),
        (.doneWhen, "done-when"), (.notes, "notes"),
    ]

    /// The known-column options given, in table order.
    static func given(_ inv: Invocation) -> [(TaskColumn, String, String)] {
        columns.compactMap { c, o in inv.string(o).map { (c, o, $0) } }
    }

    /// `--set COLUMN=VALUE` pairs.
    static func named(_ inv: Invocation) throws -> [(String, String)] {
        try (inv.values["set"] ?? []).map { s in
            guard let eq = s.firstIndex(of: "="), !String(s[..<eq]).trimmed.isEmpty else {
                throw WBError.usage(L("--set takes COLUMN=VALUE, not '\(s)'"))
            }
            return (String(s[..<eq]).trimmed, String(s[s.index(after: eq)...]))
        }
    }

    /// Notes a `--due` (or `--set due=`, `--set 期限=`) on one of the plan's days off (a
    /// weekend; for a plan in Japan, its holidays and year-end; the team's own): "2
    /// weeks before M2" or a date typed in a hurry may land there, and the owner would
    /// find it on a day no one works. `teams`: the keys of the tasks' teams (nil: no
    /// team), whose own days off count too; the first team it is a day off of is named.
    static func noteDueOnDayOff(_ inv: Invocation, _ parser: TaskValueParser, teams: [String?] = [nil]) throws {
        let set = try named(inv).last { TaskColumn.match($0.0) == .due }?.1
        guard let v = inv.string("due") ?? set, !v.trimmed.isEmpty,
              let d = try? DateParser.parse(parser.value(.due, v, option: "due"), DateContext()) else { return }
        let plan = try inv.daysOff(anchor: parser.resolver.dates.anchor)
        for key in teams.isEmpty ? [nil] : teams {
            let daysOff = plan.forTeam(key)
            if let why = daysOff.reason(d) {
                inv.note(L("the due date \(d.iso) is a day off (\(why)); the working day before is \(daysOff.workingDay(onOrBefore: d).iso)"))
                return
            }
        }
    }

    /// Warns of what `--depends-on` names that `check` would report as an error later
    /// (`TaskRow.dependencyProblems`).
    static func warnDependencies(_ inv: Invocation, tasks: [String], ids: Set<String>) {
        guard let v = inv.string("depends-on") else { return }
        for p in TaskRow.dependencyProblems(in: v, tasks: tasks, ids: ids, roles: inv.roles) {
            switch p {
            case .itself(let task): inv.warn(L("--depends-on: task \(task) would depend on itself; check reports it as a cycle"))
            case .unknown(let d): inv.warn(L("--depends-on: \(d) is not a task id in the plan nor a role; check reports it"))
            }
        }
    }

    static func noteAdded(_ inv: Invocation, _ editor: TaskEditor, file: String) {
        for name in editor.added {
            inv.note(L("added the column '\(name)' at the end (empty for the other rows)"), at: SourceLocation(file: file, line: 1))
        }
    }
}
