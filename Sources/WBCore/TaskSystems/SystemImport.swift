/// Bringing the task system's state back: its own export (Backlog's, Jira's and
/// GitLab's CSV, `gh issue list --json`'s JSON) read as issues, matched to the plan's
/// tasks by key or by the `wb-task:` marker, and their status, owner and due turned
/// into changes of those tasks only.
public struct ImportedIssue: Sendable {
    public var key: String
    public var title: String
    public var text: String
    public var status: String
    public var owner: String
    public var due: CivilDate?
    public var line: Int
}

public enum SystemImport {
    /// The columns of each system's CSV export (Japanese and English UIs for Backlog).
    static let columns: [TaskSystem: [String: [String]]] = [
        .backlog: ["key": ["キー", "課題キー", "key", "issue key"], "title": ["件名", "subject", "summary"],
                   "text": ["詳細", "description"], "status": ["状態", "status"], "owner": ["担当者", "assignee"],
                   "due": ["期限日", "due date"]],
        .jira: ["key": ["issue key"], "title": ["summary"], "text": ["description"], "status": ["status"],
                "owner": ["assignee"], "due": ["due date", "duedate"]],
        .gitlab: ["key": ["issue id", "iid"], "title": ["title"], "text": ["description"], "status": ["state"],
                  "owner": ["assignee username", "assignee"], "due": ["due date", "due_date"]],
    ]

    /// Reads a CSV export of `system`; a missing title or status column is a located error.
    public static func read(_ table: Table, system: TaskSystem) throws -> [ImportedIssue] {
        let names = columns[system]!
        var ix: [String: Int] = [:]
        for (field, aliases) in names {
            ix[field] = (0..<table.header.count).first { aliases.contains(table.header.string($0).trimmed.lowercased()) }
        }
        for need in ["key", "status"] where ix[need] == nil {
            throw WBError.data(L("this is not a \(system.rawValue) export: no column \(names[need]!.joined(separator: " / "))"),
                               at: SourceLocation(file: table.name, line: table.header.line, column: 1))
        }
        var out: [ImportedIssue] = []
        for rec in table.rows {
            func v(_ f: String) -> String { guard let i = ix[f], i < rec.count else { return "" }; return rec.string(i).trimmed }
            var key = v("key")
            if system == .gitlab && !key.isEmpty && !key.hasPrefix("#") { key = "#" + key }
            let dueText = v("due")
            let due = dueText.isEmpty ? nil : parseDate(dueText)
            if !dueText.isEmpty && due == nil {
                throw WBError.data(L("'\(dueText)' is not a date \(system.rawValue) writes"), at: rec.location(ofField: ix["due"]!, file: table.name))
            }
            out.append(ImportedIssue(key: key, title: v("title"), text: v("text"), status: v("status"), owner: v("owner"), due: due, line: rec.line))
        }
        return out
    }

    /// Reads `gh issue list --json number,title,state,assignees,milestone,body`.
    public static func readGitHub(_ bytes: [UInt8], name: String) throws -> [ImportedIssue] {
        let json = try JSONValue.parse(bytes, name: name)
        guard let list = json.array else {
            throw WBError.data(L("gh issue list --json gives a JSON array; this is not one"), at: SourceLocation(file: name, line: 1, column: 1))
        }
        return list.enumerated().map { k, issue in
            let number = issue["number"]?.number.map { "#" + formatNumber($0, places: 0) } ?? ""
            let owner = issue["assignees"]?.array?.first?["login"]?.string ?? ""
            return ImportedIssue(key: number, title: issue["title"]?.string ?? "", text: issue["body"]?.string ?? "",
                                 status: issue["state"]?.string ?? "", owner: owner, due: nil, line: k + 1)
        }
    }

