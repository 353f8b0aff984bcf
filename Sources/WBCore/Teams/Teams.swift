/// Several teams (and, inside a team, pairs) in one plan.
///
/// Every table of the plan may carry a `team` column (チーム); questions and inventions
/// also a `pair` column (ペア). A team is named as people write it; the settings may
/// declare each team's Japanese and English names (`teams,"sakura:さくら:Sakura"`), and
/// then any of them finds it. Two cells name the same team when they fold to the same
/// key: the declared id, else the text with width, case and spaces folded.
public struct Teams: Sendable {
    /// The declared teams (the settings' `teams`); others are matched by their text.
    public let declared: [Term]
    private let index: [String: Int]

    public init(declared: [Term] = []) {
        self.declared = declared
        var ix: [String: Int] = [:]
        for (i, t) in declared.enumerated() {
            for a in [t.id, t.ja, t.en] where !a.matchKey.isEmpty { ix[a.matchKey] = i }
        }
        index = ix
    }

    /// The header names of a team column and of a pair column.
    static let teamHeaders: Set<String> = ["team", "チーム", "チーム名", "teamname", "班"]
    static let pairHeaders: Set<String> = ["pair", "ペア", "ペア名", "pairname"]

    /// Where a header's team column is, if it has one.
    public static func column(_ header: Record) -> Int? {
        (0..<header.count).first { teamHeaders.contains(header.string($0).matchKey) }
    }

    /// Where a header's pair column is, if it has one.
    public static func pairColumn(_ header: Record) -> Int? {
        (0..<header.count).first { pairHeaders.contains(header.string($0).matchKey) }
    }

    /// The key a team's name folds to ("" for an empty cell).
    public func key(_ name: String) -> String {
        let k = name.matchKey
        if let i = index[k] { return declared[i].id.matchKey }
        return k
    }

    /// One team's rows of a table: its key, its name as first written, the rows' indices.
    public struct Group: Sendable {
        public var key: String
        public var name: String
        public var rows: [Int]
    }

    /// The teams of a table in order of first appearance, or nil when it has no team
    /// column. Rows with an empty team form a group of their own (key "").
    public func groups(_ table: Table) -> [Group]? {
        guard let c = Teams.column(table.header) else { return nil }
        return groups(table.rows.map { c < $0.count ? $0.string(c).trimmed : "" })
    }

    /// The same over the team cells of rows.
    public func groups(_ names: [String]) -> [Group] {
        var out: [Group] = []
        var slot: [String: Int] = [:]
        for (i, n) in names.enumerated() {
            let k = key(n)
            if let s = slot[k] { out[s].rows.append(i) } else {
                slot[k] = out.count
                out.append(Group(key: k, name: n, rows: [i]))
            }
        }
        return out
    }

    /// `--team NAME` names no team of `file`: a usage error listing the teams there are.
    static func notThere(_ name: String, in file: String, teams names: [String]) -> WBError {
        WBError.usage(L("no team '\(name)' in \(file)") + Suggest.clause(name, among: names) + L("; its teams are ") + names.joined(separator: ", "))
    }

    /// Team slots of streamed rows, in order of first appearance: `slot` gives a row's
    /// team its index, `names` each team as first written.
    public struct Slots {
        let teams: Teams
        let column: Int
        private var slot: [String: Int] = [:]
        public private(set) var names: [String] = []

        public init(_ teams: Teams, column: Int) { (self.teams, self.column) = (teams, column) }

        public mutating func slot(_ rec: Record) -> Int {
            rec.withFields { slot($0) }
        }

        /// The slot of a row read in place.
        mutating func slot(_ fields: Record.Fields) -> Int {
            let name = String(decoding: fields[column], as: UTF8.self).trimmed
            let key = teams.key(name)
            if let s = slot[key] { return s }
            slot[key] = names.count
            names.append(name)
            return names.count - 1
        }
    }

