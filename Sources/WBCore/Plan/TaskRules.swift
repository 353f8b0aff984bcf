extension Review {
    /// The rules that look at one task each (and at its dependencies, found once by
    /// `run`), in the order `run` applies them: a first pass (due after the
    /// milestone, due on a day off, a request's target, the kind taken from words, a
    /// hard task's validation, a dependency due after the task), then, after the
    /// approval's finding, a second (overdue, untracked).
    /// `run` adds what they find as entries; for a plan of one team it keeps them
    /// instead (`FindingList.perTask`), and the findings' writer applies them task by
    /// task while it writes, so a million findings are never stored or sorted.
    struct TaskRules {
        let plan: Tasks
        /// Member k is task `members[k]`; nil when member k is task k.
        let members: [Int32]?
        /// Task k's dependencies: `targets[depFrom[k]..<depFrom[k + 1]]`, members, -1
        /// for a name that is no task's id, -2 - g for another team's task g.
        let depFrom: [Int32], targets: [Int32]
        /// What the rules read of each dependency's task (`dependency(_:)`), by the
        /// dependency's place in `targets` (0 where the target is -1), another team's
        /// task's too.
        let facts: [Int32]
        /// Each milestone code's date (days), with --milestones.
        let milestoneDays: [Int?]?
        let todayDays: Int?
        /// The plan's days off over the span of the due dates ahead, `offFrom...offTo`
        /// (nil, and an empty span: the rule is off, or no due date is ahead).
        let offDays: DaysOff.Map?
        let offFrom, offTo: Int32
        /// Whether each milestone code is M1 or M2.
        let isEarly: [Bool]
        let team: Int32
        let dueAfter, request, kindFromWords, validationMissing, validationLate, dependencyLate, overdue, untracked, dayOff: UInt16

        /// A task as the rules on dependencies read it, in 4 bytes: its due date
        /// (`noDue` without one) shifted left by 2, bit 0 set for a validation, bit 1
        /// for a task done. Days fit in 30 bits for years 1 to 9999 and far beyond.
        static func dependency(_ t: Tasks.Task) -> Int32 {
            (t.hasDue ? t.due : noDue) << 2 | (t.isValidation ? 1 : 0) | (t.isDone ? 2 : 0)
        }
        static let noDue = Int32.min >> 2

        var count: Int { members?.count ?? plan.count }

        @inline(__always) private func global(_ k: Int) -> Int { members.map { Int($0[k]) } ?? k }

        func line(_ k: Int) -> Int { Int(plan.tasks[global(k)].line) }

        func early(_ t: Tasks.Task) -> Bool { t.milestone >= 0 && isEarly[Int(t.milestone)] }

        /// The severities' ranks (`Finding.Severity.rank`), as constants.
        private static let (error, warning, info): (UInt8, UInt8, UInt8) = (0, 1, 2)

        @inline(__always)
        private func entry(_ severity: UInt8, _ k: Int, _ t: Tasks.Task, _ rule: UInt16, _ form: Form,
                           a: Int32 = 0, b: Int32 = 0) -> FindingList.Entry {
            FindingList.Entry(line: Int(t.line), task: Int32(global(k)), a: a, b: b, team: team, rule: rule,
                              form: form.rawValue, severity: severity)
        }

        func first(_ k: Int, into batch: EntryBatch) {
            @inline(__always) func emit(_ e: FindingList.Entry) { batch.append(e, era: 1) }
            let t = plan.tasks[global(k)]
            // A dependency's finding names it by its token in this task's own
            // depends_on (the same bytes as its id) and carries its due date: the
            // message is then written from this task's data, read in order, not from
            // the other task's, read at random. `token(d)`: the token that named
            // dependency d (`targets[d]`).
            let tokens = Int(plan.depStart[global(k)]) - Int(depFrom[k])
            @inline(__always) func token(_ d: Int) -> Int32 { Int32(tokens + d) }
            // Due dates against the milestone's date.
            if let milestoneDays, t.milestone >= 0, t.hasDue, let md = milestoneDays[Int(t.milestone)], Int(t.due) > md {
                emit(entry(Self.error, k, t, dueAfter, .dueAfter, a: Int32(md)))
            }
            // A due date ahead on a day off, when no one is at work to finish it.
            if t.due >= offFrom, t.due <= offTo, !t.isDone, let offDays, offDays.isOff(day: Int(t.due)) {
                emit(entry(Self.info, k, t, dayOff, .dayOff))
            }
            // A request names what it waits on.
            if t.isRequest && depFrom[k + 1] == depFrom[k] { emit(entry(Self.warning, k, t, request, .request)) }
            // Kinds taken from the Todo's words, said once each.
            if t.kindWord != 0 { emit(entry(Self.info, k, t, kindFromWords, .kindFromWords)) }
            // Hard tasks have a technical validation before them.
            let hard = t.difficulty >= 8 && !t.isValidation
            if hard {
                var validated = false
                for d in Int(depFrom[k])..<Int(depFrom[k + 1]) where targets[d] != -1 {
                    let dep = facts[d]
                    guard dep & 1 != 0 else { continue }
                    validated = true
                    let due = dep >> 2
                    if t.hasDue, due != Self.noDue, due > t.due {
                        emit(entry(Self.warning, k, t, validationLate, .validationLate, a: token(d), b: due))
                    }
                }
                if !validated { emit(entry(Self.warning, k, t, validationMissing, .validationMissing)) }
            }
            // An open task is not due before what it waits on: a dependency still open
            // and due after it (a hard task's validation is validation-late's).
            if t.hasDue, !t.isDone {
                for d in Int(depFrom[k])..<Int(depFrom[k + 1]) where targets[d] != -1 {
                    let dep = facts[d]
                    if dep >> 2 > t.due, dep & 2 == 0, !(hard && dep & 1 != 0) {
                        emit(entry(Self.warning, k, t, dependencyLate, .dependencyLate, a: token(d), b: dep >> 2))
                    }
                }
            }
        }

        func second(_ k: Int, into batch: EntryBatch) {
            @inline(__always) func emit(_ e: FindingList.Entry) { batch.append(e, era: 3) }
            let t = plan.tasks[global(k)]
            if let todayDays, !t.isDone, t.hasDue, Int(t.due) < todayDays {
                emit(entry(Self.warning, k, t, overdue, .overdue, a: Int32(clamping: todayDays - Int(t.due))))
            }
            // A task worth tracking has an owner, a due date and a done condition; a
            // done one is tracked no more.
            // (What it lacks, for the place of its finding: `FindingPlaces.untracked`.)
            if early(t) && !t.isDone && t.missing != 0 { emit(entry(Self.info, k, t, untracked, .untracked, a: Int32(t.missing))) }
        }
    }
}
