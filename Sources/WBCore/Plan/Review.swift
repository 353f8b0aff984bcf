/// The workshop's group review as rules over a plan's tasks, and the plan-wide
/// checks (`wb-tasks check` reads the rows and writes the findings).
enum Review {
    /// The rules applied to each team's tasks on their own (with the team's milestones:
    /// its rows of --milestones and the shared ones), each finding naming its team. A
    /// dependency may name another team's task; an id used by two teams is an error.
    static func perTeam(_ tasks: [Task], teamOf: [UInt32], names: [String], today: CivilDate?,
                        dates: DateContext, schema: TaskSchema, inv: Invocation) throws -> [Finding] {
        var members = [[Int]](repeating: [], count: names.count)
        for (i, t) in teamOf.enumerated() { members[Int(t)].append(i) }
        var owner: [String: Int] = [:]
        var f: [Finding] = []
        for (i, t) in tasks.enumerated() where !t.id.isEmpty {
            if let o = owner[t.id] {
                let other = Int(teamOf[o])
                if other != Int(teamOf[i]) {
                    f.append(Finding(severity: .error, line: t.line, id: t.id, rule: "duplicate-id",
                                     message: L("id \(t.id) is already used on line \(tasks[o].line) by team \(names[other]); ids are unique across the teams of one plan (wb-tasks merge --renumber)"),
                                     team: names[Int(teamOf[i])]))
                }
            } else { owner[t.id] = i }
        }
        let allIDs = Set(owner.keys)
        let milestones = try inv.string("milestones").map { try inv.teamIndex($0) }
        for (k, name) in names.enumerated() {
            var ms: MilestoneSet?
            if let milestones {
                let mt = try MilestoneTable(milestones.part(inv.teams.key(name), shared: true), dates: dates)
                if let p = mt.problems.first { throw WBError.data(p.message, at: p.location) }
                ms = mt.set
            }
            for var x in run(members[k].map { tasks[$0] }, milestones: ms, today: today, schema: schema, roles: inv.roles, others: allIDs) {
                x.team = name
                f.append(x)
            }
        }
        return f
    }

