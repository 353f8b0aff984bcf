/// One plan in several files and back: `wb-tasks split --by team` gives each team its
/// own file, `wb-tasks merge` makes the facilitators' union again. Rows travel byte for
/// byte; a merge never drops a column or a task.
public enum PlanFiles {
    /// The rows of a table grouped by a column (a team by its key, any other value as
    /// written, folded), groups in order of first appearance. Rows with another column
    /// empty (a task no one owns yet) go together to a part named `unassigned` (in the
    /// run's language, 未割り当て); a row of no team is an error at its cell, since
    /// whether it is shared or forgotten is not for split to guess.
    public static func split(_ table: Table, by column: String, teams: Teams) throws -> [(name: String, table: Table)] {
        guard let c = (0..<table.header.count).first(where: { i in
            let h = table.header.string(i)
            return h.matchKey == column.matchKey || (Teams.teamHeaders.contains(column.matchKey) && Teams.teamHeaders.contains(h.matchKey))
                || (TaskColumn.match(column).map { TaskColumn.match(h) == $0 } ?? false)
        }) else {
            throw WBError.usage(L("--by \(column): \(table.name) has no such column; its columns are ") + table.headerNames.joined(separator: ", "))
        }
        let isTeam = Teams.teamHeaders.contains(table.header.string(c).matchKey)
        let unassigned = L("unassigned")
        var order: [String] = []
        var groups: [String: (name: String, rows: [Int])] = [:]
        for (i, rec) in table.rows.enumerated() {
            var v = c < rec.count ? rec.string(c).trimmed : ""
            if v.isEmpty {
                if isTeam {
                    throw WBError.data(L("this row has no \(table.header.string(c)): split cannot tell where it goes"), at: table.location(row: rec, field: min(c, max(0, rec.count - 1))))
                }
                v = unassigned
            }
            let k = isTeam ? teams.key(v) : (v == unassigned ? "\u{0}unassigned" : v.matchKey)
            if groups[k] == nil { order.append(k); groups[k] = (v, []) }
            groups[k]!.rows.append(i)
        }
        var used = Set<String>()
        return order.map { k in
            let g = groups[k]!
            var name = fileName(g.name)
            var n = 2
            while used.contains(name.lowercased()) { name = fileName(g.name) + "-\(n)"; n += 1 }
            used.insert(name.lowercased())
            return (name, table.subset(g.rows))
        }
    }

    /// A value as a file name: `/`, `\`, control characters and a leading `.` become `_`.
    static func fileName(_ s: String) -> String {
        var out = String(s.unicodeScalars.map { u -> Character in
            u == "/" || u == "\\" || u.value < 0x20 || u.value == 0x7F ? "_" : Character(u)
        })
        if out.hasPrefix(".") { out = "_" + out.dropFirst() }
        return out.isEmpty ? "_" : out
    }

    /// The union of several tasks tables: the first file's columns, then each column a
    /// later file adds (a known column found under any of its names: 担当 is owner);
    /// rows in file order, unchanged rows byte for byte. Ids must be unique across the
    /// files; with `renumber`, a later file's clashing ids get the next free ones and its
    /// own dependencies on them follow (`notes` says each).
    public struct Union {
        public var header: [String]
        /// Each row, and whether it stands as it was read (same columns in the same
        /// order, same format: its bytes can be copied).
        public var rows: [(record: Record, asRead: Bool)] = []
        public var notes: [(String, SourceLocation)] = []
    }

    /// The table whose encoding the merged plan is written in: the first one's, unless
    /// it is plain ASCII without a byte-order mark (it reads the same in any of them),
    /// then the first file's that says more (a team's file of English rows first, the
    /// others CP932 from Japanese Excel: the plan stays CP932).
    public static func encodingSource(_ tables: [Table]) -> Table? {
        func plain(_ t: Table) -> Bool {
            func ascii(_ r: Record) -> Bool { r.raw.allSatisfy { $0 < 0x80 } }
            return t.encoding == .utf8 && !t.hadBOM && ascii(t.header) && t.rows.allSatisfy(ascii)
        }
        return tables.first { !plain($0) } ?? tables.first
    }

    /// Refuses, at its place in its own file, a character of a file read in another
    /// encoding that the merged plan's `encoding` cannot hold (an emoji of a UTF-8 file
    /// in a CP932 plan), before anything is written.
    public static func checkEncodable(_ tables: [Table], in encoding: TextEncoding) throws {
        guard encoding == .cp932 else { return }
        for t in tables where t.encoding != .cp932 {
            func check(_ r: Record) throws {
                guard r.raw.contains(where: { $0 >= 0x80 }) else { return }
                do {
                    _ = try Transcoder.fromUTF8(r.raw, to: .cp932, bigEndian: false, name: t.name)
                } catch var e as WBError {
                    if let l = e.location?.line { e.location?.line = r.line + l - 1 }
                    throw e
                }
            }
            try check(t.header)
            for r in t.rows { try check(r) }
        }
    }

