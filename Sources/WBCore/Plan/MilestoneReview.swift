/// The milestones' own rules (`wb-milestones check`): each id once, M1-M4 present and
/// in order, each dated, fans within 3 months and the press release within 6 months
/// of the start (the market size within 3, as the deck prefers), M1 before the start
/// only when it is done, Who/What/How and a readable gate on M1-M3.
enum MilestoneReview {
    /// The `day-off` finding's words: the milestone, its day, why it is off, and the
    /// working day before.
    static func dayOff(_ id: String, _ d: CivilDate, why: String, daysOff: DaysOff) -> String {
        L("\(id) (\(d.iso)) is on a day off (\(why)), no day for its CXO report; the working day before is \(daysOff.workingDay(onOrBefore: d).iso)")
    }

    /// The findings on `mt`; `start` is the plan's start, if known. `m1Done` says
    /// whether M1's tasks are all done (asked only when M1 comes before the start).
    /// `daysOff`: the plan's days off, for a milestone dated on one (its CXO report, on
    /// the calendar that day, finds no one).
    static func findings(_ mt: MilestoneTable, start: CivilDate?, daysOff: DaysOff? = nil, m1Done: () throws -> Bool) throws -> [Finding] {
        let set = mt.set
        var f: [Finding] = []
        // A finding about one field of a milestone's row: placed at that field (its
        // line and column) where the table has the column, else at the row.
        func about(_ e: MilestoneSet.Entry, _ column: MilestoneColumn?, _ severity: Finding.Severity, _ rule: String,
                   _ message: String) -> Finding {
            let at = column.map { mt.location(e.record, $0) }
            return Finding(severity: severity, line: at?.line ?? e.record.line, column: at?.column, id: e.term.id, rule: rule, message: message)
        }
        if let daysOff {
            for e in set.entries {
                guard let d = e.date, let why = daysOff.reason(d) else { continue }
                f.append(about(e, .date, .warning, "day-off", dayOff(e.term.id, d, why: why, daysOff: daysOff)))
            }
        }
        var seen: [String: Int] = [:]
        for e in set.entries {
            if let l = seen[e.term.id] {
                f.append(about(e, mt.index[.id] != nil ? .id : .name, .error, "duplicate-milestone", L("\(e.term.id) is already on line \(l)")))
            }
            seen[e.term.id] = e.record.line
        }
        for id in ["M1", "M2", "M3", "M4"] where set.entry(id) == nil {
            f.append(Finding(severity: .warning, line: nil, id: id, rule: "missing-milestone", message: L("the plan has no \(id) (\(Plan.milestones.term(id: id)!.label(Lang.current)))")))
        }
        // Order.
        // Each milestone against the latest-dated row of every earlier milestone: one
        // pass, however many rows repeat an id (a 100,000-row table is linear).
        let dated = set.entries.filter { $0.date != nil && Plan.milestones.term(id: $0.term.id) != nil }
        var latest: [String: MilestoneSet.Entry] = [:]
        for e in dated where latest[e.term.id].map({ e.date! > $0.date! }) ?? true { latest[e.term.id] = e }
        for late in dated {
            for id in ["M1", "M2", "M3"] where id < late.term.id {
                guard let early = latest[id], early.date! > late.date! else { continue }
                f.append(about(late, .date, .error, "order", L("\(late.term.id) (\(late.date!.iso)) comes before \(early.term.id) (\(early.date!.iso)); milestones go M1 <= M2 <= M3 <= M4")))
            }
        }
        for e in set.entries where e.date == nil {
            f.append(about(e, .date, e.term.id == "M3" ? .warning : .error, "no-date", L("\(e.term.id) has no date")))
        }
        if let start {
            // The deck holds sponsor acquisition in the earlier session (実践編): M1 may
            // come on or before the workshop day; a warning unless it is done.
            if let m1 = set.date(of: "M1"), m1 < start {
                if try !m1Done() {
                    f.append(about(set.entry("M1")!, .date, .warning, "before-start", L("M1 (\(m1.iso)) is before the plan's start (\(start.iso)): fine when the sponsor was won before the workshop (the deck's earlier session), but then mark its tasks done")))
                }
            }
            if let m3 = set.date(of: "M3"), m3 > start.adding(months: 3) {
                f.append(about(set.entry("M3")!, .date, .info, "market-within-3-months", L("M3 (\(m3.iso)) is more than 3 months after the start (\(start.iso)): the deck prefers the market size estimated within 3 months")))
            }
            if let m2 = set.date(of: "M2"), m2 > start.adding(months: 3) {
                f.append(about(set.entry("M2")!, .date, .warning, "fans-within-3-months", L("M2 (\(m2.iso)) is \(start.months(until: m2)) months after the start (\(start.iso)): aim for the first fans within 1-3 months, before something more urgent takes the team")))
            }
            if let m4 = set.date(of: "M4"), m4 > start.adding(months: 6) {
                f.append(about(set.entry("M4")!, .date, .warning, "press-release-within-6-months", L("M4 (\(m4.iso)) is more than 6 months after the start (\(start.iso)): the workshop plans a real press release within 6 months")))
            }
        }
        for e in set.entries where ["M1", "M2", "M3"].contains(e.term.id) {
            let missing = [MilestoneColumn.who, .what, .how].filter { mt.value(e.record, $0).trimmed.isEmpty }
            if !missing.isEmpty {
                f.append(about(e, missing.first { mt.index[$0] != nil }, .warning, "who-what-how", L("no \(missing.map { mt.name(of: $0) }.listed): say who measures, what is measured and how it passes")))
            }
            let g = mt.value(e.record, .gate)
            if mt.index[.gate] != nil {
                do {
                    let gate = try Gate.parse(g)
                    if gate.isEmpty {
                        f.append(about(e, .gate, .warning, "gate", L("no gate: write its pass criterion (e.g. solved>=80% purchase>=50%)")))
                    } else if gate.isMarket && gate.multiple == nil {
                        f.append(about(e, .gate, .warning, "gate", L("the gate's multiple N is not chosen yet: write value>=3*cost (or the team's N)")))
                    }
                } catch {
                    f.append(about(e, .gate, .error, "gate", messageOf(error)))
                }
            }
        }
        return f
    }
}
