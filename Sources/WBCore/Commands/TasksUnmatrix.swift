/// `wb-tasks unmatrix`: the grid back to tasks, or merged into the tasks it came from.
enum TasksUnmatrix {
    static let spec = CommandSpec("unmatrix",
        summary: "Turn a role x milestone grid back into tasks. With --base, merge the edited grid into the tasks it came from.",
        options: [
            OptionSpec("base", arg: "TASKS", "merge into this tasks file: unchanged tasks stay byte for byte"),
            CommonOptions.labels,
            CommonOptions.milestones,
            CommonOptions.today, CommonOptions.year,
        ] + CommonOptions.table,
        examples: ["wb-tasks matrix --ids plan.csv > grid.csv; wb-tasks unmatrix --base plan.csv grid.csv -o plan.csv",
                   "wb-tasks unmatrix room-grid.csv > tasks.csv"]) { inv in
        let grid = try inv.readTable(inv.inputPath())
        let items = try parseGrid(grid, inv)
        if let basePath = inv.string("base") {
            return try merge(inv, items: items, basePath: basePath, grid: grid)
        }
        let labels = try TasksIO.labels(inv)
        let writer = TableWriter(inv.stdout, try inv.writeOptions(input: grid.format))
        // The full canonical header, so that add and set take the result at once.
        let width = TaskColumn.allCases.count
        writer.write(TaskColumn.allCases.map { $0.label(labels) })
        var allocator = TaskIDs(items.compactMap(\.item.id))
        var seen: [String: SourceLocation] = [:]
        for c in items {
            var id = c.item.id
            if let i = id {
                if let prev = seen[i] { throw WBError.data(L("task id \(i) appears twice in the grid (also at \(prev.text))"), at: c.location) }
                seen[i] = c.location
            } else {
                id = allocator.next()
            }
            writer.write([id!, c.milestone.label(labels), c.role.label(labels), c.item.text] + Array(repeating: "", count: width - 4))
        }
        return .ok
    }

    struct Placed {
        var item: Grid.Item
        var milestone: Term
        var role: Term
        var location: SourceLocation
    }

    /// Reads the grid: first column the milestone, the others roles.
    static func parseGrid(_ grid: Table, _ inv: Invocation) throws -> [Placed] {
        let ms = try inv.planContext().milestones
        var roles: [Term?] = [nil]
        for i in 1..<max(1, grid.header.count) {
            let name = grid.header.string(i).trimmed
            // Excel saves the empty columns to the right of a grid (`ds,,,`): a column
            // with no name and nothing in it is not there.
            if name.isEmpty && grid.rows.allSatisfy({ i >= $0.count || $0.string(i).trimmed.isEmpty }) {
                roles.append(nil)
                continue
            }
            if name.isEmpty, let row = grid.rows.first(where: { i < $0.count && !$0.string(i).trimmed.isEmpty }) {
                throw WBError.data(L("grid column \(i + 1) has no name but holds '\(row.string(i).trimmed)': give it a role's name or empty it"),
                                   at: grid.location(row: row, field: i))
            }
            guard let t = inv.roles.lookup(name) else {
                let p = grid.header.position(ofField: i)
                throw WBError.data(L("grid column '\(name)' is not a role; the grid's columns are the milestone, then roles (pm, dev, ds ...)"),
                                   at: SourceLocation(file: grid.name, line: p.line, column: p.column))
            }
            roles.append(t)
        }
        var out: [Placed] = []
        for row in grid.rows {
            let label = row.string(0).trimmed
            let cellsEmpty = (1..<row.count).allSatisfy { row.string($0).trimmed.isEmpty }
            guard let m = TaskResolver.milestone(label, in: ms) else {
                if label.isEmpty && cellsEmpty { continue }
                throw WBError.data(label.isEmpty ? L("this grid row has no milestone in its first column") : L("unknown milestone '\(label)' in the grid's first column"),
                                   at: grid.location(row: row, field: 0))
            }
            for i in 1..<row.count where roles[i] != nil {
                let p = row.position(ofField: i)
                for it in Grid.items(row.string(i)) {
                    out.append(Placed(item: it, milestone: m, role: roles[i]!,
                                      location: SourceLocation(file: grid.name, line: p.line + it.line - 1, column: it.line == 1 ? p.column : 1)))
                }
            }
        }
        return out
    }

