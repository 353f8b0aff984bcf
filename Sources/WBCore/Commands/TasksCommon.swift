/// Helpers shared by the wb-tasks subcommands.
enum TasksIO {
    /// The note after `split` or `export --split` wrote its files.
    static func wroteFiles(_ paths: [String]) -> String {
        paths.count == 1 ? L("wrote 1 file: \(paths[0])") : L("wrote \(paths.count) files: \(paths.joined(separator: ", "))")
    }

    /// Reads the header of a streamed tasks table and resolves its columns.
    static func header(_ reader: TableReader) throws -> (Record, TaskSchema) {
        let h = try reader.header()
        return (h, try TaskSchema(header: h, file: reader.name))
    }

    static func labels(_ inv: Invocation) throws -> Lang? {
        try inv.string("labels").map { try Lang.parse($0, option: "labels") }
    }

    /// A resolver for the invocation's --year/--today/--milestones.
    static func resolver(_ inv: Invocation, schema: TaskSchema, file: String) throws -> TaskResolver {
        let (ctx, ms) = try inv.planContext()
        return TaskResolver(schema: schema, file: file, dates: ctx, milestones: ms, roles: inv.roles)
    }

    /// The milestone rows of a grid: M1-M4, then any other milestone of --milestones.
    static func milestoneTerms(_ ms: MilestoneSet?) -> [Term] {
        var out = Plan.milestones.terms
        for e in ms?.entries ?? [] where !out.contains(where: { $0.id == e.term.id }) { out.append(e.term) }
        return out
    }

    /// Rewrites the vocabulary columns of a record to canonical ids or display names.
    static func canonical(_ row: TaskRow, schema: TaskSchema, labels: Lang?) -> Record {
        var fields = row.record.strings
        func set(_ c: TaskColumn, _ t: Term?) {
            guard let i = schema[c], let t else { return }
            if c == .status || c == .kind, fields[i].trimmed.isEmpty { return }
            fields[i] = t.label(labels)
        }
        set(.milestone, row.milestone)
        set(.role, row.role)
        set(.status, row.status)
        set(.kind, row.kind)
        if let i = schema[.due], let d = row.due { fields[i] = d.iso }
        return Record(fields: fields, line: row.record.line)
    }
}

