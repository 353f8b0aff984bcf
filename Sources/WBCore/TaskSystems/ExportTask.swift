/// The bridge to the team's task system (Backlog, Jira, GitHub, GitLab): one task as
/// every system receives it. The title is the Todo's first line; the description is
/// the same Markdown everywhere (the whole Todo, done-when, depends-on, notes, and a
/// marker line `wb-task: PLAN#ID` by which `import` finds the task again).
public struct ExportTask: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var milestone: Term?
    /// The milestone as the task system names it: `M1 スポンサーの獲得`.
    public var milestoneTitle: String
    public var milestoneDate: CivilDate?
    public var role: Term?
    public var kind: Term
    public var owner: String
    public var due: CivilDate?
    public var difficulty: Int?
    public var dependsOn: [String]
    /// The task's key in its system (`BLG-12`, `PROJ-7`, `#34`), from the plan's `key` column.
    public var key: String
    public var line: Int
    /// The task's team in a plan with a team column (as the team is first written
    /// there), else "".
    public var team = ""
    /// The task's row as read, for an error about a character in it.
    var source: Record? = nil

    /// The team as a label (Jira, GitHub): `team-` and its name, white space, commas
    /// and double quotes as `_` (a Jira label holds no space; gh reads a label option
    /// as a comma-separated list); nil without a team.
    public var teamLabel: String? {
        team.isEmpty ? nil : "team-" + String(team.map { $0.isWhitespace || $0 == "," || $0 == "\"" ? "_" : $0 })
    }
}

public enum TaskSystem: String, Sendable, CaseIterable {
    case backlog, jira, github, gitlab

    public static func parse(_ s: String, option: String) throws -> TaskSystem {
        if let t = TaskSystem(rawValue: s.trimmed.lowercased()) { return t }
        throw WBError.usage(L("--\(option) takes backlog, jira, github or gitlab, not '\(s)'") + Suggest.clause(s, among: allCases.map(\.rawValue)))
    }

    /// The marker that ties an issue to its task: `wb-task: Sample plan#T3`.
    public static func marker(plan: String, id: String) -> String { "wb-task: \(plan)#\(id)" }

    /// Every wb-task marker in `text`, in order: the plan it names and the task id (empty
    /// when the marker was cut short after its `#`).
    static func markers(in text: String) -> [(plan: String, id: String)] {
        markerLines(in: text).compactMap(marker(of:))
    }

    /// A marker's line as the plan it names and the id: the word after its last `#`.
    private static func marker(of line: Substring) -> (plan: String, id: String)? {
        guard let hash = line.lastIndex(of: "#") else { return nil }
        return (String(line[..<hash]).trimmed, String(line[line.index(after: hash)...].prefix { !$0.isWhitespace }))
    }

    /// What follows each `wb-task: ` in `text` to its line's end, in order, without the
    /// version the GitHub script adds (` v=` and hex digits).
    static func markerLines(in text: String) -> [Substring] {
        // As bytes: a line may start with a combining mark, which joins the space before
        // it, and CRLF is one Character, neither CR nor LF.
        var out: [Substring] = []
        let u = Array(text.utf8), needle = Array("wb-task: ".utf8)
        var i = 0
        while i + needle.count <= u.count {
            guard u[i] == needle[0], u[i..<(i + needle.count)].elementsEqual(needle) else { i += 1; continue }
            let start = i + needle.count
            let end = u[start...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? u.count
            var line = Substring(String(decoding: u[start..<end], as: UTF8.self))
            if let v = line.lastIndex(of: "="), line[..<v].hasSuffix(" v"), line[line.index(after: v)...].allSatisfy(\.isHexDigit) {
                line = line[..<line.index(v, offsetBy: -2)]
            }
            out.append(line)
            i = start
        }
        return out
    }

    /// The plans named by the wb-task markers in `text`, in order.
    public static func markedPlans(in text: String) -> [String] { markers(in: text).map(\.plan) }

    /// The task id in a text carrying a marker of `plan` (any plan when nil). The rest
    /// of a marker's line after the plan's name and `#` (after its first `#` when no
    /// plan is given) is the id where `isKnown` says so: an id may hold a space or a
    /// `#` (`wb-task: plan#a b`). Else the id is the word after the last `#`.
    public static func markedID(in text: String, plan: String?, isKnown: (String) -> Bool = { _ in false }) -> String? {
        // As bytes: an id may start with a combining mark, which joins the `#` before it.
        let prefix = plan.map { Array(($0 + "#").utf8) }
        let lines = markerLines(in: text)
        for line in lines {
            let u = line.utf8
            let start = prefix.map { u.starts(with: $0) ? u.index(u.startIndex, offsetBy: $0.count) : nil }
                ?? u.firstIndex(of: UInt8(ascii: "#")).map(u.index(after:))
            guard let start else { continue }
            let whole = String(decoding: u[start...], as: UTF8.self).trimmed
            if !whole.isEmpty, isKnown(whole) { return whole }
        }
        return lines.lazy.compactMap(marker(of:)).first { !$0.id.isEmpty && (plan == nil || $0.plan == plan) }?.id
    }
}

/// The plan read for export: its tasks in file order, with the key column located.
public struct ExportPlan: Sendable {
    public var name: String
    public var tasks: [ExportTask]
    /// Tasks left out because they already have a key.
    public var keyed = 0