    /// Dates as the systems export them: 2026/07/15 (Backlog), 2026-07-15 (GitLab,
    /// Jira's ISO), 15/Jul/26 and 15/Jul/26 12:00 AM (Jira's default).
    static func parseDate(_ s: String) -> CivilDate? {
        let t = s.split(separator: " ").first.map(String.init) ?? s
        let parts = t.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
        guard parts.count == 3 else { return nil }
        if let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), parts[0].count == 4 { return CivilDate(y, m, d) }
        let month = parts[1].lowercased()
        if let d = Int(parts[0]), month.count == 3, let m = CivilDate.month(named: month), let y = Int(parts[2]) {
            return CivilDate(y < 100 ? 2000 + y : y, m, d)
        }
        return nil
    }

    /// A map of the system's own state words to the plan's statuses, as `--status-map`
    /// writes it: `Review=doing,保留=blocked` (statuses in either language); throws the
    /// first pair that is not WORD=STATUS.
    public static func statusMap(_ spec: String) throws(StatusMapError) -> [String: String] {
        var map: [String: String] = [:]
        for pair in spec.listItems {
            let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
            guard kv.count == 2, !kv[0].isEmpty, let s = Plan.statuses.lookup(kv[1]) else { throw StatusMapError(pair: String(pair)) }
            map[kv[0].lowercased()] = s.id
        }
        return map
    }

    /// A `--status-map` pair that is not WORD=STATUS.
    public struct StatusMapError: Error, Sendable { public var pair: String }

    /// The plan's status for a system's state word: `--status-map` first, then each
    /// system's defaults (`open` for an issue that is merely open); nil for a word wb
    /// does not know (the task keeps its status).
    public static func status(_ raw: String, map: [String: String]) -> String? {
        let k = raw.trimmed.lowercased()
        if let m = map[k] { return m }
        switch k {
        case "open", "opened": return "open"
        case "未対応", "to do", "todo", "backlog", "selected for development": return "todo"
        case "処理中", "in progress", "in review", "doing", "review", "code review", "in testing", "testing": return "doing"
        case "処理済み", "完了", "done", "closed", "resolved": return "done"
        case "blocked", "on hold", "保留", "停滞": return "blocked"
        default: return nil
        }
    }

    /// One task's new values.
    public struct Change: Sendable {
        public var status: String?
        public var owner: String?
        public var due: CivilDate?
        public var key: String?
    }

    /// The outcome: changes by task id, the issues no task matched, and the issues
    /// that claim a task another issue claims too.
    public struct Result: Sendable {
        public var changes: [String: Change] = [:]
        public var unmatched: [ImportedIssue] = []
        public var conflicts: [Conflict] = []
        /// Tasks whose key an earlier task already holds (row, that earlier row): an
        /// issue with that key is matched to the earlier one only.
        public var repeatedKeys: [(row: Int, first: Int)] = []
        /// State words wb does not know (not in `--status-map` nor the defaults), in
        /// order of first appearance, each with its first issue and how many issues
        /// said it: their tasks keep their status.
        public var unknownStates: [(word: String, first: ImportedIssue, count: Int)] = []
        /// Other plans' names in the markers of the issues no task matched, with how
        /// many issues carry each: most often the plan was exported under another name
        /// (`--plan`), and matching by it would find them.
        public var otherPlans: [(name: String, count: Int)] = []
    }

    /// Several issues of the export claim one task (a duplicate made in the system).
    /// When one of them holds the task's key it is taken (`kept`) and the others are
    /// left out; otherwise none is taken and the task stays as it is.
    public struct Conflict: Sendable {
        public var task: String
        public var issues: [ImportedIssue]
        public var kept: ImportedIssue?
    }

    /// Matches issues to tasks (`rows`: id, key, status, owner, due of each task) by
    /// key, else by the marker of `plan`, and works out what changes: a status the
    /// system moved (an open issue does not undo `blocked`), a new owner or due, a key
    /// for a task newly matched. A task two issues claim takes the one holding its key,
    /// else neither (`conflicts`): no issue silently wins over another.
    public static func match(_ issues: [ImportedIssue], tasks rows: [(id: String, key: String, status: String, owner: String, due: CivilDate?)],
                             plan: String?, statusMap: [String: String]) -> Result {
        var byKey: [String: Int] = [:], byID: [String: Int] = [:]
        var r = Result()
        for (k, t) in rows.enumerated() {
            if !t.key.isEmpty {
                if let first = byKey[t.key] { r.repeatedKeys.append((k, first)) } else { byKey[t.key] = k }
            }
            if !t.id.isEmpty && byID[t.id] == nil { byID[t.id] = k }
        }
        // Each task's claims (issue, by its key?), in order of first claim.
        var claims: [Int: [(issue: Int, byKey: Bool)]] = [:]
        var order: [Int] = []
        for (n, issue) in issues.enumerated() {
            var k = issue.key.isEmpty ? nil : byKey[issue.key]
            let byItsKey = k != nil
            if k == nil, let id = TaskSystem.markedID(in: issue.text, plan: plan, isKnown: { byID[$0] != nil }) { k = byID[id] }
            guard let k else {
                r.unmatched.append(issue)
                if let plan, let other = TaskSystem.markedPlans(in: issue.text).first(where: { $0 != plan && !$0.isEmpty }) {
                    if let i = r.otherPlans.firstIndex(where: { $0.name == other }) { r.otherPlans[i].count += 1 } else { r.otherPlans.append((other, 1)) }
                }
                continue
            }
            if claims[k] == nil { order.append(k) }
            claims[k, default: []].append((n, byItsKey))
        }
        for k in order {
            let all = claims[k]!
            let keyed = all.filter(\.byKey)
            let taken = all.count == 1 ? all[0].issue : keyed.count == 1 ? keyed[0].issue : nil
            if all.count > 1 {
                r.conflicts.append(Conflict(task: rows[k].id, issues: all.map { issues[$0.issue] }, kept: taken.map { issues[$0] }))
            }
            guard let taken else { continue }
            let issue = issues[taken]
            let t = rows[k]
            var c = Change()
            // GitHub's and GitLab's "open" only says not done: it reopens a done task
            // and leaves doing or blocked alone; "todo" or "doing" does not undo blocked.
            var s = status(issue.status, map: statusMap)
            if s == nil, !issue.status.trimmed.isEmpty {
                let word = issue.status.trimmed
                if let i = r.unknownStates.firstIndex(where: { $0.word == word }) { r.unknownStates[i].count += 1 } else {
                    r.unknownStates.append((word, issue, 1))
                }
            }
            if s == "open" { s = t.status == "done" ? "todo" : nil }
            if let s, s != t.status, !(t.status == "blocked" && s != "done") { c.status = s }
            if !issue.owner.isEmpty && issue.owner != t.owner { c.owner = issue.owner }
            if let d = issue.due, d != t.due { c.due = d }
            if !issue.key.isEmpty && t.key != issue.key { c.key = issue.key }
            if c.status != nil || c.owner != nil || c.due != nil || c.key != nil { r.changes[t.id] = c }
        }
        return r
    }
}