    /// `others`: ids of other teams' tasks, which a dependency may name.
    static func run(_ tasks: [Task], milestones: MilestoneSet?, today: CivilDate?, schema: TaskSchema,
                    roles: Vocabulary = Plan.roles, others: Set<String> = []) -> [Finding] {
        var f: [Finding] = []
        // One map from id to the task that first has it serves duplicates and look-ups.
        var index: [String: Int] = [:]
        index.reserveCapacity(tasks.count)
        for (i, t) in tasks.enumerated() where !t.id.isEmpty {
            if let first = index[t.id] {
                f.append(Finding(severity: .error, line: t.line, id: t.id, rule: "duplicate-id", message: L("id \(t.id) is already used on line \(tasks[first].line)")))
            } else { index[t.id] = i }
        }
        // Ids that differ only in case (or width) are different ids to wb but one to
        // people, and to a calendar or task system that folds case.
        var folded: [String: Int] = [:]
        folded.reserveCapacity(index.count)
        for (i, t) in tasks.enumerated() where !t.id.isEmpty && index[t.id] == i {
            let key = t.id.utf8.allSatisfy({ $0 < 0x80 }) ? t.id.lowercased() : t.id.foldingWidth.lowercased()
            if let first = folded[key] {
                f.append(Finding(severity: .warning, line: t.line, id: t.id, rule: "id-case",
                                 message: L("id \(t.id) differs from \(tasks[first].id) (line \(tasks[first].line)) only in case or width: people and some systems take them for one")))
            } else { folded[key] = i }
        }
        // Each task's dependencies, split once for every rule below.
        let deps = tasks.map(\.dependsOn)
        // Dependencies: each names a task id, or (for requests) a role.
        for (i, t) in tasks.enumerated() {
            for d in deps[i] where index[d] == nil && !others.contains(d) {
                // A request waits on a role of the plan, or on a team outside it (法務部,
                // legal): a name without a digit is no task id.
                if t.isRequest, roles.lookup(d) != nil || !d.contains(where: { $0.isASCII && $0.isNumber }) { continue }
                f.append(Finding(severity: .error, line: t.line, id: t.id, rule: "dangling-dependency",
                                 message: L("depends on '\(d)', which is not a task id in the plan")))
            }
        }
        f += cycles(tasks, deps, index)
        // Due dates against the milestone's date.
        if let ms = milestones {
            for t in tasks {
                guard let m = t.milestone, let due = t.due, let md = ms.date(of: m), due > md else { continue }
                f.append(Finding(severity: .error, line: t.line, id: t.id, rule: "due-after-milestone",
                                 message: L("due \(due.iso), after its milestone \(m) on \(md.iso)")))
            }
        }
        // Every core role has a Todo in M1 and M2.
        // (One pass notes which roles have a task in M1 and M2.)
        var covered = Set<String>()
        for t in tasks { if let m = t.milestone, m == "M1" || m == "M2", let r = t.roleIndex { covered.insert(m + " " + roles.terms[r].id) } }
        for m in ["M1", "M2"] {
            for r in ["pm", "dev", "ds"] where !covered.contains(m + " " + r) {
                let role = roles.term(id: r)!
                f.append(Finding(severity: .warning, line: nil, id: "", rule: "role-coverage",
                                 message: L("\(m) has no Todo for \(r) (\(role.ja) / \(role.en)): every role acts on the first two milestones")))
            }
        }
        // A request names what it waits on.
        for (i, t) in tasks.enumerated() where t.isRequest && deps[i].isEmpty {
            f.append(Finding(severity: .warning, line: t.line, id: t.id, rule: "request-target",
                             message: L("a request (依頼) must name the task or role it waits on in depends_on") + fromWords(t)))
        }
        // Kinds taken from the Todo's words, said once each.
        for t in tasks { if let w = t.inferredFrom {
            f.append(Finding(severity: .info, line: t.line, id: t.id, rule: "kind-from-words",
                             message: L("the kind is empty; taken as \(Plan.kinds.term(id: t.kind)!.ja) (\(t.kind)) from the word '\(w)' in the Todo")))
        } }
        // Hard tasks have a technical validation before them.
        for (i, t) in tasks.enumerated() where (t.difficulty ?? 0) >= 8 && !t.isValidation {
            let vals = deps[i].compactMap { index[$0] }.map { tasks[$0] }.filter { $0.isValidation }
            if vals.isEmpty {
                f.append(Finding(severity: .warning, line: t.line, id: t.id, rule: "validation-missing",
                                 message: L("difficulty \(t.difficulty!) needs a technical validation (技術検証) task in depends_on")))
            } else if let due = t.due {
                for v in vals { if let vd = v.due, vd > due {
                    f.append(Finding(severity: .warning, line: t.line, id: t.id, rule: "validation-late",
                                     message: L("its validation \(v.id) is due \(vd.iso), after this task (\(due.iso))")))
                } }
            }
        }
        // The approval (稟議) for the market-validation investment, before M2.
        let approvals = tasks.filter { $0.isApproval }
        if approvals.isEmpty {
            f.append(Finding(severity: .warning, line: nil, id: "", rule: "approval-missing",
                             message: L("no approval (稟議) task: plan the request to executives for the time and money of market validation")))
        } else {
            let m2 = milestones?.date(of: "M2")
            let early = approvals.contains { a in
                if let m2, let d = a.due { return d < m2 }
                return a.milestone == "M1" || a.milestone == "M2"
            }
            if !early {
                f.append(Finding(severity: .warning, line: approvals[0].line, id: approvals[0].id, rule: "approval-late",
                                 message: L("the approval (稟議) for market validation should be due before M2") + fromWords(approvals[0])))
            }
        }
        if let today {
            for t in tasks where !t.isDone {
                if let d = t.due, d < today {
                    f.append(Finding(severity: .warning, line: t.line, id: t.id, rule: "overdue",
                                     message: today.days - d.days == 1 ? L("due \(d.iso), 1 day ago, and not done") : L("due \(d.iso), \(today.days - d.days) days ago, and not done")))
                }
            }
        }
        // A task worth tracking has an owner, a due date and a done condition.
        let names = ["owner", "due", "done_when"]
        for t in tasks where t.milestone == "M1" || t.milestone == "M2" {
            let miss = names.enumerated().filter { t.missing & (1 << $0.offset) != 0 }.map(\.element)
            if !miss.isEmpty {
                f.append(Finding(severity: .info, line: t.line, id: t.id, rule: "untracked",
                                 message: L("no \(miss.joined(separator: ", ")): a task worth tracking has an owner, a due date and a done condition")))
            }
        }
        let absent = names.enumerated().filter { schema[[TaskColumn.owner, .due, .doneWhen][$0.offset]] == nil }.map(\.element)
        if !absent.isEmpty {
            f.append(Finding(severity: .info, line: nil, id: "", rule: "untracked",
                             message: L("the plan has no \(absent.joined(separator: ", ")) column")))
        }
        return f
    }

    /// ` (taken as a request from its words: '依頼')`, for a kind found in the text.
    static func fromWords(_ t: Task) -> String {
        guard let w = t.inferredFrom else { return "" }
        return L(" (its kind is taken from the word '\(w)')")
    }

