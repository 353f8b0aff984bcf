/// A problem with one value of a task row, located at its field.
public struct FieldProblem: Sendable {
    public let column: TaskColumn
    public let rule: String
    public let message: String
    public let location: SourceLocation
}

/// One task, its known values resolved to the vocabulary. Unknown columns stay in `record`.
public struct TaskRow: Sendable {
    public var record: Record
    public var id: String
    public var milestone: Term?
    public var role: Term?
    public var todo: String
    public var owner: String
    public var status: Term
    public var kind: Term
    public var due: CivilDate?
    public var difficulty: Int?
    public var dependsOn: [String]
    public var line: Int { record.line }
}

/// Resolves task rows against the vocabulary and the plan's milestones.
public struct TaskResolver {
    public let schema: TaskSchema
    public let file: String
    public let dates: DateContext
    public let milestones: MilestoneSet?
    private let memo = Memo()

    /// Memoises look-ups by the raw text: real plans repeat a handful of values, so a
    /// million rows resolve each distinct value once.
    final class Memo {
        var milestone: [String: Term?] = [:]
        var role: [String: Term?] = [:]
        var status: [String: Term?] = [:]
        var kind: [String: Term?] = [:]
        var date: [String: Result<CivilDate, DateError>] = [:]
    }

    private func cached(_ d: ReferenceWritableKeyPath<Memo, [String: Term?]>, _ s: String, _ f: (String) -> Term?) -> Term? {
        if let t = memo[keyPath: d][s] { return t }
        let t = f(s)
        if memo[keyPath: d].count < 10_000 { memo[keyPath: d][s] = t }
        return t
    }

    public init(schema: TaskSchema, file: String, dates: DateContext, milestones: MilestoneSet? = nil) {
        self.schema = schema
        self.file = file
        self.dates = dates
        self.milestones = milestones
    }

    private func loc(_ rec: Record, _ c: TaskColumn) -> SourceLocation {
        guard let i = schema[c] else { return SourceLocation(file: file, line: rec.line) }
        let p = rec.position(ofField: i)
        return SourceLocation(file: file, line: p.line, column: p.column)
    }

    public func milestone(_ s: String) -> Term? {
        if let m = milestones?.term(for: s) { return m }
        if let t = Plan.milestones.lookup(s) { return t }
        // "M1 スポンサーの獲得" as the matrix writes with --labels.
        let f = s.foldingWidth.trimmed
        if let sp = f.firstIndex(of: " "), let t = milestones?.term(for: String(f[..<sp])) ?? Plan.milestones.lookup(String(f[..<sp])) {
            return t
        }
        return nil
    }

    /// Resolves a row; the problems found are returned, never thrown.
    public func resolve(_ rec: Record) -> (TaskRow, [FieldProblem]) {
        var problems: [FieldProblem] = []
        func v(_ c: TaskColumn) -> String { schema.value(rec, c).trimmed }
        let ms = v(.milestone), rs = v(.role), st = v(.status), kd = v(.kind)
        let m = cached(\.milestone, ms) { milestone($0) }
        if m == nil {
            problems.append(FieldProblem(column: .milestone, rule: "unknown-milestone",
                message: ms.isEmpty ? "the milestone is empty; use M1, M2, M3 or M4"
                                    : "unknown milestone '\(ms)'; use M1-M4, 1-4, ①-④ or a milestone's name", location: loc(rec, .milestone)))
        }
        let r = cached(\.role, rs) { Plan.roles.lookup($0) }
        if r == nil {
            problems.append(FieldProblem(column: .role, rule: "unknown-role",
                message: rs.isEmpty ? "the role is empty; use pm, dev or ds (or sales, ux, cs, exec)"
                                    : "unknown role '\(rs)'; use pm, dev, ds, sales, ux, cs or exec (or their Japanese or English names)", location: loc(rec, .role)))
        }
        var status = Plan.statuses.terms[0]
        if !st.isEmpty {
            if let s = cached(\.status, st, { Plan.statuses.lookup($0) }) { status = s } else {
                problems.append(FieldProblem(column: .status, rule: "unknown-status",
                    message: "unknown status '\(st)'; use todo, doing, done or blocked (未着手, 進行中, 完了, 保留)", location: loc(rec, .status)))
            }
        }
        var kind = Plan.kinds.terms[0]
        if !kd.isEmpty {
            if let k = cached(\.kind, kd, { Plan.kinds.lookup($0) }) { kind = k } else {
                problems.append(FieldProblem(column: .kind, rule: "unknown-kind",
                    message: "unknown kind '\(kd)'; use task, request, validation or approval (タスク, 依頼, 技術検証, 稟議)", location: loc(rec, .kind)))
            }
        }
        var due: CivilDate?
        let ds = v(.due)
        if !ds.isEmpty {
            let result: Result<CivilDate, DateError>
            if let r = memo.date[ds] { result = r } else {
                do { result = .success(try DateParser.parse(ds, dates)) } catch { result = .failure(error) }
                if memo.date.count < 10_000 { memo.date[ds] = result }
            }
            switch result {
            case .success(let d): due = d
            case .failure(let error):
                problems.append(FieldProblem(column: .due, rule: "bad-date", message: error.message, location: loc(rec, .due)))
            }
        }
        var difficulty: Int?
        let df = v(.difficulty)
        if !df.isEmpty {
            if let n = Int(df.foldingWidth), Plan.difficultyScale.contains(n) { difficulty = n } else {
                problems.append(FieldProblem(column: .difficulty, rule: "bad-difficulty",
                    message: "difficulty '\(df)' is not on the scale 1, 3, 5, 8, 10", location: loc(rec, .difficulty)))
            }
        }
        let deps = v(.dependsOn).split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" || $0 == "、" })
            .map { String($0).trimmed }.filter { !$0.isEmpty }
        let row = TaskRow(record: rec, id: v(.id), milestone: m, role: r, todo: schema.value(rec, .todo),
                          owner: v(.owner), status: status, kind: kind, due: due, difficulty: difficulty, dependsOn: deps)
        return (row, problems)
    }

    /// Resolves a row, throwing its first problem as a data error (exit 65).
    public func resolveStrict(_ rec: Record) throws -> TaskRow {
        let (row, problems) = resolve(rec)
        if let p = problems.first { throw WBError.data(p.message, at: p.location) }
        return row
    }
}
