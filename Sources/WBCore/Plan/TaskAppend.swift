/// `add`'s work once its options are read: every row of the table copied byte for byte
/// (blank lines where they were), then the new task, with the next free id in the
/// style of the file's ids (or of its team's) and its words written as the table's
/// first row writes them. Rows stream through and only their ids are kept, so memory
/// stays small.
struct TaskAppend {
    /// The new task's values by column, each read already (a wrong one stops `add`
    /// before a row is written).
    var values: [Int: String] = [:]
    /// The new task's Todo as given, to find the same Todo already in the plan.
    var todo = ""
    /// The known columns' values as given, read again once the rows' style is known
    /// (完了 where the rows say 未着手): column, kind, text, the option that gave it.
    var typed: [(column: Int, kind: TaskColumn, text: String, option: String)] = []
    /// The id column (nil: the table has none and no `--id` asks for one).
    var idColumn: Int?
    /// `--id`: the new task's id instead of the next free one.
    var givenID: String?
    /// The team column and the new task's team key (`--team`): its id in the style of
    /// that team's ids, past every id of the file.
    var teamColumn: Int?
    var teamKey: String?
    var teams = Teams()

    /// What the run found besides the rows it wrote.
    struct Outcome {
        /// The new task's id (nil without an id column).
        var id: String?
        /// Every id of the table, as written (trimmed).
        var ids: [String] = []
        /// The first task whose Todo is the new one's (an `add` run twice from the
        /// shell's history): its id (empty without an id column) and where its Todo stands.
        var sameTodo: (id: String, at: SourceLocation)?
        /// With a due date and dependencies given, every row and the new task as the
        /// dependencies' order reads them (`DependencyOrder.late`); else nil.
        var order: DependencyOrder?
    }

    /// Reads `reader`'s rows (the header read already, `schema` its columns) and writes
    /// them through `editor` to `writer`, then the new task. The header is not written.
    /// Throws when `givenID` is an id the table uses (or one people would take for it:
    /// `T3` for `t3`, `Ｔ３`), at its line, once every row is written.
    mutating func run(_ reader: TableReader, schema: TaskSchema, editor: TaskEditor, parser: inout TaskValueParser,
                      to writer: TableWriter) throws -> Outcome {
        var out = Outcome()
        var teamIDs: [String] = []
        let givenKey = givenID.map(TaskUpdate.key)
        var givenAt: (id: String, at: SourceLocation)?
        let todo = Array(todo.trimmed.utf8)
        var rec = Record()
        var style: Lang?? = nil
        let kinds = Set(typed.map(\.kind))
        if kinds.contains(.due) && kinds.contains(.dependsOn) { out.order = DependencyOrder() }
        func rowTeam(_ rec: Record) -> String? { teamColumn.map { teams.key($0 < rec.count ? rec.string($0).trimmed : "") } }
        while try reader.next(into: &rec) {
            for _ in 0..<reader.blankLinesBefore { writer.writeRaw([]) }
            if style == nil { style = parser.style(of: rec) }
            if out.sameTodo == nil, let t = schema[.todo], rec.withFields({ String.trimmedEquals($0[t], todo) }) {
                out.sameTodo = (schema[.id].map { rec.count > $0 ? rec.string($0).trimmed : "" } ?? "", rec.location(ofField: t, file: reader.name))
            }
            if let i = schema[.id] {
                let id = rec.count > i ? rec.string(i).trimmed : ""
                out.ids.append(id)
                if let k = givenKey, givenAt == nil, TaskUpdate.key(id) == k { givenAt = (id, rec.location(ofField: i, file: reader.name)) }
                if let k = teamKey, let c = teamColumn, c < rec.count, teams.key(rec.string(c).trimmed) == k { teamIDs.append(id) }
            }
            if out.order != nil { out.order!.append(rec, idColumn: schema[.id], team: rowTeam(rec), resolver: parser.resolver) }
            writer.writeRaw(editor.rowBytes(rec, changes: [:]))
        }
        if let i = idColumn {
            var ids = teamKey == nil || teamIDs.isEmpty ? TaskIDs(out.ids) : TaskIDs(teamIDs, used: out.ids)
            let id = givenID?.trimmed ?? ids.next()
            if let (used, at) = givenAt {
                throw WBError(.usage, used == id ? L("--id \(id) is already used")
                                                 : L("--id \(id) is already used as \(used): people and some systems take them for one"),
                              at: at)
            }
            values[i] = id
            out.id = id
        }
        parser.rowStyle = style ?? parser.style(ofHeader: editor.header)
        for t in typed where [.milestone, .role, .status, .kind].contains(t.kind) {
            values[t.column] = try parser.value(t.kind, t.text, option: t.option)
        }
        if out.order != nil {
            // The new task's facts, as the row written below has them.
            out.order!.append(newTask: out.id ?? "", team: teamColumn.map { teams.key((values[$0] ?? "").trimmed) },
                              values: typed.compactMap { t in values[t.column].map { (t.kind, $0) } })
        }
        writer.writeRaw(editor.newRow(values))
        // Blank lines after the last row, after the new one.
        for _ in 0..<reader.blankLinesBefore { writer.writeRaw([]) }
        return out
    }
}
