/// The task-field options shared by `add` and `set`, declared once.
enum TaskFieldOptions {
    static let values: [OptionSpec] = [
        OptionSpec("owner", arg: "NAME", "who does it", plan: .owners),
        OptionSpec("due", arg: "DATE", "due date (2026-07-31, 7/31, 2026年7月31日), from today (+1w, 来週金曜) or from a milestone (M3の2週間前, 2 weeks before M3, with --milestones), written in ISO form"),
        OptionSpec("status", short: "s", arg: "STATUS", "todo, doing, done or blocked (未着手, 進行中, 完了, 停滞)", values: OptionSpec.Values.statuses, plan: .statuses),
        OptionSpec("kind", arg: "KIND", "task, request, validation or approval", values: OptionSpec.Values.kinds, plan: .kinds),
        OptionSpec("difficulty", arg: "N", "1, 3, 5, 8 or 10"),
        OptionSpec("depends-on", arg: "IDS", "ids (or, for a request, a role) it waits on", plan: .ids),
        OptionSpec("done-when", arg: "TEXT", "the done condition"),
        OptionSpec("notes", arg: "TEXT", "notes"),
    ]
    static let set = OptionSpec("set", arg: "COLUMN=VALUE", "set any other column (repeatable); a column the table lacks is added")
    /// The rest of an editing command's table: --set, -i, dates, labels, the plan's
    /// milestones, and the table options.
    static let editing: [OptionSpec] = [set, InPlace.option, CommonOptions.today, CommonOptions.year, CommonOptions.labels,
                                        CommonOptions.milestones] + CommonOptions.table

    static let columns: [(TaskColumn, String)] = [
        (.milestone, "milestone"), (.role, "role"), (.todo, "todo"), (.owner, "owner"), (.due, "due"),
        (.status, "status"), (.kind, "kind"), (.difficulty, "difficulty"), (.dependsOn, "depends-on"),
        (.doneWhen, "done-when"), (.notes, "notes"),
    ]

    /// The known-column options given, in table order.
    static func given(_ inv: Invocation) -> [(TaskColumn, String, String)] {
        columns.compactMap { c, o in inv.string(o).map { (c, o, $0) } }
    }

    /// `--set COLUMN=VALUE` pairs.
    static func named(_ inv: Invocation) throws -> [(String, String)] {
        try (inv.values["set"] ?? []).map { s in
            guard let eq = s.firstIndex(of: "="), !String(s[..<eq]).trimmed.isEmpty else {
                throw WBError.usage(L("--set takes COLUMN=VALUE, not '\(s)'"))
            }
            return (String(s[..<eq]).trimmed, String(s[s.index(after: eq)...]))
        }
    }

    /// Notes a `--due` (or `--set due=`, `--set 期限=`) on one of the plan's days off (a
    /// weekend; for a plan in Japan, its holidays and year-end; the team's own): "2
    /// weeks before M2" or a date typed in a hurry may land there, and the owner would
    /// find it on a day no one works. `teams`: the keys of the tasks' teams (nil: no
    /// team), whose own days off count too; the first team it is a day off of is named.
    static func noteDueOnDayOff(_ inv: Invocation, _ parser: TaskValueParser, teams: [String?] = [nil]) throws {
        let set = try named(inv).last { TaskColumn.match($0.0) == .due }?.1
        guard let v = inv.string("due") ?? set, !v.trimmed.isEmpty,
              let d = try? DateParser.parse(parser.value(.due, v, option: "due"), DateContext()) else { return }
        let plan = try inv.daysOff(anchor: parser.resolver.dates.anchor)
        for key in teams.isEmpty ? [nil] : teams {
            let daysOff = plan.forTeam(key)
            if let why = daysOff.reason(d) {
                inv.note(L("the due date \(d.iso) is a day off (\(why)); the working day before is \(daysOff.workingDay(onOrBefore: d).iso)"))
                return
            }
        }
    }

    /// Warns of each task whose due date, as written now, is past its milestone's date:
    /// `check` reports it as an error (`due-after-milestone`), and the meeting that
    /// moved the date should hear it while it can still choose the other.
    /// `dated`: the tasks written with a new due date or milestone (id, both values, and
    /// the team's key in a plan of teams, whose own milestones they are compared with).
    static func warnLate(_ inv: Invocation, _ resolver: TaskResolver, _ dated: [(id: String, milestone: String, due: String, team: String?)]) {
        var byTeam: [String: MilestoneSet] = [:]
        func milestones(_ team: String?) -> MilestoneSet? {
            guard let team, let path = inv.string("milestones") else { return nil }
            if let set = byTeam[team] { return set }
            let set = (try? inv.milestoneTable(path, dates: resolver.dates, team: team))?.set
            byTeam[team] = set
            return set
        }
        for d in dated {
            guard let l = resolver.lateDue(milestone: d.milestone, due: d.due, in: milestones(d.team)) else { continue }
            inv.warn(d.id.isEmpty ? L("the task is due \(l.due.iso), after its milestone \(l.milestone) on \(l.date.iso); check reports it as an error")
                                  : L("task \(d.id) is due \(l.due.iso), after its milestone \(l.milestone) on \(l.date.iso); check reports it as an error"))
        }
    }

    /// Warns of each open task now due before an open task it depends on, for the pairs
    /// a changed task is in: `check` warns of them (`dependency-late`).
    static func warnOrder(_ inv: Invocation, _ order: DependencyOrder?) {
        for l in order?.late() ?? [] {
            inv.warn(L("task \(l.task) is due \(l.due.iso), before \(l.dependency) it depends on (due \(l.dependencyDue.iso)); check warns of it"))
        }
    }

    /// Warns of what `--depends-on` names that `check` would report as an error later
    /// (`TaskRow.dependencyProblems`).
    static func warnDependencies(_ inv: Invocation, tasks: [String], ids: Set<String>) {
        guard let v = inv.string("depends-on") else { return }
        for p in TaskRow.dependencyProblems(in: v, tasks: tasks, ids: ids, roles: inv.roles) {
            switch p {
            case .itself(let task): inv.warn(L("--depends-on: task \(task) would depend on itself; check reports it as a cycle"))
            case .unknown(let d): inv.warn(L("--depends-on: \(d) is not a task id in the plan nor a role; check reports it"))
            }
        }
    }

    /// Notes each column the edit added at the table's end (a value for a column the
    /// table lacked).
    static func noteAdded(_ inv: Invocation, _ editor: TaskEditor, file: String) {
        for name in editor.added {
            inv.note(L("added the column '\(name)' at the end (empty for the other rows)"), at: SourceLocation(file: file, line: 1))
        }
    }
}
