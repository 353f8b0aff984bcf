/// The columns of a tasks table. Only milestone, role and todo are required.
public enum TaskColumn: String, CaseIterable, Sendable {
    case id, milestone, role, todo, owner, due, status, difficulty, kind
    case dependsOn = "depends_on"
    case doneWhen = "done_when"
    case notes

    public var ja: String {
        switch self {
        case .id: return "ID"
        case .milestone: return "マイルストン"
        case .role: return "役割"
        case .todo: return "タスク"
        case .owner: return "担当"
        case .due: return "期限"
        case .status: return "状態"
        case .difficulty: return "難易度"
        case .kind: return "種別"
        case .dependsOn: return "依存"
        case .doneWhen: return "完了条件"
        case .notes: return "備考"
        }
    }

    public var en: String {
        switch self {
        case .dependsOn: return "depends on"
        case .doneWhen: return "done when"
        default: return rawValue
        }
    }

    public func label(_ lang: Lang?) -> String {
        switch lang { case .ja: return ja; case .en: return en; case nil: return rawValue }
    }

    static let aliases: [String: TaskColumn] = {
        var m: [String: TaskColumn] = [:]
        let extra: [TaskColumn: [String]] = [
            .id: ["番号", "no", "#", "task id", "タスクid"],
            .milestone: ["マイルストーン", "ms", "phase", "段階"],
            .role: ["ロール", "担当ロール", "職種"],
            .todo: ["task", "やること", "内容", "タスク名", "title"],
            .owner: ["担当者", "assignee", "担当"],
            .due: ["期日", "締切", "due date", "deadline", "期限日"],
            .status: ["ステータス", "進捗", "状況"],
            .difficulty: ["difficulty level"],
            .kind: ["種類", "type", "区分"],
            .dependsOn: ["depends", "依存先", "前提", "blocked by", "dependencies", "先行タスク"],
            .doneWhen: ["完了の定義", "definition of done", "dod"],
            .notes: ["メモ", "note", "comment", "コメント"],
        ]
        for c in TaskColumn.allCases {
            for a in [c.rawValue, c.ja, c.en] + (extra[c] ?? []) { m[a.matchKey] = c }
        }
        return m
    }()

    /// The column a header names. A header that is exactly a column's id (most files
    /// wb wrote) is answered without building the alias table (a test checks both
    /// answers agree).
    public static func match(_ header: String) -> TaskColumn? {
        if let c = TaskColumn(rawValue: header) { return c }
        return aliases[header.matchKey]
    }
}

/// Where each known task column sits in a header.
public struct TaskSchema: Sendable {
    public var index: [TaskColumn: Int] = [:]
    public var width: Int

    /// Resolves a header. Duplicate known columns and missing required ones are errors;
    /// unknown columns are kept and pass through.
    public init(header: Record, file: String, required: [TaskColumn] = [.milestone, .role, .todo]) throws {
        width = header.count
        var seen: [String: Int] = [:]
        for i in 0..<header.count {
            let name = header.string(i)
            let key = name.matchKey
            if !key.isEmpty, let prev = seen[key] {
                throw WBError.data(L("column '\(name)' appears twice (columns \(prev + 1) and \(i + 1)); rename one"),
                                   at: header.location(ofField: i, file: file))
            }
            seen[key] = i
            if let c = TaskColumn.match(name) {
                if let prev = index[c] {
                    throw WBError.data(L("columns \(prev + 1) and \(i + 1) both mean '\(c.rawValue)'; rename or remove one"),
                                       at: header.location(ofField: i, file: file))
                }
                index[c] = i
            }
        }
        let missing = required.filter { index[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            let needed = required.map(\.rawValue).joined(separator: ", ")
            let neededJa = required.map(\.ja).joined(separator: ", ")
            throw WBError.data(header.withOneColumnHint(L("columns missing from the header: \(names); this table needs \(needed) (or \(neededJa))"), format: header.rawFormat),
                               at: SourceLocation(file: file, line: header.line, column: 1))
        }
    }

    public subscript(c: TaskColumn) -> Int? { index[c] }

    public func value(_ rec: Record, _ c: TaskColumn) -> String {
        guard let i = index[c], i < rec.count else { return "" }
        return rec.string(i)
    }
}

extension Table {
    /// The Todo texts of a tasks table (what its language is judged by); empty when it
    /// has no Todo column.
    public var todoTexts: [String] {
        guard let schema = try? TaskSchema(header: header, file: name), let i = schema[.todo] else { return [] }
        return rows.map { i < $0.count ? $0.string(i) : "" }
    }
}
