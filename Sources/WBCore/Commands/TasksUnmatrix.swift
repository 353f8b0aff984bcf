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
        var used = items.compactMap(\.item.id)
        var seen: [String: SourceLocation] = [:]
        for c in items {
            var id = c.item.id
            if let i = id {
                if let prev = seen[i] { throw WBError.data("task id \(i) appears twice in the grid (also at \(prev.text))", at: c.location) }
                seen[i] = c.location
            } else {
                id = TaskIDs.next(after: used)
                used.append(id!)
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
            guard let t = inv.roles.lookup(name) else {
                let p = grid.header.position(ofField: i)
                throw WBError.data("grid column '\(name)' is not a role; the grid's columns are the milestone, then roles (pm, dev, ds ...)",
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
                throw WBError.data(label.isEmpty ? "this grid row has no milestone in its first column" : "unknown milestone '\(label)' in the grid's first column",
                                   at: grid.location(row: row, field: 0))
            }
            for i in 1..<row.count {
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
                throw WBError.data("duplicate task id \(t.id) in the base file", at: base.location(row: t.record, field: schema[.id]))
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
                throw WBError.data("task id \(id) is not in \(base.name); remove the [\(id)] prefix to add it as a new task", at: p.location)
            }
            if let prev = placed[id] {
                throw WBError.data("task id \(id) appears twice in the grid (also at \(prev.location.text)); a task lives in one cell", at: p.location)
            }
            placed[id] = p
        }
        let out = TableWriter(inv.stdout, try inv.writeOptions(input: base.format).with(crlf: base.usesCRLF, bom: base.hadBOM))
        out.writeRaw(base.header.raw)
        var ids = tasks.map(\.id)
        for t in tasks {
            guard let p = placed[t.id] else {
                if gridMilestones.contains(t.milestone!.id) && gridRoles.contains(t.role!.id) {
                    inv.note("removed task \(t.id) (\(t.milestone!.id), \(t.role!.id)): \(oneLine(t.todo))", at: SourceLocation(file: base.name, line: t.line))
                } else {
                    out.writeRaw(t.record.raw)
                }
                continue
            }
            var fields = t.record.strings
            var changed = false
            if Grid.comparable(t.todo) != p.item.text, let i = schema[.todo] {
                fields[i] = p.item.text
                changed = true
            }
            if p.milestone.id != t.milestone!.id, let i = schema[.milestone] {
                fields[i] = p.milestone.label(labelStyle(of: fields[i], in: t.milestone!))
                changed = true
            }
            if p.role.id != t.role!.id, let i = schema[.role] {
                fields[i] = p.role.label(labelStyle(of: fields[i], in: t.role!))
                changed = true
            }
            if changed { out.write(fields) } else { out.writeRaw(t.record.raw) }
        }
        let style: (TaskColumn, Term) -> String = { c, term in
            guard let first = tasks.first, let i = schema[c] else { return term.id }
            let old = first.record.string(i)
            let t = c == .milestone ? first.milestone! : first.role!
            return term.label(labelStyle(of: old, in: t))
        }
        for p in newItems {
            let id = TaskIDs.next(after: ids)
            ids.append(id)
            var fields = [String](repeating: "", count: base.header.count)
            fields[schema[.id]!] = id
            fields[schema[.milestone]!] = style(.milestone, p.milestone)
            fields[schema[.role]!] = style(.role, p.role)
            fields[schema[.todo]!] = p.item.text
            out.write(fields)
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
