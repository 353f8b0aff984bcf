/// The columns of a milestones table.
public enum MilestoneColumn: String, CaseIterable, Sendable {
    case id, name, date, who, what, how, gate, investment

    public var ja: String {
        switch self {
        case .id: return "ID"
        case .name: return "マイルストン"
        case .date: return "日付"
        case .who: return "誰が計測するか"
        case .what: return "どう計測するか"
        case .how: return "合格の基準"
        case .gate: return "ゲート"
        case .investment: return "投資"
        }
    }

    static let aliases: [String: MilestoneColumn] = {
        var m: [String: MilestoneColumn] = [:]
        let extra: [MilestoneColumn: [String]] = [
            .id: ["milestone", "番号", "no"],
            .name: ["名前", "マイルストーン", "マイルストン名", "title"],
            .date: ["期日", "期限", "due", "日程", "予定日", "目標日", "達成予定日", "完了予定日", "target date"],
            .who: ["誰が", "計測者", "who measures", "誰が計測", "誰が測るか"],
            .what: ["何を", "計測方法", "what is measured", "どう計測", "何を計測するか", "何を測るか", "計測するもの"],
            .how: ["合格基準", "基準", "how it passes", "合格の基準は", "どうなれば", "どうなれば合格", "どうなったら", "達成基準",
                   "達成条件", "合格条件"],
            .gate: ["判定", "criteria"],
            .investment: ["投資区分", "investment type"],
        ]
        for c in MilestoneColumn.allCases {
            for a in [c.rawValue, c.ja] + (extra[c] ?? []) { m[a.matchKey] = c }
        }
        return m
    }()

    /// The column a header names; an exact id skips the alias table (as `TaskColumn.match`).
    public static func match(_ s: String) -> MilestoneColumn? {
        if let c = MilestoneColumn(rawValue: s) { return c }
        return aliases[s.matchKey]
    }
}

/// A milestones table resolved: where each column is, and the problems of each row.
public struct MilestoneTable {
    public var table: Table
    public var index: [MilestoneColumn: Int] = [:]
    public var set = MilestoneSet(entries: [])
    public var problems: [FieldProblem] = []

    /// The entry's gate, parsed; a bad one is a data error at its cell.
    public func gate(of e: MilestoneSet.Entry) throws -> Gate {
        do { return try Gate.parse(value(e.record, .gate)) } catch {
            throw WBError.data(error.message, at: location(e.record, .gate))
        }
    }

    public func value(_ rec: Record, _ c: MilestoneColumn) -> String {
        guard let i = index[c], i < rec.count else { return "" }
        return rec.string(i)
    }

    /// A column as findings name it: as the header writes it (誰が計測するか), else (a
    /// column the table lacks) by its name in the run's language.
    public func name(of c: MilestoneColumn) -> String {
        table.header.columnName(at: index[c], otherwise: Lang.current == .ja ? c.ja : c.rawValue)
    }

    public func location(_ rec: Record, _ c: MilestoneColumn) -> SourceLocation {
        guard let i = index[c] else { return SourceLocation(file: table.name, line: rec.line) }
        return rec.location(ofField: i, file: table.name)
    }

    /// Reads a milestones table. Ids are M1.. (or 1-4, ①-④, names); dates as people
    /// write them, completed and checked with `dates`.
    public init(_ table: Table, dates: DateContext) throws {
        self.table = table
        for i in 0..<table.header.count {
            if let c = MilestoneColumn.match(table.header.string(i)), index[c] == nil { index[c] = i }
        }
        guard index[.id] != nil || index[.name] != nil else {
            throw WBError.data(table.header.withOneColumnHint(L("a milestones table needs an 'id' column (M1-M4) or a 'name' column"), format: table.format),
                               at: SourceLocation(file: table.name, line: table.header.line, column: 1))
        }
        var entries: [MilestoneSet.Entry] = []
        var probs: [FieldProblem] = []
        var ctx = dates
        var start: CivilDate?
        for rec in table.rows {
            let idText = value(rec, .id).trimmed
            let nameText = value(rec, .name).trimmed
            // An M0 (開始, kickoff) row is the plan's start, the anchor of what follows.
            if MilestoneSet.startKeys.contains((idText.isEmpty ? nameText : idText).matchKey) {
                let ds = value(rec, .date).trimmed
                do {
                    if !ds.isEmpty { start = try ctx.parseNext(ds) }
                } catch {
                    probs.append(FieldProblem(column: .due, rule: "bad-date", message: error.message, location: location(rec, .date)))
                }
                continue
            }
            var term = Plan.milestones.lookup(idText.isEmpty ? nameText : idText)
            if term == nil && !idText.isEmpty {
                // A milestone of the team's own (M5, "beta"): keep its id.
                term = Term(id: idText, ja: nameText, en: nameText, aliases: [])
            }
            guard let t = term else {
                probs.append(FieldProblem(column: .milestone, rule: "unknown-milestone",
                    message: L("this milestone has no id; use M1, M2, M3 or M4"), location: location(rec, .id)))
                continue
            }
            var date: CivilDate?
            let ds = value(rec, .date).trimmed
            if !ds.isEmpty {
                do {
                    date = try ctx.parseNext(ds)
                } catch {
                    probs.append(FieldProblem(column: .due, rule: "bad-date", message: error.message, location: location(rec, .date)))
                }
            }
            entries.append(.init(term: t, name: nameText.isEmpty ? t.ja : nameText, date: date, record: rec))
        }
        set = MilestoneSet(entries: entries, start: start)
        problems = probs
    }
}

extension Invocation {
    /// A table given by an option, read once and indexed by team.
    func teamIndex(_ path: String) throws -> TeamIndex {
        if let t = teamIndexes[path] { return t }
        let t = TeamIndex(try readCompanion(path), teams: teams)
        teamIndexes[path] = t
        return t
    }

    /// Loads `--milestones FILE` when given; any bad row is an error (exit 65).
    public func milestoneSet(_ dates: DateContext) throws -> MilestoneSet? {
        guard let path = string("milestones") else { return nil }
        let mt = try milestoneTable(path, dates: dates)
        if let p = mt.problems.first { throw WBError.data(p.message, at: p.location) }
        return mt.set
    }

    /// The date context of a tasks table and the plan's milestones (`--milestones`):
    /// year-less dates are read against the plan's start (settings or --start), else
    /// one month before M1, else the clock's date; never against --today.
    public func planContext() throws -> (dates: DateContext, milestones: MilestoneSet?) {
        let start = try planStart()
        let ms = try milestoneSet(try dateContext(anchor: start ?? fallbackAnchor()))
        let anchor = start ?? ms?.impliedStart ?? fallbackAnchor()
        return (try dateContext(anchor: anchor), ms)
    }

    /// Reads a milestones table given by an option (its format by extension or sniffed:
    /// --from may mean something else in the command).
    /// Scoped to `--team` (or to `team`, a team's key): that team's rows and the rows of
    /// no team, which every team shares.
    public func milestoneTable(_ path: String, dates: DateContext, team: String? = nil) throws -> MilestoneTable {
        if let team { return try MilestoneTable(teamIndex(path).part(team, shared: true), dates: dates) }
        return try MilestoneTable(scoped(readCompanion(path), shared: true), dates: dates)
    }
}
