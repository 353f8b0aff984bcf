/// Columns of a score table found by name or alias; the others pass through.
struct ScoreColumns {
    let table: Table
    private(set) var index: [String: Int] = [:]

    /// Columns found by a word their header holds (`contains`), not by name: each
    /// with the header as written, for a note that says so.
    private(set) var inferred: [(name: String, header: String)] = []

    /// `contains`: for a column not found by name, words a header may hold instead, as
    /// a form's questions head their columns (課題は解決できましたか？ holds 解決); taken
    /// when exactly one header no other column took holds one of them.
    init(_ table: Table, _ spec: [(String, [String])], required: [String], contains: [(String, [String])] = []) throws {
        self.table = table
        var dup: [String: Int] = [:]
        for i in 0..<table.header.count {
            let key = table.header.string(i).matchKey
            if let prev = dup[key], !key.isEmpty {
                throw WBError.data(L("column '\(table.header.string(i))' appears twice (columns \(prev + 1) and \(i + 1))"),
                                   at: table.header.location(ofField: i, file: table.name))
            }
            dup[key] = i
            for (name, aliases) in spec where index[name] == nil && ([name] + aliases).contains(where: { $0.matchKey == key }) {
                index[name] = i
            }
        }
        var ambiguous: [String: [String]] = [:]
        for (name, words) in contains where index[name] == nil {
            let taken = Set(index.values)
            let hits = (0..<table.header.count).filter { i in
                let key = table.header.string(i).matchKey
                return !taken.contains(i) && words.contains { key.holds($0.matchKey) }
            }
            if hits.count == 1 {
                index[name] = hits[0]
                inferred.append((name, table.header.string(hits[0]).trimmed))
            } else if hits.count > 1 {
                ambiguous[name] = hits.map { "'" + table.header.string($0).trimmed + "'" }
            }
        }
        let missing = required.filter { index[$0] == nil }
        if let name = missing.first, let candidates = ambiguous[name] {
            throw WBError.data(L("the header has no '\(name)' column, and \(candidates.count) columns could be it: \(candidates.listed); rename one to \(name)"),
                               at: SourceLocation(file: table.name, line: table.header.line, column: 1))
        }
        if !missing.isEmpty {
            // Each missing column with the first names it is also read under, so that a
            // header in other words can be renamed to one of them.
            let names = missing.map { name in
                "'\(name)'" + (spec.first { $0.0 == name && !$0.1.isEmpty }.map { L(" (or \($0.1.prefix(3).listed))") } ?? "")
            }
            throw WBError.data(table.header.withOneColumnHint(L("the header has no \(names.listed) column"), format: table.format),
                               at: SourceLocation(file: table.name, line: table.header.line, column: 1))
        }
    }

    func has(_ k: String) -> Bool { index[k] != nil }

    /// A column's header as written.
    func header(_ k: String) -> String { index[k].map { table.header.string($0).trimmed } ?? k }

    func value(_ rec: Record, _ k: String) -> String {
        guard let i = index[k], i < rec.count else { return "" }
        return rec.string(i).trimmed
    }

    func location(_ rec: Record, _ k: String) -> SourceLocation {
        guard let i = index[k] else { return SourceLocation(file: table.name, line: rec.line) }
        return rec.location(ofField: i, file: table.name)
    }

    /// `parse`, remembering each value's result: a column repeats its values (週2回,
    /// 30分), and reading them is work done once.
    func parse<T>(_ rec: Record, _ k: String, memo: inout [String: T], _ f: (String) throws -> T) throws -> T {
        let v = value(rec, k)
        if let hit = memo[v] { return hit }
        let r = try parse(rec, k, f)
        if memo.count < 65_536 { memo[v] = r }
        return r
    }

    /// Runs a parser, turning its problem into a located data error (exit 65).
    func parse<T>(_ rec: Record, _ k: String, _ f: (String) throws -> T) throws -> T {
        do { return try f(value(rec, k)) } catch {
            throw WBError.data("\(k): " + messageOf(error), at: location(rec, k))
        }
    }
}
