/// What `export` writes: a CSV for a system's importer, or (GitHub) a shell script.
public enum ExportOutput: Sendable {
    case table(header: [String], rows: [[String]])
    case script(String)
}

/// Choices of `wb-tasks export` that shape the rows.
public struct ExportOptions: Sendable {
    /// Backlog's 種別 for every task, or `kind` for the task's kind in the run's language.
    public var issueType = "タスク"
    /// Backlog's 予定時間 = difficulty × this.
    public var hoursPerPoint: Double?
    /// Jira: milestones as Epics, tasks their children.
    public var epics = false
    /// Jira: the update-by-key form (an `Issue Key` column).
    public var update = false
    /// GitHub: OWNER/NAME, else the repository gh runs in.
    public var repo: String?
    public init() {}
}

public enum Exporters {
    public static func export(_ plan: ExportPlan, to system: TaskSystem, options o: ExportOptions) -> ExportOutput {
        switch system {
        case .backlog: return backlog(plan, o)
        case .jira: return jira(plan, o)
        case .gitlab: return gitlab(plan)
        case .github: return .script(GitHubScript.render(plan, repo: o.repo))
        }
    }

    /// Backlog's 課題の一括登録 CSV (Japanese headers; dates yyyy/MM/dd; 優先度 中).
    static func backlog(_ plan: ExportPlan, _ o: ExportOptions) -> ExportOutput {
        let header = ["件名", "詳細", "開始日", "期限日", "予定時間", "種別", "カテゴリー", "マイルストーン", "優先度", "担当者", "親課題"]
        let rows = plan.tasks.map { t -> [String] in
            let hours = o.hoursPerPoint.flatMap { h in t.difficulty.map { formatNumber(Double($0) * h, places: 2) } } ?? ""
            let type = o.issueType == "kind" ? t.kind.label(Lang.current) : o.issueType
            return [t.title, t.description, "", t.due.map(slashed) ?? "", hours, type, t.role?.label(Lang.current) ?? "",
                    t.milestoneTitle, "中", t.owner, ""]
        }
        return .table(header: header, rows: rows)
    }

    static func slashed(_ d: CivilDate) -> String { "\(d.year)/\(two(d.month))/\(two(d.day))" }

    /// Jira Cloud's CSV importer: Issue ID and Parent give the hierarchy (parents
    /// first), the dependencies are a link column of Issue IDs, labels are the role and
    /// the milestone, and the team in a plan of teams (spaces are not allowed in a Jira
    /// label).
    static func jira(_ plan: ExportPlan, _ o: ExportOptions) -> ExportOutput {
        // Jira reads a repeated column as several values: one link column per dependency.
        let links = max(1, plan.tasks.map { $0.dependsOn.count }.max() ?? 0)
        // A plan of several teams: a third Labels column for the team.
        let teamLabels = plan.tasks.contains { $0.teamLabel != nil }
        var header = ["Issue ID", "Parent", "Issue Type", "Summary", "Description", "Due Date", "Labels", "Labels"]
            + (teamLabels ? ["Labels"] : []) + ["Assignee"] + Array(repeating: "Link: is blocked by", count: links)
        if o.update { header.insert("Issue Key", at: 0) }
        var rows: [[String]] = []
        var next = 1
        var epicID: [String: String] = [:]
        if o.epics {
            var seen = Set<String>()
            for t in plan.tasks { if let m = t.milestone, seen.insert(m.id).inserted {
                epicID[m.id] = String(next)
                var r = [String(next), "", "Epic", t.milestoneTitle, "", t.milestoneDate?.iso ?? "", "milestone-" + m.id, ""]
                    + (teamLabels ? [""] : []) + [""] + Array(repeating: "", count: links)
                if o.update { r.insert("", at: 0) }
                rows.append(r)
                next += 1
            } }
        }
        var taskID: [String: String] = [:]
        for (k, t) in plan.tasks.enumerated() where !t.id.isEmpty && taskID[t.id] == nil { taskID[t.id] = String(next + k) }
        for (k, t) in plan.tasks.enumerated() {
            let id = String(next + k)
            let parent = t.milestone.flatMap { epicID[$0.id] } ?? ""
            let blockers = t.dependsOn.compactMap { taskID[$0] }
            var r = [id, parent, "Task", t.title, t.description, t.due?.iso ?? "", t.role.map { "role-" + $0.id } ?? "",
                     t.milestone.map { "milestone-" + $0.id } ?? ""]
                + (teamLabels ? [t.teamLabel ?? ""] : []) + [t.owner] + blockers + Array(repeating: "", count: links - blockers.count)
            if o.update { r.insert(t.key, at: 0) }
            rows.append(r)
        }
        return .table(header: header, rows: rows)
    }

    /// GitLab's issue CSV import.
    static func gitlab(_ plan: ExportPlan) -> ExportOutput {
        .table(header: ["title", "description", "due_date", "milestone"],
               rows: plan.tasks.map { [$0.title, $0.description, $0.due?.iso ?? "", $0.milestoneTitle] })
    }
}
