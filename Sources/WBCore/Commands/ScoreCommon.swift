/// What the wb-score commands share on the command line: ranking groups (team, pair,
/// --across), --top and --sort over ranked rows.
extension Invocation {
    /// --top N and --sort over rows ranked 1, 2, ...: keeps rank <= N; sorts by rank
    /// only when asked.
    func rankedOutput(_ rows: [RankedRow]) throws -> [[String]] {
        var keep = rows
        if let top = try int("top", min: 1) { keep = keep.filter { $0.rank <= top } }
        if flag("sort") {
            keep = keep.enumerated().sorted { ($0.element.group, $0.element.rank, $0.offset) < ($1.element.group, $1.element.rank, $1.offset) }.map(\.element)
        }
        return keep.map(\.rec)
    }
}

extension Invocation {
    /// One note for each column found by a word its header holds (`ScoreColumns`'
    /// `contains`), so the reading is never silent.
    func noteInferred(_ cols: ScoreColumns) {
        for c in cols.inferred { note(L("column '\(c.header)' read as \(c.name)"), at: cols.location(cols.table.header, c.name)) }
    }
}

enum ScoreOptions {
    static let across = OptionSpec("across", "rank every row in scope together, not within each team and pair (their columns: team, pair)")
}

extension Invocation {
    /// The ranking group of each row of a score table: its team and its pair (in order
    /// of first appearance) where the table has those columns, unless --across ranks
    /// every row in scope together. Also the `--sort` key of each group.
    func rankGroups(_ table: Table) -> [Int] {
        let cols = flag("across") ? [] : [Teams.column(table.header), Teams.pairColumn(table.header)].compactMap { $0 }
        guard !cols.isEmpty else { return Array(repeating: 0, count: table.rows.count) }
        var slot: [String: Int] = [:]
        return table.rows.map { rec in
            let key = cols.map { c in teams.key(c < rec.count ? rec.string(c).trimmed : "") }.joined(separator: "\u{0}")
            if let s = slot[key] { return s }
            slot[key] = slot.count
            return slot.count - 1
        }
    }
}