    /// Each dependency cycle once, as `T1 -> T2 -> T1`.
    static func cycles(_ tasks: [Task], _ deps: [[String]], _ index: [String: Int]) -> [Finding] {
        var state = [UInt8](repeating: 0, count: tasks.count) // 0 new, 1 on stack, 2 done
        var out: [Finding] = []
        var stack: [Int] = []
        // Iterative DFS: plans can be long chains.
        for start in tasks.indices where state[start] == 0 {
            var frames: [(node: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            stack.append(start)
            while var top = frames.popLast() {
                let ds = deps[top.node]
                if top.next < ds.count {
                    let d = ds[top.next]
                    top.next += 1
                    frames.append(top)
                    guard let j = index[d] else { continue }
                    if state[j] == 1 {
                        let from = stack.lastIndex(of: j)!
                        let path = stack[from...].map { tasks[$0].id } + [tasks[j].id]
                        let t = tasks[top.node]
                        out.append(Finding(severity: .error, line: t.line, id: t.id, rule: "dependency-cycle",
                                           message: L("dependency cycle: ") + path.joined(separator: " -> ")))
                    } else if state[j] == 0 {
                        state[j] = 1
                        stack.append(j)
                        frames.append((j, 0))
                    }
                } else {
                    state[top.node] = 2
                    stack.removeLast()
                }
            }
        }
        return out
    }

    /// What the review rules need of a task, in about 64 bytes: small codes instead
    /// of Strings, days instead of dates, the dependencies as their (short) text.
    struct Task {
        let id: String
        let milestone: String?
        private let deps: String
        private let line32: Int32
        private let due32: Int32
        private let roleCode: UInt8, statusCode: UInt8, kindCode: UInt8, difficulty8: UInt8
        /// Bits: 1 no owner, 2 no due date, 4 no done condition.
        let missing: UInt8
        /// With an empty kind, the word of the Todo that gave it one (1-based index in
        /// `KindWords.all`), else 0.
        let kindWord: UInt8

        /// `todo` is given only when the kind column is empty.
        init(_ c: TaskCodes, _ rec: Record, missing: UInt8, schema: TaskSchema, milestone: String?, todo: String?) {
            id = rec.text(schema[.id]).trimmed
            self.milestone = milestone
            deps = rec.isBlank(schema[.dependsOn]) ? "" : rec.text(schema[.dependsOn])
            line32 = Int32(clamping: rec.line)
            due32 = c.due == Int.min ? Int32.min : Int32(clamping: c.due)
            roleCode = UInt8(clamping: c.role + 1)
            statusCode = UInt8(clamping: c.status + 1)
            var kc = UInt8(clamping: c.kind + 1)
            var word: UInt8 = 0
            if let todo, let (k, w) = KindWords.find(in: todo) {
                kc = UInt8(Plan.kinds.terms.firstIndex { $0.id == k }! + 1)
                word = UInt8(w + 1)
            }
            kindCode = kc
            kindWord = word
            difficulty8 = UInt8(clamping: c.difficulty)
            self.missing = missing
        }

        var line: Int { Int(line32) }
        /// The role's index in the plan's roles (0: none).
        var roleIndex: Int? { roleCode == 0 ? nil : Int(roleCode) - 1 }
        var status: String { statusCode == 0 ? "todo" : Plan.statuses.terms[Int(statusCode) - 1].id }
        var kind: String { kindCode == 0 ? "task" : Plan.kinds.terms[Int(kindCode) - 1].id }
        /// The kind's and status's codes, for the review's loops over every task.
        private static func code(_ id: String, _ v: Vocabulary) -> UInt8 { UInt8(v.terms.firstIndex { $0.id == id }! + 1) }
        private static let requestCode = code("request", Plan.kinds)
        private static let validationCode = code("validation", Plan.kinds)
        private static let approvalCode = code("approval", Plan.kinds)
        private static let doneCode = code("done", Plan.statuses)
        var isRequest: Bool { kindCode == Self.requestCode }
        var isValidation: Bool { kindCode == Self.validationCode }
        var isApproval: Bool { kindCode == Self.approvalCode }
        var isDone: Bool { statusCode == Self.doneCode }
        var due: CivilDate? { due32 == Int32.min ? nil : CivilDate(days: Int(due32)) }
        var difficulty: Int? { difficulty8 == 0 ? nil : Int(difficulty8) }
        /// The word its kind was taken from, when the kind column was empty.
        var inferredFrom: String? { kindWord == 0 ? nil : KindWords.all[Int(kindWord) - 1].word }
        var dependsOn: [String] {
            deps.isEmpty ? [] : deps.split(whereSeparator: TaskRow.separatesDependencies)
                .map { String($0).trimmed }.filter { !$0.isEmpty }
        }
    }
}