    /// The items of a value that gives the plan's one setting and each team's own
    /// (`--meeting`, `--tz`): apart by `;` or on lines of their own, each `VALUE` or
    /// `TEAM=VALUE` (`＝` too), trimmed; `team` is "" for an item that starts with `=`.
    public static func items(_ value: String) -> [(team: String?, value: String, text: String)] {
        var out: [(team: String?, value: String, text: String)] = []
        for piece in value.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "\n" || $0 == "\r\n" }) {
            let item = String(piece).trimmed
            if item.isEmpty { continue }
            guard let eq = item.firstIndex(where: { $0 == "=" || $0 == "＝" }) else {
                out.append((nil, item, item))
                continue
            }
            out.append((String(item[..<eq]).trimmed, String(item[item.index(after: eq)...]).trimmed, item))
        }
        return out
    }

    /// A setting given for the plan and again for a team of its own (`--tz`,
    /// `--meeting`): each value's items (`items`) read with `read`, the one without a
    /// team as the plan's (`shared`, with its text), each team's own in order with its
    /// text. Throws, in the setting's own words, on two shared ones
    /// (`twoShared(earlier, item)`), an item with nothing before its `=` (`noTeam(item)`)
    /// and a team given twice (`twice(team, earlier, item)`); on a value that does not
    /// read, `read`'s message after its team's name.
    public static func perTeam<V>(_ values: [String], read: (String) throws(DateError) -> V,
                                  twoShared: (String, String) -> String, noTeam: (String) -> String,
                                  twice: (String, String, String) -> String) throws(DateError)
        -> (shared: (value: V, text: String)?, byTeam: [(team: String, value: V, text: String)]) {
        var shared: (value: V, text: String)?
        var byTeam: [(team: String, value: V, text: String)] = []
        for value in values {
            for (team, v, item) in items(value) {
                guard let team else {
                    if let before = shared { throw DateError(message: twoShared(before.text, item)) }
                    shared = (try read(item), item)
                    continue
                }
                if team.isEmpty { throw DateError(message: noTeam(item)) }
                if let earlier = byTeam.first(where: { $0.team.matchKey == team.matchKey }) {
                    throw DateError(message: twice(team, earlier.text, item))
                }
                do {
                    byTeam.append((team, try read(v), item))
                } catch {
                    throw DateError(message: L("team \(team): ") + error.message)
                }
            }
        }
        return (shared, byTeam)
    }

    /// Declarations as the roles' are written: `id:日本語:English, ...`.
    public static func parseDeclarations(_ text: String) throws -> [Term] {
        try Term.declarations(text) { p, id, earlier in
            guard !id.isEmpty else {
                throw WBError.data(L("'\(p)' is not a team declaration; write id:日本語:English, e.g. sakura:さくら:Sakura"), at: nil)
            }
            if earlier.contains(where: { $0.id.matchKey == id.matchKey }) { throw WBError.data(L("team '\(id)' is declared twice"), at: nil) }
        }
    }
}

extension Table {
    /// The rows of `indices`, header and format kept.
    public func subset(_ indices: [Int]) -> Table {
        var t = self
        t.rows = indices.map { rows[$0] }
        return t
    }
}

extension Invocation {
    /// The key of `--team` (or the settings' `team`), or nil for every team.
    public var teamKey: String? {
        guard let t = string("team")?.trimmed, !t.isEmpty else { return nil }
        return teams.key(t)
    }

    /// `--team`'s team as `table` writes it (its first row of that team), else as the
    /// option gives it; nil without `--team`.
    public func teamName(in table: Table?) -> String? {
        guard let key = teamKey, let given = string("team")?.trimmed else { return nil }
        return table.flatMap { teams.groups($0)?.first { $0.key == key }?.name } ?? given
    }

    /// A table scoped to `--team`: a table with a team column keeps that team's rows (and,
    /// `shared`, the rows of no team); one without is the team's own. A team column
    /// without a row of that team is a usage error that lists the teams there are.
    /// `index`: the table's teams, when the caller has grouped them already.
    public func scoped(_ table: Table, shared: Bool = false, index: TeamIndex? = nil) throws -> Table {
        guard let key = teamKey else { return table }
        let index = index ?? TeamIndex(table, teams: teams)
        guard let groups = index.groups else { return table }
        if !shared && !groups.contains(where: { $0.key == key }) {
            throw Teams.notThere(string("team")!, in: table.name, teams: groups.map(\.name).filter { !$0.isEmpty })
        }
        return index.part(key, shared: shared)
    }

    /// `--team` over a streamed table with this header.
    public func teamFilter(_ header: Record, file: String) -> TeamFilter {
        TeamFilter(key: teamKey, column: Teams.column(header), teams: teams, option: string("team") ?? "", file: file)
    }
}

