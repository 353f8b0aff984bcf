#if canImport(Glibc)
import Glibc
#endif

/// A problem with one value of a task row, located at its field.
public struct FieldProblem: Sendable {
    public let column: TaskColumn
    public let rule: String
    public let message: String
    public let location: SourceLocation
}

/// One task, its known values resolved to the vocabulary. Text columns are read from
/// the record when asked for; unknown columns stay in `record`.
public struct TaskRow: Sendable {
    public var record: Record
    public var milestone: Term?
    public var role: Term?
    public var status: Term
    public var kind: Term
    public var due: CivilDate?
    public var difficulty: Int?
    /// Milestone, role, status and kind are written as ids and due as ISO already.
    public var canonicalValues: Bool
    let idIndex: Int?, todoIndex: Int?, ownerIndex: Int?, depsIndex: Int?

    public var line: Int { record.line }

    func field(_ i: Int?) -> String { record.text(i) }

    public var id: String { field(idIndex).trimmed }

    /// True when column `i` is absent, empty or only spaces.
    public func isBlank(_ i: Int?) -> Bool { record.isBlank(i) }
    public var todo: String { field(todoIndex) }
    public var owner: String { field(ownerIndex).trimmed }
    /// What separates the ids of a depends_on cell: `,`, `;`, `、` or a space.
    public static func separatesDependencies(_ c: Character) -> Bool { c == "," || c == " " || c == ";" || c == "、" }

    /// The first character of an id that a dependency list (`separatesDependencies`)
    /// or a list of ids as `set` takes them (`String.separatesListItems`) reads
    /// between two ids, and which of the two read it so; nil for none (most ids: a
    /// byte test first).
    static func separator(inID id: UnsafeBufferPointer<UInt8>) -> (char: Character, dependencies: Bool, list: Bool)? {
        // An ASCII separator (`,` ` ` `;`), or any character past ASCII (`、` `，`),
        // looked at as text.
        guard id.contains(where: { $0 == 0x2C || $0 == 0x20 || $0 == 0x3B || $0 >= 0x80 }) else { return nil }
        for c in String(decoding: id, as: UTF8.self) where separatesDependencies(c) || String.separatesListItems(c) {
            return (c, separatesDependencies(c), String.separatesListItems(c))
        }
        return nil
    }

    public var dependsOn: [String] { Self.dependencies(in: field(depsIndex)) }

