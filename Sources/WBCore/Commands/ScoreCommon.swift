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
            throw WBError.data(L("the header has no \(missing.map { "'\($0)'" }.joined(separator: ", ")) column"),
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

extension Invocation {
    /// --top N and --sort over rows ranked 1, 2, ...: keeps rank <= N; sorts by rank
    /// only when asked.
    func rankedOutput(_ rows: [(rec: [String], rank: Int, group: String)]) throws -> [[String]] {
        var keep = rows
        if let top = try int("top", min: 1) { keep = keep.filter { $0.rank <= top } }
        if flag("sort") {
            keep = keep.enumerated().sorted { ($0.element.group, $0.element.rank, $0.offset) < ($1.element.group, $1.element.rank, $1.offset) }.map(\.element)
        }
        return keep.map(\.rec)
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

/// A group's `--sort` key: groups in order of first appearance.
func groupKey(_ g: Int) -> String {
    let s = String(g)
    return String(repeating: "0", count: max(0, 10 - s.count)) + s
}

/// Ranks within each group (`ranks` over each group's scores).
func ranks(_ scores: [Double], groups: [Int]) -> [Int] {
    var members: [Int: [Int]] = [:]
    for (i, g) in groups.enumerated() { members[g, default: []].append(i) }
    var out = [Int](repeating: 0, count: scores.count)
    for (_, idx) in members {
        let r = ranks(idx.map { scores[$0] })
        for (k, i) in idx.enumerated() { out[i] = r[k] }
    }
    return out
}

/// 1-based ranks by a score, highest first; ties share the lower rank (1, 2, 2, 4).
/// O(n log n): a score's rank is one more than the number of scores above it, found
/// by binary search in the sorted scores. (A NaN is above nothing and ranks 1.)
func ranks(_ scores: [Double]) -> [Int] {
    let sorted = scores.filter { !$0.isNaN }.sorted(by: >)
    return scores.map { s in
        if s.isNaN { return 1 }
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] > s { lo = mid + 1 } else { hi = mid }
        }
        return 1 + lo
    }
}

/// The Pareto front of (impact: higher is better, difficulty: lower is better): true
/// where no other item is at least as good in both and better in one. O(n log n): by
/// difficulty, the best impact among easier items and the best among equally hard ones.
func paretoFront(impact: [Double], difficulty: [Int]) -> [Bool] {
    let order = impact.indices.sorted { (difficulty[$0], -impact[$0]) < (difficulty[$1], -impact[$1]) }
    var front = [Bool](repeating: false, count: impact.count)
    var bestEasier = -Double.infinity
    var k = 0
    while k < order.count {
        let d = difficulty[order[k]]
        var end = k
        while end < order.count && difficulty[order[end]] == d { end += 1 }
        let bestHere = impact[order[k]]
        for idx in order[k..<end] {
            front[idx] = !(bestEasier >= impact[idx]) && !(bestHere > impact[idx])
        }
        bestEasier = max(bestEasier, bestHere)
        k = end
    }
    return front
}