/// `--team` applied to streamed rows: `keeps` each row of the team; `finish` fails
/// when the table has a team column and none of its rows was that team's.
public struct TeamFilter {
    let key: String?
    let column: Int?
    let teams: Teams
    let option: String
    let file: String
    private var matched = false
    private var seen: [String] = []

    init(key: String?, column: Int?, teams: Teams, option: String, file: String) {
        (self.key, self.column, self.teams, self.option, self.file) = (key, column, teams, option, file)
    }

    /// True when no team is asked for or the table has no team column.
    public var keepsAll: Bool { key == nil || column == nil }

    public mutating func keeps(_ rec: Record) -> Bool {
        guard key != nil, column != nil else { return true }
        return rec.withFields { keeps($0) }
    }

    /// `keeps` for a row read in place.
    mutating func keeps(_ fields: Record.Fields) -> Bool {
        guard let key, let c = column else { return true }
        let name = String(decoding: fields[c], as: UTF8.self).trimmed
        if teams.key(name) == key { matched = true; return true }
        if seen.count < 100, !name.isEmpty, !seen.contains(name) { seen.append(name) }
        return false
    }

    public func finish() throws {
        guard key != nil, column != nil, !matched else { return }
        throw Teams.notThere(option, in: file, teams: seen)
    }
}

/// A plan of several teams split into each team's part: its milestones (its own rows
/// and the shared ones of no team) and its tasks.
public struct TeamPart: Sendable {
    public var name: String
    public var key: String
    public var milestones: Table
    public var tasks: Table?
}

/// A table's rows by team, found in one pass, so that taking each team's part of a
/// plan of many teams stays linear.
public struct TeamIndex: Sendable {
    public let table: Table
    public let groups: [Teams.Group]?
    private let slot: [String: Int]

    public init(_ table: Table, teams: Teams) {
        self.table = table
        groups = teams.groups(table)
        var m: [String: Int] = [:]
        for (i, g) in (groups ?? []).enumerated() { m[g.key] = i }
        slot = m
    }

    /// The team's rows (and, `shared`, the rows of no team, in file order); the whole
    /// table when it has no team column.
    public func part(_ key: String, shared: Bool = false) -> Table {
        guard let groups else { return table }
        let mine = slot[key].map { groups[$0].rows } ?? []
        let common = shared && !key.isEmpty ? slot[""].map { groups[$0].rows } ?? [] : []
        if common.isEmpty { return table.subset(mine) }
        var merged: [Int] = []
        merged.reserveCapacity(mine.count + common.count)
        var a = 0, b = 0
        while a < mine.count || b < common.count {
            if b >= common.count || (a < mine.count && mine[a] < common[b]) { merged.append(mine[a]); a += 1 }
            else { merged.append(common[b]); b += 1 }
        }
        return table.subset(merged)
    }

    /// Every row but the team's, in file order (the other teams', and the rows of no
    /// team); none when the table has no team column.
    public func others(_ key: String) -> Table {
        guard let groups else { return table.subset([]) }
        // The groups hold every row once: all but the team's, in one pass.
        var theirs = [Bool](repeating: true, count: table.rows.count)
        for r in slot[key].map({ groups[$0].rows }) ?? [] { theirs[r] = false }
        return table.subset(theirs.indices.filter { theirs[$0] })
    }
}

extension Teams {
    /// Each team's part, teams in order of first appearance (the tasks' first, then any
    /// only the milestones name); nil when neither table has a team column.
    public func parts(milestones: Table, tasks: Table?) -> [TeamPart]? {
        let ti = tasks.map { TeamIndex($0, teams: self) }
        let mi = TeamIndex(milestones, teams: self)
        guard ti?.groups != nil || mi.groups != nil else { return nil }
        var out: [TeamPart] = []
        var seen = Set<String>()
        for g in (ti?.groups ?? []) + (mi.groups ?? []).filter({ !$0.key.isEmpty }) where !seen.contains(g.key) {
            seen.insert(g.key)
            out.append(TeamPart(name: g.name, key: g.key, milestones: mi.part(g.key, shared: true), tasks: ti?.part(g.key)))
        }
        return out
    }
}
