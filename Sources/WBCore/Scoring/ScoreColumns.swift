/// Columns of a score table found by name or alias; the others pass through.
struct ScoreColumns {
    let table: Table
    private(set) var index: [String: Int] = [:]

    init(_ table: Table, _ spec: [(String, [String])], required: [String]) throws {
        self.table = table
        var dup: [String: Int] = [:]
        for i in 0..<table.header.count {
            let key = table.header.string(i).matchKey
            if let prev = dup[key], !key.isEmpty {
                let p = table.header.position(ofField: i)
                throw WBError.data(L("column '\(table.header.string(i))' appears twice (columns \(prev + 1) and \(i + 1))"),
                                   at: SourceLocation(file: table.name, line: p.line, column: p.column))
            }
            dup[key] = i
            for (name, aliases) in spec where index[name] == nil && ([name] + aliases).contains(where: { $0.matchKey == key }) {
                index[name] = i
            }
        }
        let missing = required.filter { index[$0] == nil }
        if !missing.isEmpty {
            // Each missing column with the first names it is also read under, so that a
            // header in other words can be renamed to one of them.
            let names = missing.map { name in
                "'\(name)'" + (spec.first { $0.0 == name && !$0.1.isEmpty }.map { L(" (or \($0.1.prefix(3).listed))") } ?? "")
            }
            throw WBError.data(L("the header has no \(names.listed) column"),
                               at: SourceLocation(file: table.name, line: table.header.line, column: 1))
        }
    }

    func has(_ k: String) -> Bool { index[k] != nil }

    func value(_ rec: Record, _ k: String) -> String {
        guard let i = index[k], i < rec.count else { return "" }
        return rec.string(i).trimmed
    }

    func location(_ rec: Record, _ k: String) -> SourceLocation {
        guard let i = index[k] else { return SourceLocation(file: table.name, line: rec.line) }
        let p = rec.position(ofField: i)
        return SourceLocation(file: table.name, line: p.line, column: p.column)
    }

    /// Runs a parser, turning its problem into a located data error (exit 65).
    func parse<T>(_ rec: Record, _ k: String, _ f: (String) throws -> T) throws -> T {
        do { return try f(value(rec, k)) } catch {
            throw WBError.data("\(k): " + messageOf(error), at: location(rec, k))
        }
    }
}
