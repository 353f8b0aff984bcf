/// `wb-tasks add`: appends one task with the next free id; other rows stay byte for byte.
enum TasksAdd {
    static let spec = CommandSpec("add",
        summary: "Append a task with the next free id. Existing rows are copied byte for byte.",
        options: [
            OptionSpec("milestone", short: "m", arg: "M", "milestone (required): M1-M4, 1-4, or a name"),
            OptionSpec("role", short: "r", arg: "ROLE", "role (required): pm, dev, ds, sales, ux, cs, exec"),
            OptionSpec("todo", short: "t", arg: "TEXT", "what to do (required)"),
            OptionSpec("id", arg: "ID", "use this id instead of the next free one"),
            OptionSpec("owner", arg: "NAME", "who does it"),
            OptionSpec("due", arg: "DATE", "due date (2026-07-31, 7/31, 2026年7月31日)"),
            OptionSpec("status", arg: "STATUS", "todo, doing, done or blocked"),
            OptionSpec("kind", arg: "KIND", "task, request, validation or approval"),
            OptionSpec("difficulty", arg: "N", "1, 3, 5, 8 or 10"),
            OptionSpec("depends-on", arg: "IDS", "ids (or, for a request, a role) it waits on"),
            OptionSpec("done-when", arg: "TEXT", "the done condition"),
            OptionSpec("notes", arg: "TEXT", "notes"),
            OptionSpec("in-place", short: "i", "replace the input file (atomically)"),
            CommonOptions.today, CommonOptions.year, CommonOptions.labels,
        ] + CommonOptions.table,
        examples: ["wb-tasks add -m M1 -r pm -t '稟議を通す' --kind approval --due 2026-07-15 -i plan.csv"]) { inv in
        let path = try inv.inputPath()
        if inv.flag("in-place") {
            guard let p = path, p != "-" else { throw WBError.usage("--in-place needs a file, not standard input") }
            if inv.string("output") != nil { throw WBError.usage("--in-place and --output cannot be used together") }
            let file = try AtomicFile(path: p)
            let saved = inv.stdout
            inv.stdout = file.output
            do {
                let code = try run(inv, path)
                try file.commit()
                inv.stdout = saved
                return code
            } catch { file.discard(); inv.stdout = saved; throw error }
        }
        return try run(inv, path)
    }

    static func run(_ inv: Invocation, _ path: String?) throws -> ExitCode {
        let reader = try inv.openTable(path)
        let (header, schema) = try TasksIO.header(reader)
        let labels = try TasksIO.labels(inv)
        let today = try inv.today()
        let ctx = try inv.dateContext(anchor: today)
        func need(_ o: String) throws -> String {
            guard let v = inv.string(o), !v.trimmed.isEmpty else { throw WBError.usage("--\(o) is required") }
            return v
        }
        func term(_ o: String, _ v: Vocabulary) throws -> String? {
            guard let s = inv.string(o) else { return nil }
            guard let t = v.lookup(s) else { throw WBError.usage("--\(o): unknown \(v.kind) '\(s)'") }
            return t.label(labels)
        }
        var values: [TaskColumn: String] = [:]
        let mText = try need("milestone")
        guard let m = Plan.milestones.lookup(mText) else { throw WBError.usage("--milestone: unknown milestone '\(mText)'") }
        values[.milestone] = m.label(labels)
        _ = try need("role")
        values[.role] = try term("role", Plan.roles)
        values[.todo] = try need("todo")
        values[.status] = try term("status", Plan.statuses)
        values[.kind] = try term("kind", Plan.kinds)
        if let d = try inv.dateOption("due", ctx) { values[.due] = d.iso }
        if let d = inv.string("difficulty") {
            guard let n = Int(d), Plan.difficultyScale.contains(n) else { throw WBError.usage("--difficulty takes 1, 3, 5, 8 or 10, not '\(d)'") }
            values[.difficulty] = String(n)
        }
        values[.owner] = inv.string("owner")
        values[.dependsOn] = inv.string("depends-on")
        values[.doneWhen] = inv.string("done-when")
        values[.notes] = inv.string("notes")
        for (c, v) in values where schema[c] == nil && !v.isEmpty {
            throw WBError.usage("the table has no '\(c.rawValue)' column for --\(c.rawValue.replacingOccurrences("_", "-"))")
        }
        let writer = TableWriter(inv.stdout, try inv.writeOptions(input: reader.format).with(crlf: reader.usesCRLF, bom: reader.hadBOM))
        writer.writeRaw(header.raw)
        var ids: [String] = []
        var rec = Record()
        while try reader.next(into: &rec) {
            if let i = schema[.id] { ids.append(rec.string(i).trimmed) }
            writer.writeRaw(rec.raw)
        }
        if let i = schema[.id] {
            let id = inv.string("id") ?? TaskIDs.next(after: ids)
            if ids.contains(id) { throw WBError.usage("--id \(id) is already used") }
            values[.id] = id
            _ = i
        }
        var fields = [String](repeating: "", count: header.count)
        for (c, v) in values { if let i = schema[c] { fields[i] = v } }
        writer.write(fields)
        return .ok
    }
}
