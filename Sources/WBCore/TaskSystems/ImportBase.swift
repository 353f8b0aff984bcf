/// The plan an import brings the task system's state into: its rows as read (every
/// byte kept for the write-back), and for each task of the team in scope what the
/// matching needs (id, key, status, owner, due).
public struct ImportBase {
    public typealias Task = (id: String, key: String, status: String, owner: String, due: CivilDate?)

    public let header: Record
    public let schema: TaskSchema
    public let format: TableFormat
    /// The column of the system's keys, when the plan has one.
    public let keyIndex: Int?
    public private(set) var records: [Record] = []
    /// One per record; a row of another team (`--team`) is empty and matches nothing.
    public private(set) var tasks: [Task] = []
    /// How many tasks are in scope (all, or the team's).
    public private(set) var inScope = 0
    /// The blank lines before record i, where there are any (key `records.count`: after
    /// the last), written back where they were as they were (`Table.blankLines`).
    public private(set) var blankLines: [Int: [[UInt8]]] = [:]

    /// Reads the plan's rows after its `header`; `team` decides which rows take what
    /// the system says.
    public init(_ reader: TableReader, header: Record, schema: TaskSchema, resolver: TaskResolver, team: inout TeamFilter) throws {
        (self.header, self.schema, self.format) = (header, schema, reader.format)
        keyIndex = ExportPlan.keyIndex(header)
        var (records, tasks, inScope) = ([Record](), [Task](), 0)
        let keyIndex = keyIndex
        blankLines = try reader.readKeepingBlankLines { rec in
            records.append(rec)
            guard team.keeps(rec) else { tasks.append(("", "", "", "", nil)); return }
            inScope += 1
            let t = try resolver.resolveStrict(rec)
            let key = keyIndex.map { $0 < rec.count ? rec.string($0).trimmed : "" } ?? ""
            tasks.append((t.id, key, t.status.id, t.owner, t.due))
        }
        (self.records, self.tasks, self.inScope) = (records, tasks, inScope)
        try team.finish()
    }

    /// Writes the plan with the matched tasks' status, owner, due and key changed (a
    /// column the plan lacks is added; values in the style the cell had), every other
    /// byte as it was. Returns how many tasks changed.
    public func write(_ result: SystemImport.Result, parser: TaskValueParser, to writer: TableWriter) throws -> Int {
        var editor = TaskEditor(header: header, schema: schema, format: format)
        let needs = result.changes.values
        let statusIx = needs.contains { $0.status != nil } ? editor.column(.status) : nil
        let ownerIx = needs.contains { $0.owner != nil } ? editor.column(.owner) : nil
        let dueIx = needs.contains { $0.due != nil } ? editor.column(.due) : nil
        let newKeyIx = needs.contains { $0.key != nil } ? (keyIndex ?? editor.column(named: "key")) : nil
        writer.writeRaw(editor.headerBytes)
        // A row of delimiters only gets one more for each column import adds.
        let delimiter = format.delimiter
        func padded(_ line: [UInt8]) -> [UInt8] {
            line.isEmpty || editor.added.isEmpty ? line : line + [UInt8](repeating: delimiter, count: editor.added.count)
        }
        var changed = 0
        for (k, r) in records.enumerated() {
            for line in blankLines[k] ?? [] { writer.writeRaw(padded(line)) }
            guard let c = result.changes[tasks[k].id] else { writer.writeRaw(editor.rowBytes(r, changes: [:])); continue }
            var changes: [Int: String] = [:]
            func old(_ i: Int) -> String? { i < r.count ? r.string(i) : nil }
            if let s = c.status, let i = statusIx { changes[i] = try parser.value(.status, s, old: old(i), option: "import") }
            if let o = c.owner, let i = ownerIx { changes[i] = o }
            if let d = c.due, let i = dueIx { changes[i] = try parser.value(.due, d.iso, old: old(i), option: "import") }
            if let key = c.key, let i = newKeyIx { changes[i] = key }
            changed += 1
            writer.writeRaw(editor.rowBytes(r, changes: changes.filter { i, v in i >= r.count || r.string(i) != v }))
        }
        for line in blankLines[records.count] ?? [] { writer.writeRaw(padded(line)) }
        return changed
    }
}
