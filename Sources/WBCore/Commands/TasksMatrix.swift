/// `wb-tasks matrix`: tasks to the role × milestone grid.
enum TasksMatrix {
    static let spec = CommandSpec("matrix",
        summary: "Pivot tasks to the role x milestone grid: a row per milestone, a column per role, each cell the Todos one per line.",
        options: [
            OptionSpec("ids", "prefix each Todo with its [id] so an edited grid merges back (unmatrix --base)"),
            OptionSpec("roles", arg: "LIST", "the role columns, in order (default: pm,dev,ds, the roles the settings declare, and any other role in use)"),
            OptionSpec("milestones", arg: "FILE", "the plan's milestones table (names and extra milestones)"),
            CommonOptions.labels,
            OptionSpec("safe", "guard cells starting with = + - @ with a leading apostrophe (formula injection)"),
            CommonOptions.today, CommonOptions.year,
        ] + CommonOptions.table,
        examples: ["wb-tasks matrix --ids share/wb/sample-plan.csv -o grid.csv",
                   "wb-tasks matrix --labels ja --roles pm,dev,ds plan.csv"]) { inv in
        // Streams: each Todo goes straight into its cell's buffer, so memory follows the
        // size of the grid, not of the rows read.
        let reader = try inv.openTable(inv.inputPath())
        let (header, schema) = try TasksIO.header(reader)
        let resolver = try TasksIO.resolver(inv, schema: schema, file: reader.name)
        let labels = try TasksIO.labels(inv)
        let ids = inv.flag("ids")
        if ids && schema[.id] == nil {
            throw WBError.data("--ids needs an 'id' column; add one (wb-tasks add numbers new tasks)", at: SourceLocation(file: reader.name, line: 1, column: 1))
        }
        let milestones = TasksIO.milestoneTerms(resolver.milestones)
        var mIndex: [String: Int] = [:]
        for (k, m) in milestones.enumerated() { mIndex[m.id] = k }
        let allRoles = inv.roles.terms
        var rIndex: [String: Int] = [:]
        for (k, r) in allRoles.enumerated() { rIndex[r.id] = k }
        var cells = [[UInt8]](repeating: [], count: milestones.count * allRoles.count)
        var used = [Bool](repeating: false, count: allRoles.count)
        // Terms are shared instances: find their row and column by identity first.
        func index(_ t: Term, _ terms: [Term], _ byID: [String: Int]) -> Int? {
            for (k, x) in terms.enumerated() where x === t { return k }
            return byID[t.id]
        }
        var rec = Record()
        while try reader.next(into: &rec) {
            let row = try resolver.resolveStrict(rec)
            guard let mi = index(row.milestone!, milestones, mIndex), let ri = index(row.role!, allRoles, rIndex) else { continue }
            used[ri] = true
            let c = mi * allRoles.count + ri
            if !cells[c].isEmpty { cells[c].append(0x0A) }
            if ids {
                let id = row.id
                if id.isEmpty {
                    throw WBError.data("--ids needs an id on every task; this one has none", at: SourceLocation(file: reader.name, line: row.line))
                }
                cells[c].append(0x5B)
                cells[c].append(contentsOf: id.utf8)
                cells[c].append(contentsOf: [0x5D, 0x20])
            }
            if let ti = schema[.todo] { Grid.appendItem(rec[ti], to: &cells[c]) }
        }
        let roles: [Term]
        if let l = inv.list("roles") {
            roles = try l.map { s in
                guard let t = inv.roles.lookup(s) else { throw WBError.usage("--roles: " + Roles.unknownMessage(s, inv.roles)) }
                return t
            }
        } else {
            let declared = Set(inv.settings?.extraRoles.map(\.id) ?? [])
            roles = allRoles.enumerated().filter { ["pm", "dev", "ds"].contains($0.element.id) || declared.contains($0.element.id) || used[$0.offset] }.map(\.element)
        }
        let writer = TableWriter(inv.stdout, try inv.writeOptions(input: reader.format))
        writer.write(Grid.header(roles: roles, labels: labels))
        let safe = inv.flag("safe")
        for (mi, m) in milestones.enumerated() {
            var f = [Grid.rowLabel(m, labels: labels, set: resolver.milestones)]
            for role in roles {
                let text = String(decoding: cells[mi * allRoles.count + rIndex[role.id]!], as: UTF8.self)
                f.append(Grid.cell(text, safe: safe))
            }
            writer.write(f)
        }
        return .ok
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

    /// Appends a Todo's text as a cell line: CRLF and CR become LF, and each line
    /// break continues on a line indented by two spaces (the bytes form of `item`).
    static func appendItem(_ todo: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var i = todo.startIndex
        var run = i
        while i < todo.endIndex {
            let b = todo[i]
            if b == 0x0D || b == 0x0A {
                out.append(contentsOf: todo[run..<i])
                if b == 0x0D && i + 1 < todo.endIndex && todo[i + 1] == 0x0A { i += 1 }
                out.append(0x0A); out.append(0x20); out.append(0x20)
                run = i + 1
            }
            i += 1
        }
        out.append(contentsOf: todo[run..<todo.endIndex])
    }

    /// CRLF and lone CR become LF. Works on scalars: as Characters, "\r" + "\r\n"
    /// would form a new "\r\n" cluster (a fuzzer found that).
    static func normalizeNewlines(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var it = s.unicodeScalars.makeIterator()
        var pending = it.next()
        while let u = pending {
            pending = it.next()
            if u == "\r" {
                out.append("\n")
                if pending == "\n" { pending = it.next() }
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// OWASP's defence against formula injection: a cell starting with = + - @ (or tab,
    /// CR) gets a leading apostrophe, which spreadsheets show as text.
    public static func guardFormula(_ s: String) -> String {
        guard let f = s.unicodeScalars.first else { return s }
        return "=+-@\t\r".unicodeScalars.contains(f) || unguard(s) != s ? "'" + s : s
    }

    /// A cell as matrix writes it: guarded with --safe; and, safe or not, a cell that
    /// itself starts with an apostrophe before = + - @ gets one more, so that unmatrix,
    /// which removes one, gives the text back (a fuzzer found that).
    public static func cell(_ text: String, safe: Bool) -> String {
        if safe || unguard(text) != text { return guardFormula(text) }
        return text
    }

    /// Undoes `guardFormula`.
    /// Removes one apostrophe when, after all its leading apostrophes, the cell starts
    /// with = + - @ (or tab, CR): exactly what `guardFormula` and `cell` add.
    public static func unguard(_ s: String) -> String {
        guard s.hasPrefix("'"), let next = s.unicodeScalars.drop(while: { $0 == "'" }).first,
              "=+-@\t\r".unicodeScalars.contains(next) else { return s }
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
