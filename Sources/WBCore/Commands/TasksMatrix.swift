/// `wb-tasks matrix`: tasks to the role × milestone grid.
enum TasksMatrix {
    static let spec = CommandSpec("matrix",
        summary: "Pivot tasks to the role x milestone grid: a row per milestone, a column per role, each cell the Todos one per line.",
        options: [
            OptionSpec("ids", "prefix each Todo with its [id] so an edited grid merges back (unmatrix --base)"),
            OptionSpec("roles", arg: "LIST", "the role columns, in order (default: pm,dev,ds and any other role in use)"),
            OptionSpec("milestones", arg: "FILE", "the plan's milestones table (names and extra milestones)"),
            CommonOptions.labels,
            OptionSpec("safe", "guard cells starting with = + - @ with a leading apostrophe (formula injection)"),
            CommonOptions.today, CommonOptions.year,
        ] + CommonOptions.table,
        examples: ["wb-tasks matrix --ids share/wb/sample-plan.csv -o grid.csv",
                   "wb-tasks matrix --labels ja --roles pm,dev,ds plan.csv"]) { inv in
        let (table, schema) = try TasksIO.load(inv, inv.inputPath())
        let resolver = try TasksIO.resolver(inv, schema: schema, file: table.name)
        let labels = try TasksIO.labels(inv)
        let rows = try table.rows.map { try resolver.resolveStrict($0) }
        let ids = inv.flag("ids")
        if ids {
            guard schema[.id] != nil else {
                throw WBError.data("--ids needs an 'id' column; add one (wb-tasks add numbers new tasks)", at: SourceLocation(file: table.name, line: 1, column: 1))
            }
            if let r = rows.first(where: { $0.id.isEmpty }) {
                throw WBError.data("--ids needs an id on every task; this one has none", at: table.location(row: r.record, field: schema[.id]))
            }
        }
        let roles = try roleColumns(inv, rows)
        let milestones = TasksIO.milestoneTerms(resolver.milestones)
        var cells: [String: [String]] = [:]
        for r in rows {
            cells[r.milestone!.id + "\u{0}" + r.role!.id, default: []].append(Grid.item(id: ids ? r.id : nil, todo: r.todo))
        }
        let writer = TableWriter(inv.stdout, try inv.writeOptions(input: table.format))
        writer.write(Grid.header(roles: roles, labels: labels))
        let safe = inv.flag("safe")
        for m in milestones {
            var f = [Grid.rowLabel(m, labels: labels, set: resolver.milestones)]
            for role in roles {
                let text = (cells[m.id + "\u{0}" + role.id] ?? []).joined(separator: "\n")
                f.append(safe ? Grid.guardFormula(text) : text)
            }
            writer.write(f)
        }
        return .ok
    }

    static func roleColumns(_ inv: Invocation, _ rows: [TaskRow]) throws -> [Term] {
        if let l = inv.list("roles") {
            return try l.map { s in
                guard let t = Plan.roles.lookup(s) else { throw WBError.usage("--roles: unknown role '\(s)'") }
                return t
            }
        }
        let used = Set(rows.compactMap { $0.role?.id })
        return Plan.roles.terms.filter { ["pm", "dev", "ds"].contains($0.id) || used.contains($0.id) }
    }
}

/// The grid's conventions, shared by matrix, unmatrix and template.
public enum Grid {
    public static func header(roles: [Term], labels: Lang?) -> [String] {
        [labels == .ja ? "マイルストン" : "milestone"] + roles.map { $0.label(labels) }
    }

    public static func rowLabel(_ m: Term, labels: Lang?, set: MilestoneSet?) -> String {
        guard let labels else { return m.id }
        let name = set?.entry(m.id)?.name ?? m.label(labels)
        return name.isEmpty || name == m.id ? m.id : m.id + " " + name
    }

    /// One Todo in a cell: `[T3] text`; a line break inside the Todo continues on a
    /// line indented by two spaces.
    public static func item(id: String?, todo: String) -> String {
        let body = normalizeNewlines(todo).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0) }.joined(separator: "\n  ")
        if let id { return "[\(id)] " + body }
        return body
    }

    static func normalizeNewlines(_ s: String) -> String {
        s.replacingOccurrences("\r\n", "\n").replacingOccurrences("\r", "\n")
    }

    /// OWASP's defence against formula injection: a cell starting with = + - @ (or tab,
    /// CR) gets a leading apostrophe, which spreadsheets show as text.
    public static func guardFormula(_ s: String) -> String {
        guard let f = s.unicodeScalars.first else { return s }
        return "=+-@\t\r".unicodeScalars.contains(f) ? "'" + s : s
    }

    /// Undoes `guardFormula`.
    public static func unguard(_ s: String) -> String {
        guard s.hasPrefix("'"), let second = s.unicodeScalars.dropFirst().first,
              "=+-@\t\r".unicodeScalars.contains(second) else { return s }
        return String(s.dropFirst())
    }

    public struct Item: Equatable, Sendable {
        public var id: String?
        public var text: String
        /// 1-based line within the cell.
        public var line: Int
    }

    /// Splits a cell as a spreadsheet returns it (CRLF, trailing spaces, a guarding
    /// apostrophe) into Todos.
    public static func items(_ cell: String) -> [Item] {
        let text = normalizeNewlines(unguard(cell))
        var out: [Item] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            while let l = line.last, l == " " || l == "\t" || l == "\u{3000}" { line.removeLast() }
            if line.trimmed.isEmpty { continue }
            if (line.hasPrefix("  ") || line.hasPrefix("\t")), !out.isEmpty {
                let cont = line.hasPrefix("  ") ? String(line.dropFirst(2)) : String(line.dropFirst())
                out[out.count - 1].text += "\n" + cont
                continue
            }
            line = String(line.drop(while: { $0 == " " || $0 == "\u{3000}" }))
            var id: String?
            if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                let inner = String(line[line.index(after: line.startIndex)..<close]).trimmed
                if !inner.isEmpty && !inner.contains(" ") {
                    id = inner
                    line = String(line[line.index(after: close)...])
                    if line.hasPrefix(" ") { line.removeFirst() }
                }
            }
            out.append(Item(id: id, text: line, line: n + 1))
        }
        return out
    }

    /// The form of a task's Todo that a grid gives back, for "unchanged?" comparisons.
    public static func comparable(_ todo: String) -> String {
        items(item(id: nil, todo: todo)).map(\.text).joined(separator: "\n")
    }
}