    /// Header names the key column goes by.
    public static let keyNames = ["key", "キー", "課題キー", "issue key", "issue_key"]

    public static func keyIndex(_ header: Record) -> Int? {
        (0..<header.count).first { keyNames.contains(header.string($0).trimmed.lowercased()) }
    }

    /// `all`: keyed tasks too (else they are counted in `keyed` and left out);
    /// `onlyKeyed`: only those (an update by key).
    /// A plan whose ids or keys repeat is refused: the issues of two tasks would carry
    /// one marker, which `import` cannot tell apart, or two tasks would be one issue. `teams` folds a team column's names
    /// (a team is written as it first appears).
    /// `lang`: the language of the descriptions and milestone names (the plan's; by
    /// default the current one); errors are in the current language.
    public init(table: Table, resolver: TaskResolver, milestones: MilestoneSet?, name: String, all: Bool, onlyKeyed: Bool = false,
                teams: Teams = Teams(), lang: Lang? = nil) throws {
        let doc = lang ?? Lang.current
        self.name = name
        tasks = []
        let schema = resolver.schema
        let keyIx = Self.keyIndex(table.header)
        let doneWhenIx = schema[.doneWhen], notesIx = schema[.notes]
        // Each team as it is first written, as the other commands name it.
        var slots = Teams.column(table.header).map { Teams.Slots(teams, column: $0) }
        var lineOf: [String: Int] = [:], lineOfKey: [String: Int] = [:]
        for rec in table.rows {
            let t = try resolver.resolveStrict(rec)
            if !t.id.isEmpty {
                if let first = lineOf[t.id] {
                    throw WBError.data(L("id \(t.id) is already used on line \(first): both issues would carry the marker wb-task: \(name)#\(t.id), which import cannot tell apart; give each task an id of its own"),
                                       at: table.location(row: rec, field: schema[.id]))
                }
                lineOf[t.id] = t.line
            }
            var team = ""
            if slots != nil { let k = slots!.slot(rec); team = slots!.names[k] }
            let key = keyIx.map { $0 < rec.count ? rec.string($0).trimmed : "" } ?? ""
            if !key.isEmpty {
                if let first = lineOfKey[key] {
                    throw WBError.data(L("key \(key) is already on line \(first): two tasks cannot be one issue; clear the key of the task that is not that issue"),
                                       at: table.location(row: rec, field: keyIx))
                }
                lineOfKey[key] = t.line
            }
            if onlyKeyed && key.isEmpty { continue }
            if !onlyKeyed && !all && !key.isEmpty { keyed += 1; continue }
            func text(_ i: Int?) -> String { guard let i, i < rec.count else { return "" }; return Grid.normalizeNewlines(rec.string(i)).trimmed }
            let todo = Grid.normalizeNewlines(t.todo).trimmed
            let title = todo.split(separator: "\n", omittingEmptySubsequences: true).first.map { String($0).trimmed } ?? ""
            var d = todo + "\n"
            let doneWhen = text(doneWhenIx), notes = text(notesIx)
            Lang.$current.withValue(doc) {
                if !doneWhen.isEmpty { d += "\n" + L("**Done when:** \(doneWhen)") + "\n" }
                if !t.dependsOn.isEmpty { d += "\n" + L("**Depends on:** \(t.dependsOn.joined(separator: ", "))") + "\n" }
                if !notes.isEmpty { d += "\n" + L("**Notes:** \(notes)") + "\n" }
                if !team.isEmpty { d += "\n" + L("**Team:** \(team)") + "\n" }
            }
            if !t.id.isEmpty { d += "\n" + TaskSystem.marker(plan: name, id: t.id) + "\n" }
            let entry = t.milestone.flatMap { milestones?.entry($0.id) }
            let mTitle = t.milestone.map { m in m.id + " " + (entry?.name ?? m.label(doc)) } ?? ""
            tasks.append(ExportTask(id: t.id, title: title, description: d, milestone: t.milestone, milestoneTitle: mTitle,
                                    milestoneDate: entry?.date, role: t.role, kind: t.kind, owner: t.owner, due: t.due,
                                    difficulty: t.difficulty, dependsOn: t.dependsOn, key: key, line: t.line, team: team, source: rec))
        }
    }
}