    public static func merge(_ tables: [Table], renumber: Bool) throws -> Union {
        guard let first = tables.first else { throw WBError.usage(L("merge needs at least one file")) }
        let schemas = try tables.map { try TaskSchema(header: $0.header, file: $0.name) }
        var header = first.headerNames
        var known: [TaskColumn: Int] = schemas[0].index
        var union = Union(header: [])
        var taken: [String: SourceLocation] = [:]
        var allIDs: [String] = []
        for (t, schema) in zip(tables, schemas) {
            if let i = schema[.id] { for r in t.rows where i < r.count { allIDs.append(r.string(i).trimmed) } }
        }
        var allocator = TaskIDs(allIDs)
        // Each renumbering is said, the first 30 (a merge of two large exports renumbers
        // thousands), then how many in all, at the last file that renumbered.
        var renumbered = GridMerge.Capped()
        var lastAt: SourceLocation?
        for (t, schema) in zip(tables, schemas) {
            // Where each of this file's columns goes in the union.
            var target: [Int] = []
            for i in 0..<t.header.count {
                let name = t.header.string(i)
                if let c = TaskColumn.match(name) {
                    if let j = known[c] { target.append(j) } else {
                        known[c] = header.count; target.append(header.count); header.append(name)
                    }
                } else if let j = header.firstIndex(where: { $0.matchKey == name.matchKey && !name.matchKey.isEmpty && TaskColumn.match($0) == nil }) {
                    target.append(j)
                } else {
                    target.append(header.count); header.append(name)
                }
            }
            let sameShape = target == Array(0..<t.header.count) && t.format == first.format
            // Ids this file renumbers, and the new ones.
            var renamed: [String: String] = [:]
            var ownIDs = Set<String>()
            if let i = schema[.id] {
                for r in t.rows where i < r.count {
                    let id = r.string(i).trimmed
                    guard !id.isEmpty, !ownIDs.contains(id) else { continue }
                    ownIDs.insert(id)
                    let at = t.location(row: r, field: i)
                    if let prev = taken[id] {
                        guard renumber else {
                            throw WBError.data(L("task id \(id) is already used at \(prev.text); give --renumber to number this file's clashing tasks anew"), at: at)
                        }
                        let new = allocator.next()
                        renamed[id] = new
                        renumbered.say { union.notes.append((L("task \(id) is now \(new) (\(id) is already used at \(prev.text))"), at)) }
                        lastAt = SourceLocation(file: t.name)
                        taken[new] = at
                    } else {
                        taken[id] = at
                    }
                }
            }
            for r in t.rows {
                if renamed.isEmpty && sameShape && r.count == t.header.count {
                    union.rows.append((r, true))
                    continue
                }
                if r.count > target.count {
                    throw WBError.data(L("this row has \(r.count) fields and the header \(t.header.count)"), at: t.location(row: r))
                }
                var fields = [String](repeating: "", count: header.count)
                for i in 0..<r.count {
                    var v = r.string(i)
                    if i == schema[.id], let new = renamed[v.trimmed] { v = new }
                    if i == schema[.dependsOn], !renamed.isEmpty { v = renameDependencies(v, renamed) }
                    fields[target[i]] = v
                }
                union.rows.append((Record(fields: fields, line: r.line), false))
            }
        }
        if renumbered.more > 0, let at = lastAt {
            union.notes.append((L("and \(renumbered.more) more renumbered tasks, \(renumbered.count) in all"), at))
        }
        union.header = header
        // Earlier rows copied as they stood are as wide as the first header: when later
        // files add columns, write them out with the new columns empty.
        if header.count > first.header.count {
            for k in union.rows.indices where union.rows[k].asRead {
                let r = union.rows[k].record
                union.rows[k] = (Record(fields: r.strings + Array(repeating: "", count: header.count - r.count), line: r.line), false)
            }
        }
        return union
    }

    /// A depends_on cell with renamed ids replaced, separators kept as written.
    static func renameDependencies(_ s: String, _ renamed: [String: String]) -> String {
        var out = "", token = ""
        for ch in s {
            if TaskRow.separatesDependencies(ch) {
                out += renamed[token] ?? token
                token = ""
                out.append(ch)
            } else {
                token.append(ch)
            }
        }
        return out + (renamed[token] ?? token)
    }
}
