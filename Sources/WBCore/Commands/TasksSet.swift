/// `wb-tasks set`: the weekly update. Changes fields of the tasks named by id; every
/// other byte of the file stays as it was.
enum TasksSet {
    static let spec = CommandSpec("set", synopsis: "ID[,ID...] [options] [file]",
        summary: "Change fields of the tasks with these ids (the weekly meeting's \"T3 done, T7 to 佐藤\"). Other rows and fields stay byte for byte; a value for a column the table lacks adds that column.",
        options: [
            OptionSpec("milestone", short: "m", arg: "M", "move to this milestone", values: OptionSpec.Values.milestones, plan: .milestones),
            OptionSpec("role", short: "r", arg: "ROLE", "give to this role", values: OptionSpec.Values.roles, plan: .roles),
            OptionSpec("todo", short: "t", arg: "TEXT", "new Todo text"),
        ] + TaskFieldOptions.values + TaskFieldOptions.editing,
        examples: ["wb-tasks set T3 --status done --owner 佐藤 -i plan.csv",
                   "wb-tasks set T5,T9 --due 12/20 --set estimate=3d -i plan.csv"], editsInput: true, tasksAreInput: true, firstOperand: .ids) { inv in
        guard let first = inv.operands.first else { throw WBError.usage(L("set needs the ids of the tasks to change (T3 or T3,T7)")) }
        // `set plan.csv T3 --status done`: the file written first, the ids after it.
        if inv.operands.count == 2, TaskUpdate.looksLikeFile(first) || fileExists(first),
           case let ids = inv.operands[1], !TaskUpdate.looksLikeFile(ids), !fileExists(ids), !ids.listItems.isEmpty {
            let meant = "set \(ids.shellWord)\(inv.givesOptions ? " ..." : "") \(first.shellWord)"
            throw WBError.usage(L("the ids come before the file: write \(meant)"))
        }
        // `set T3 done`, `set T3 owner=佐藤`: a change written without its option;
        // `set T3 T7`: ids apart.
        if let e = MisplacedWords.error("set", operands: Array(inv.operands.dropFirst()), ids: first.listItems, roles: inv.roles,
                                        todo: false, optionsGiven: inv.givesOptions, fileExists: fileExists) { throw e }
        if inv.operands.count > 2 { throw WBError.usage(L("set takes the ids and one file at most; got \(inv.operands.count - 1) files")) }
        // `set --status done plan.csv`, the ids forgotten: the file is no id.
        if inv.operands.count == 1, TaskUpdate.looksLikeFile(first) {
            throw WBError.usage(L("set needs the ids of the tasks to change before the file: set T3 --status done \(first)"))
        }
        let ids = first.listItems
        if ids.isEmpty { throw WBError.usage(L("set needs the ids of the tasks to change (T3 or T3,T7)")) }
        let path = try inv.operands.count > 1 ? inv.operands[1] : inv.settingsInput()
        return try InPlace.run(inv, path) { try run(inv, path, ids) }
    }

    static func run(_ inv: Invocation, _ path: String?, _ ids: [String]) throws -> ExitCode {
        let fields = TaskFieldOptions.given(inv)
        let named = try TaskFieldOptions.named(inv)
        if fields.isEmpty && named.isEmpty {
            throw WBError.usage(L("say what to change: --status, --owner, --due, ... or --set COLUMN=VALUE"))
        }
        let reader = try inv.openTable(path)
        let (header, schema) = try TasksIO.header(reader)
        guard let idIx = schema[.id] else {
            throw WBError.data(L("set finds tasks by id, and this table has no 'id' column"), at: SourceLocation(file: reader.name, line: 1, column: 1))
        }
        let resolver = try TasksIO.resolver(inv, schema: schema, file: reader.name)
        var parser = TaskValueParser(resolver: resolver, labels: try TasksIO.labels(inv), today: try inv.today())
        // Written as the input was (line endings, byte-order mark), in the format asked for.
        let options = try inv.writeOptions(input: reader.format).keeping(reader.lineEnding, bom: reader.hadBOM)
        var editor = TaskEditor(header: header, schema: schema, format: reader.format, writing: options.format)
        // Columns first (a missing one is appended), then values per row: a value written
        // in the old one's style (完了 where the row says 未着手).
        var changes: [TaskUpdate.Change] = []
        for (c, o, v) in fields { changes.append((editor.column(c), c, o, v)) }
        for (name, v) in named { changes.append((editor.column(named: name), TaskColumn.match(name), "set \(name)", v)) }
        var update = TaskUpdate(ids: ids)
        update.keepIDs = inv.string("depends-on") != nil
        // --team: only that team's tasks answer to the ids.
        var team = inv.teamFilter(header, file: reader.name)
        let done = try update.run(reader, idColumn: idIx, changes: changes, resolver: resolver, parser: &parser, editor: editor,
                                  team: &team, teamColumn: Teams.column(header), teams: inv.teams)
        try update.checkAllFound(place: inv.string("team").map { L("in team \($0)") } ?? L("in the table"), file: reader.name)
        TaskFieldOptions.warnDependencies(inv, tasks: update.foundIDs, ids: update.ids)
        TaskFieldOptions.warnLate(inv, resolver, done.dated)
        TaskFieldOptions.warnOrder(inv, done.order)
        // The meeting's "T3 done" when T3 already was: said, so a wrong id or a value
        // already entered is noticed.
        if done.changedRows == 0 && editor.added.isEmpty {
            inv.note(L("nothing changed: \(update.foundIDs.joined(separator: ", ")) already had these values"))
        }
        TaskFieldOptions.noteAdded(inv, editor, file: reader.name)
        try TaskFieldOptions.noteDueOnDayOff(inv, parser, teams: done.teams)
        let writer = TableWriter(inv.stdout, options)
        writer.writeRaw(editor.headerBytes)
        update.write(to: writer)
        return .ok
    }
}
