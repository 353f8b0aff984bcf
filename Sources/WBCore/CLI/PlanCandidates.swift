/// What an option's value can be in this plan, as the shell completions offer it: the
/// tasks' ids (beside their Todos), the roles (the settings' own too), the milestones
/// (by the plan's names), the owners and the teams; and the statuses and kinds, named
/// in the run's language, a list of them typed as one. The completion scripts ask the
/// tool (`wb-tasks --complete-values roles CURRENT WORDS...`), which reads the plan as
/// the command being typed would: its settings, its tasks and milestones tables.
public enum PlanValue: String, Sendable, CaseIterable {
    case ids, roles, milestones, owners, teams, statuses, kinds

    /// The kinds the tasks table gives.
    var readsTasks: Bool { self == .ids || self == .owners || self == .teams }
}

public enum PlanCandidates {
    /// A value and what a completion menu says beside it.
    public struct Candidate: Equatable, Sendable {
        public var value: String
        public var about: String
    }

    /// The candidates of one kind from the plan's tables (either may be missing): the
    /// tasks' ids and owners and teams in the order they first appear, the roles of the
    /// vocabulary (with the settings' declared ones), the milestones of the plan's own
    /// table, else the four of the workshop. Descriptions in the run's language.
    public static func candidates(_ kind: PlanValue, tasks: Table?, milestones: MilestoneSet?, roles: Vocabulary,
                                  teams: Teams) -> [Candidate] {
        let lang = Lang.current
        switch kind {
        case .roles:
            return roles.terms.map { Candidate(value: $0.id, about: $0.label(lang)) }
        case .statuses:
            return Plan.statuses.terms.map { Candidate(value: $0.id, about: $0.label(lang)) }
        case .kinds:
            return Plan.kinds.terms.map { Candidate(value: $0.id, about: $0.label(lang)) }
        case .milestones:
            if let milestones, !milestones.entries.isEmpty {
                return milestones.entries.map { Candidate(value: $0.term.id, about: $0.name) }
            }
            return Plan.milestones.terms.map { Candidate(value: $0.id, about: $0.label(lang)) }
        case .ids:
            guard let tasks, let schema = try? TaskSchema(header: tasks.header, file: tasks.name, required: []),
                  let id = schema[.id] else { return [] }
            let todo = schema[.todo]
            var seen = Set<String>(), out: [Candidate] = []
            for row in tasks.rows {
                let v = row.text(id).trimmed
                guard !v.isEmpty, seen.insert(v).inserted else { continue }
                out.append(Candidate(value: v, about: todo.map { t in row.withFields { firstLine($0[t]) } } ?? ""))
            }
            return out
        case .owners, .teams:
            guard let tasks else { return [] }
            let column: Int?
            if kind == .teams { column = Teams.column(tasks.header) } else {
                column = (try? TaskSchema(header: tasks.header, file: tasks.name, required: []))?[.owner]
            }
            guard let column else { return kind == .teams ? teams.declared.map { Candidate(value: $0.id, about: $0.label(lang)) } : [] }
            // Each one once, as first written (a team by its key: 東京 and a declared
            // tokyo are one), with how many tasks it has.
            var order: [String] = [], count: [String: Int] = [:], name: [String: String] = [:]
            for row in tasks.rows {
                let v = row.text(column).trimmed
                if v.isEmpty { continue }
                let k = kind == .teams ? teams.key(v) : v
                if count[k] == nil { order.append(k); name[k] = v }
                count[k, default: 0] += 1
            }
            return order.map { Candidate(value: name[$0]!, about: L("tasks: \(count[$0]!)")) }
        }
    }

    /// The tasks table the command being typed would read: a file it names (wb-tasks:
    /// its input, `set T3 -i plan.csv`; the others: --tasks), else the settings' one.
    static func tasks(_ inv: Invocation) -> Table? {
        let path = inv.tasksAreInput ? inv.operands.last(where: isRegularFile) ?? inv.settingsTasks : inv.string("tasks")
        guard let path, isRegularFile(path) else { return nil }
        return try? inv.readCompanion(path)
    }

    /// The milestones table it would read: --milestones, the settings' one, or (the
    /// milestone tools, wb-ics) the file it names.
    static func milestones(_ inv: Invocation) -> MilestoneSet? {
        let operand = inv.milestonesAreInput ? inv.operands.last(where: isRegularFile) : nil
        guard let path = inv.string("milestones") ?? operand ?? inv.settingsMilestones, isRegularFile(path),
              let table = try? inv.readCompanion(path),
              let context = try? inv.dateContext(anchor: ((try? inv.planStart()) ?? nil) ?? inv.fallbackAnchor()),
              let read = try? MilestoneTable(table, dates: context) else { return nil }
        return read.set
    }

    /// A Todo as a menu shows it: its first line, tabs made spaces, trimmed, at most 60
    /// characters. Taken from the field's bytes (a plan of 100k tasks is offered in a
    /// blink), counted in characters only when long.
    static func firstLine(_ f: UnsafeBufferPointer<UInt8>) -> String {
        var bytes = Array(f[..<(f.firstIndex { $0 == 0x0A || $0 == 0x0D } ?? f.count)])
        for i in bytes.indices where bytes[i] == 0x09 { bytes[i] = 0x20 }
        let line = String(decoding: bytes, as: UTF8.self).trimmed
        guard bytes.count > 60, line.count > 60 else { return line }
        return String(line.prefix(59)) + "…"
    }

    /// The lines a completion script reads, `value<TAB>description`: for a list
    /// (`--role pm,d`, `--depends-on T1、T`, `--status !done,b`) each candidate after
    /// the items typed (`pm,dev`), those already in it left out.
    public static func lines(_ candidates: [Candidate], current: String) -> [String] {
        var head: Substring = ""
        if let sep = current.lastIndex(where: { $0 == "," || $0 == "、" }) {
            head = current[...sep]
        } else if current.hasPrefix("!") {
            head = current.prefix(1)
        }
        var seen = Set(head.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == "!" }).map { String($0).trimmed })
        // Each value once (a plan of teams has each milestone once a team).
        return candidates.filter { seen.insert($0.value).inserted }.map { head + $0.value + "\t" + $0.about.replacingOccurrences("\t", " ") }
    }
}