    static func merge(_ inv: Invocation, items: [Placed], basePath: String, grid: Table) throws -> ExitCode {
        let base = try inv.readCompanion(basePath)
        let schema = try TaskSchema(header: base.header, file: base.name, required: [.id, .milestone, .role, .todo])
        let resolver = try TasksIO.resolver(inv, schema: schema, file: base.name)
        let tasks = try base.rows.map { try resolver.resolveStrict($0) }
        var byID: [String: Int] = [:]
        for (i, t) in tasks.enumerated() where !t.id.isEmpty {
            if byID[t.id] != nil {
                throw WBError.data(L("duplicate task id \(t.id) in the base file"), at: base.location(row: t.record, field: schema[.id]))
            }
            byID[t.id] = i
        }
        // Cells present in the grid: a task whose cell is not there is kept as it is.
        var gridMilestones = Set<String>(), gridRoles = Set<String>()
        for row in grid.rows { if let m = resolver.milestone(row.string(0).trimmed) { gridMilestones.insert(m.id) } }
        for i in 1..<grid.header.count { if let r = inv.roles.lookup(grid.header.string(i).trimmed) { gridRoles.insert(r.id) } }

        var placed: [String: Placed] = [:]
        var newItems: [Placed] = []
        for p in items {
            guard let id = p.item.id else { newItems.append(p); continue }
            guard byID[id] != nil else {
                throw WBError.data(L("task id \(id) is not in \(base.name); remove the [\(id)] prefix to add it as a new task"), at: p.location)
            }
            if let prev = placed[id] {
                throw WBError.data(L("task id \(id) appears twice in the grid (also at \(prev.location.text)); a task lives in one cell"), at: p.location)
            }
            placed[id] = p
        }
        let out = TableWriter(inv.stdout, try inv.writeOptions(input: base.format).with(crlf: base.usesCRLF, bom: base.hadBOM))
        // Changed rows keep every field they do not change byte for byte.
        let editor = TaskEditor(header: base.header, schema: schema, format: base.format)
        out.writeRaw(base.header.raw)
        var allocator = TaskIDs(tasks.map(\.id))
        var removed: [(task: TaskRow, emptied: Bool)] = []
        var kept = 0
        for t in tasks {
            guard let p = placed[t.id] else {
                if gridMilestones.contains(t.milestone!.id) && gridRoles.contains(t.role!.id) {
                    removed.append((t, false))
                    inv.note(L("removed task \(t.id) (\(t.milestone!.id), \(t.role!.id)): \(oneLine(t.todo))"), at: SourceLocation(file: base.name, line: t.line))
                } else {
                    out.writeRaw(t.record.raw)
                    kept += 1
                }
                continue
            }
            if p.item.text.trimmed.isEmpty {
                removed.append((t, true))
                inv.warn(L("removed task \(t.id) (\(t.milestone!.id), \(t.role!.id)): its [\(t.id)] is left with no text in the grid (\(p.location.text)); it was \(oneLine(t.todo))"),
                         at: SourceLocation(file: base.name, line: t.line))
                continue
            }
            kept += 1
            var changes: [Int: String] = [:]
            if Grid.comparable(t.todo) != p.item.text, let i = schema[.todo] {
                changes[i] = p.item.text
            }
            if p.milestone.id != t.milestone!.id, let i = schema[.milestone] {
                changes[i] = p.milestone.label(labelStyle(of: t.record.string(i), in: t.milestone!))
            }
            if p.role.id != t.role!.id, let i = schema[.role] {
                changes[i] = p.role.label(labelStyle(of: t.record.string(i), in: t.role!))
            }
            out.writeRaw(editor.rowBytes(t.record, changes: changes))
        }
        let style: (TaskColumn, Term) -> String = { c, term in
            guard let first = tasks.first, let i = schema[c] else { return term.id }
            let old = first.record.string(i)
            let t = c == .milestone ? first.milestone! : first.role!
            return term.label(labelStyle(of: old, in: t))
        }
        for p in newItems {
            let id = allocator.next()
            var fields = [String](repeating: "", count: base.header.count)
            fields[schema[.id]!] = id
            fields[schema[.milestone]!] = style(.milestone, p.milestone)
            fields[schema[.role]!] = style(.role, p.role)
            fields[schema[.todo]!] = p.item.text
            out.write(fields)
        }
        // Loud when the merge looks like a grid whose ids were lost on the way (a
        // spreadsheet that mangled them): more removed than kept, or a removed task's
        // text back as a new line that will lose its owner, dates and status.
        let deleted = removed.filter { !$0.emptied }
        if !deleted.isEmpty && deleted.count > kept {
            inv.warn(deleted.count == 1
                     ? L("this merge removes 1 task and keeps \(kept): did the grid lose its [id] prefixes? Check it before replacing \(base.name)")
                     : L("this merge removes \(deleted.count) tasks and keeps \(kept): did the grid lose its [id] prefixes? Check it before replacing \(base.name)"),
                     at: SourceLocation(file: grid.name))
        }
        var newTexts: [String: Placed] = [:]
        for p in newItems {
            let key = Grid.comparable(p.item.text)
            if newTexts[key] == nil { newTexts[key] = p }
        }
        for r in deleted {
            if let p = newTexts[Grid.comparable(r.task.todo)] {
                inv.warn(L("task \(r.task.id) is removed, but its text comes back as a new task at \(p.location.text) without its id: its other columns (owner, due, status...) are lost; put [\(r.task.id)] back in front of it"),
                         at: SourceLocation(file: base.name, line: r.task.line))
            }
        }
        return .ok
    }

    static func oneLine(_ s: String) -> String {
        let l = Grid.normalizeNewlines(s).replacingOccurrences("\n", " / ")
        return "\"" + (l.count > 60 ? String(l.prefix(57)) + "..." : l) + "\""
    }
}

extension WriteOptions {
    func with(crlf: Bool, bom: Bool) -> WriteOptions {
        var o = self
        o.crlf = o.crlf || crlf
        o.bom = o.bom || bom
        return o
    }
}