    /// A depends_on value's task ids (or, for a request, roles), trimmed.
    public static func dependencies(in text: String) -> [String] {
        text.split(whereSeparator: separatesDependencies).map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    /// `dependencies(in:)` of a field's UTF-8 bytes, each id handed to `each`: ASCII
    /// without tabs or line breaks (nearly every plan) split on its bytes, where the
    /// ids stand; anything else through the text.
    @inline(__always)
    static func forEachDependency(inUTF8 b: UnsafeBufferPointer<UInt8>, _ each: (UnsafeBufferPointer<UInt8>) -> Void) {
        if b.allSatisfy({ $0 < 0x80 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
            var start = 0
            for j in 0..<b.count where b[j] == 0x2C || b[j] == 0x20 || b[j] == 0x3B {
                if j > start { each(UnsafeBufferPointer(rebasing: b[start..<j])) }
                start = j + 1
            }
            if b.count > start { each(UnsafeBufferPointer(rebasing: b[start...])) }
        } else {
            for d in dependencies(in: String(decoding: b, as: UTF8.self)) {
                var d = d
                d.withUTF8 { each($0) }
            }
        }
    }

    /// What a depends_on value names that `check` would report: one of `tasks` itself
    /// (a cycle), or neither a task id of the plan (`ids`) nor a role (a request waits
    /// on a role), most often a typo. Ids compare folded to half width.
    public enum DependencyProblem: Equatable, Sendable { case itself(String), unknown(String) }

    public static func dependencyProblems(in text: String, tasks: [String], ids: Set<String>, roles: Vocabulary) -> [DependencyProblem] {
        dependencies(in: text).compactMap { d in
            if let task = tasks.first(where: { $0 == d.foldingWidth }) { return .itself(task) }
            if !ids.contains(d.foldingWidth) && roles.lookup(d) == nil { return .unknown(d) }
            return nil
        }
    }
}

/// A few dozen values of one column, keyed by their bytes (a `CodeCache` gives each
/// its slot): plans repeat a handful of milestones, roles and statuses, so a million
/// rows resolve each distinct value once, without making a String.
final class SliceCache<V> {
    private let slots = CodeCache()
    private var values: [V] = []

    @inline(__always)
    func get(_ s: UnsafeBufferPointer<UInt8>) -> V? {
        slots.get(s).map { values[$0] }
    }

    func put(_ s: UnsafeBufferPointer<UInt8>, _ v: V) {
        if slots.put(s, values.count) { values.append(v) }
    }
}

/// Resolves task rows against the vocabulary and the plan's milestones.
public struct TaskResolver {
    public let schema: TaskSchema
    public let file: String
    public let dates: DateContext
    public let milestones: MilestoneSet?
    /// The plan's roles: the built-in ones and those its settings declare.
    public let roles: Vocabulary
    private let memo = Memo()
    private let milestoneCache = SliceCache<(Term?, Bool)>()
    private let roleCache = SliceCache<(Term?, Bool)>()
    private let statusCache = SliceCache<(Term?, Bool)>()
    private let kindCache = SliceCache<(Term?, Bool)>()
    private let difficultyCache = SliceCache<Int?>()
    private let defaultStatus = Plan.statuses.terms[0]
    private let defaultKind = Plan.kinds.terms[0]
    /// The state of `codes(_:)`.
    let codeState: Codes
    let ix: (milestone: Int?, role: Int?, status: Int?, kind: Int?, due: Int?, difficulty: Int?, id: Int?, todo: Int?, owner: Int?, deps: Int?)

    final class Memo {
        var date: [String: Result<CivilDate, DateError>] = [:]
    }

    /// Every task of a whole table, read strictly (a value that does not read is a
    /// located data error): the plan the report, the PR/FAQ and the calendar work from.
    public static func tasks(of table: Table, dates: DateContext, milestones: MilestoneSet?, roles: Vocabulary) throws -> [TaskRow] {
        let resolver = TaskResolver(schema: try TaskSchema(header: table.header, file: table.name), file: table.name,
                                    dates: dates, milestones: milestones, roles: roles)
        return try table.rows.map { try resolver.resolveStrict($0) }
    }

    public init(schema: TaskSchema, file: String, dates: DateContext, milestones: MilestoneSet? = nil, roles: Vocabulary = Plan.roles) {
        self.roles = roles
        self.schema = schema
        self.file = file
        self.dates = dates
        self.milestones = milestones
        ix = (schema[.milestone], schema[.role], schema[.status], schema[.kind], schema[.due], schema[.difficulty],
              schema[.id], schema[.todo], schema[.owner], schema[.dependsOn])
        codeState = Codes([schema[.milestone], schema[.role], schema[.status], schema[.kind], schema[.difficulty]])
    }

    private func loc(_ rec: Record, _ c: TaskColumn) -> SourceLocation {
        guard let i = schema[c] else { return SourceLocation(file: file, line: rec.line) }
        return rec.location(ofField: i, file: file)
    }

    public func milestone(_ s: String) -> Term? { Self.milestone(s, in: milestones) }

    /// A due date past its milestone's date, as `check`'s `due-after-milestone` finds
    /// it, for a row's values as written (`milestone`, `due`): the date, the milestone's
    /// id and its date; nil when either does not read, the plan's milestones table is
    /// not at hand (no `--milestones`, no settings), or the date is on time. `set` and
    /// `add` say so when they write it, so the error is not first met at the next check.
    /// `set`: the milestones to compare with (a team's own, in a plan of teams), else
    /// the resolver's.
    public func lateDue(milestone m: String, due: String, in set: MilestoneSet? = nil) -> (due: CivilDate, milestone: String, date: CivilDate)? {
        guard let milestones = set ?? milestones, let term = milestone(m.trimmed), let date = milestones.date(of: term.id),
              !due.trimmed.isEmpty, let d = try? DateParser.parse(due.trimmed, dates), d > date else { return nil }
        return (d, term.id, date)
    }

    /// The milestones a value may name, as the plan names them (its milestones table),
    /// else the deck's: for "did you mean".
    public var milestoneWords: Vocabulary {
        milestones.map(\.vocabulary).flatMap { $0.terms.isEmpty ? nil : $0 } ?? Plan.milestones
    }

    /// A milestone as written in a tasks table or a grid's first column: an id, a name,
    /// ① or 1, one of the plan's own, or "M1 スポンサーの獲得" as matrix --labels writes.
    public static func milestone(_ s: String, in milestones: MilestoneSet?) -> Term? {
        if let m = milestones?.term(for: s) { return m }
        if let t = Plan.milestones.lookup(s) { return t }
        // "M1 スポンサーの獲得" as the matrix writes with --labels; "M2: Fan acquisition".
        let f = s.foldingWidth.trimmed
        if let sp = f.firstIndex(where: { $0 == " " || $0 == ":" }),
           let t = milestones?.term(for: String(f[..<sp])) ?? Plan.milestones.lookup(String(f[..<sp])) {
            return t
        }
        // 第2マイルストン, 第2: the ordinal.
        if f.hasPrefix("第") {
            var rest = String(f.dropFirst())
            for w in ["マイルストーン", "マイルストン"] where rest.hasSuffix(w) { rest = String(rest.dropLast(w.count)) }
            if !rest.isEmpty, rest.allSatisfy({ $0.isNumber }), let t = milestones?.term(for: rest) ?? Plan.milestones.lookup(rest) { return t }
        }
        // マイルストン2, マイルストーン ②, Milestone 2, MS2: the word, then the number.
        let lower = f.lowercased()
        for w in ["マイルストーン", "マイルストン", "milestone", "ms"] where lower.hasPrefix(w) {
            let rest = String(f.dropFirst(w.count)).trimmed
            guard !rest.isEmpty, rest.allSatisfy({ $0.isNumber }) else { continue }
            if let t = milestones?.term(for: rest) ?? Plan.milestones.lookup(rest) { return t }
        }
        return nil
    }


    /// A vocabulary value: from the cache, else looked up and remembered with whether
    /// its text is already the canonical id.
    @inline(__always)
    private func term(_ cache: SliceCache<(Term?, Bool)>, _ s: UnsafeBufferPointer<UInt8>, _ lookup: (String) -> Term?) -> (Term?, Bool) {
        if let hit = cache.get(s) { return hit }
        let t = lookup(String(decoding: s, as: UTF8.self).trimmed)
        let v = (t, t.map { s.elementsEqual($0.id.utf8) } ?? false)
        cache.put(s, v)
        return v
    }

    /// Resolves a row; the problems found are returned, never thrown.
    public func resolve(_ rec: Record) -> (TaskRow, [FieldProblem]) {
        rec.raw.withUnsafeBufferPointer { raw in
            rec.decoded.withUnsafeBufferPointer { dec in
                resolve(rec, raw, dec)
            }
        }
    }

    private func resolve(_ rec: Record, _ raw: UnsafeBufferPointer<UInt8>, _ dec: UnsafeBufferPointer<UInt8>) -> (TaskRow, [FieldProblem]) {
        let n = rec.count
        @inline(__always)
        func slice(_ rec: Record, _ i: Int?) -> UnsafeBufferPointer<UInt8> {
            guard let i, i < n else { return UnsafeBufferPointer(start: nil, count: 0) }
            let l = rec.location(i)
            return UnsafeBufferPointer(rebasing: (l.inDecoded ? dec : raw)[l.range])
        }
        var problems: [FieldProblem] = []
        var canonical = true
        let (m, mc) = term(milestoneCache, slice(rec, ix.milestone)) { milestone($0) }
        if m == nil {
            let ms = String(decoding: slice(rec, ix.milestone), as: UTF8.self).trimmed
            problems.append(FieldProblem(column: .milestone, rule: "unknown-milestone",
                message: ms.isEmpty ? L("the milestone is empty; use M1, M2, M3 or M4")
                                    : L("unknown milestone '\(ms)'; use M1-M4, 1-4, ①-④ or a milestone's name"), location: loc(rec, .milestone)))
        }
        let (r, rc) = term(roleCache, slice(rec, ix.role)) { roles.lookup($0) }
        if r == nil {
            let rs = String(decoding: slice(rec, ix.role), as: UTF8.self).trimmed
            problems.append(FieldProblem(column: .role, rule: "unknown-role",
                message: Roles.unknownMessage(rs, roles), location: loc(rec, .role)))
        }
        canonical = canonical && mc && rc
        var status = defaultStatus
        let st = slice(rec, ix.status)
        if !st.isEmpty {
            let (t, c) = term(statusCache, st) { $0.isEmpty ? Plan.statuses.terms[0] : Plan.statuses.lookup($0) }
            if let t { status = t; canonical = canonical && c } else {
                problems.append(FieldProblem(column: .status, rule: "unknown-status",
                    message: L("unknown status '\(String(decoding: st, as: UTF8.self).trimmed)'; use todo, doing, done or blocked (未着手, 進行中, 完了, 停滞)"), location: loc(rec, .status)))
            }
        }
        var kind = defaultKind
        let kd = slice(rec, ix.kind)
        if !kd.isEmpty {
            let (t, c) = term(kindCache, kd) { $0.isEmpty ? Plan.kinds.terms[0] : Plan.kinds.lookup($0) }
            if let t { kind = t; canonical = canonical && c } else {
                problems.append(FieldProblem(column: .kind, rule: "unknown-kind",
                    message: L("unknown kind '\(String(decoding: kd, as: UTF8.self).trimmed)'; use task, request, validation or approval (タスク, 依頼, 技術検証, 稟議)"), location: loc(rec, .kind)))
            }
        }
        var due: CivilDate?
        let dsBytes = slice(rec, ix.due)
        if !dsBytes.isEmpty {
            if let d = CivilDate.iso(dsBytes) { due = d } else {
                canonical = false
                let ds = String(decoding: dsBytes, as: UTF8.self).trimmed
                let result: Result<CivilDate, DateError>
                if ds.isEmpty { result = .failure(DateError(message: "")) }
                else if let r = memo.date[ds] { result = r } else {
                    do { result = .success(try DateParser.parse(ds, dates)) } catch { result = .failure(error) }
                    if memo.date.count < 10_000 { memo.date[ds] = result }
                }
                switch result {
                case .success(let d): due = d
                case .failure(let error):
                    if !ds.isEmpty {
                        problems.append(FieldProblem(column: .due, rule: "bad-date", message: error.message, location: loc(rec, .due)))
                    }
                }
            }
        }
        var difficulty: Int?
        let df = slice(rec, ix.difficulty)
        if !df.isEmpty {
            let v: Int?
            if let hit = difficultyCache.get(df) { v = hit } else {
                v = Plan.difficulty(String(decoding: df, as: UTF8.self))
                difficultyCache.put(df, v)
            }
            if let v { difficulty = v } else {
                problems.append(FieldProblem(column: .difficulty, rule: "bad-difficulty",
                    message: L("difficulty '\(String(decoding: df, as: UTF8.self).trimmed)' is not on the scale 1, 3, 5, 8, 10"), location: loc(rec, .difficulty)))
            }
        }
        let row = TaskRow(record: rec, milestone: m, role: r, status: status, kind: kind, due: due, difficulty: difficulty,
                          canonicalValues: canonical, idIndex: ix.id, todoIndex: ix.todo, ownerIndex: ix.owner, depsIndex: ix.deps)
        return (row, problems)
    }

    /// Resolves a row, throwing its first problem as a data error (exit 65).
    public func resolveStrict(_ rec: Record) throws -> TaskRow {
        let (row, problems) = resolve(rec)
        if let p = problems.first { throw WBError.data(p.message, at: p.location) }
        return row
    }
}
