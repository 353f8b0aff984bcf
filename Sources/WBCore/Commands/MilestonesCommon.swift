/// Helpers shared by the wb-milestones subcommands.
enum MilestonesIO {
    /// Reads the milestones table; bad dates are data errors (exit 65): a timeline
    /// with a day that does not exist cannot be checked.
    static func load(_ inv: Invocation) throws -> MilestoneTable {
        try table(inv, inv.scoped(readWhole(inv), shared: true))
    }

    /// The same, with the teams of the whole table (of all of them, with --team too).
    static func loadWithTeams(_ inv: Invocation) throws -> (table: MilestoneTable, teams: [Teams.Group]) {
        let whole = try readWhole(inv)
        return (try table(inv, inv.scoped(whole, shared: true)), (inv.teams.groups(whole) ?? []).filter { !$0.key.isEmpty })
    }

    /// The milestones table as read, before --team. A tasks table from a pipe or
    /// standard input (a regular file is looked at before: `Invocation.takeTasksOperand`)
    /// would read as milestones named T1, T2...: it is refused.
    private static func readWhole(_ inv: Invocation) throws -> Table {
        let whole = try inv.readTable(milestonesPath(inv))
        if (try? TaskSchema(header: whole.header, file: whole.name)) != nil {
            throw WBError.usage(L("'\(whole.name)' is a tasks table (it has milestone, role and todo columns), given where the milestones table goes: give the milestones table, and the tasks with --tasks"))
        }
        return whole
    }

    /// A milestones table already read (one team's part of one), its dates read
    /// against the plan's start; a bad row is a data error.
    static func table(_ inv: Invocation, _ table: Table) throws -> MilestoneTable {
        let mt = try MilestoneTable(table, dates: try inv.dateContext(anchor: inv.planStart() ?? inv.fallbackAnchor()))
        if let p = mt.problems.first { throw WBError.data(p.message, at: p.location) }
        return mt
    }

    /// The milestones table: the operand, or --milestones FILE (the name the other tools
    /// use for it). These commands read the table as their input, from a pipe as often
    /// as from a file, so the settings' `milestones` is taken only where standard input
    /// brings nothing (a terminal, or /dev/null under cron or CI), instead of waiting
    /// on it or reading an empty table.
    static func milestonesPath(_ inv: Invocation) throws -> String? {
        let operand = try inv.inputPath()
        guard let option = inv.string("milestones"), !inv.fromSettings.contains("milestones") else {
            return operand ?? (inv.settingsMilestones != nil && inv.stdinGivesNothing ? inv.settingsMilestones : nil)
        }
        if let operand, operand != option {
            throw WBError.usage(L("the milestones table is given twice: '\(operand)' and --milestones '\(option)'"))
        }
        return option
    }

    /// The plan's start: --start or the settings' start, else the milestones' (M0, else M1 - 1 month).
    static func start(_ inv: Invocation, _ set: MilestoneSet) throws -> CivilDate? {
        try inv.planStart() ?? set.impliedStart
    }

    static let startOption = CommonOptions.start
    /// report's and prfaq's: the one number they take from wb-score impact.
    static let impact = OptionSpec("impact", arg: "FILE", "results of wb-score impact: the top question's yearly cost")
    static let clamp = OptionSpec("clamp", "read a day past the month's end as its last day (11/31 → 11/30) instead of failing")
}

extension Invocation {
    /// `--meeting` (each time it is given) or the settings' meeting: every team's, and
    /// a team's own as TEAM=SPEC, which must name one of `planTeams` (the plan's, all
    /// of them with --team too: the settings may give every team's).
    func teamMeetings(planTeams: [Teams.Group]) throws -> TeamMeetings {
        let meetings: TeamMeetings
        do { meetings = try TeamMeetings.parse(values["meeting"] ?? []) } catch { throw WBError.usage("--meeting: " + error.message) }
        if let unknown = meetings.unknownTeams(among: planTeams.map(\.key), teams: teams).first {
            let source = fromSettings.contains("meeting") ? L("the settings' meeting") : "--meeting"
            throw WBError.usage(planTeams.isEmpty ? L("\(source) names team \(unknown), and the plan has no teams: give the meeting without TEAM=")
                                : L("\(source) names team \(unknown), which is not in the plan; its teams are \(planTeams.map(\.name).listed)"))
        }
        return meetings
    }

    /// `--meeting-every` (or the settings'): how many weeks apart the meetings are,
    /// nil when neither says (each spec's own, 隔週, else weekly). Refused beside a
    /// monthly meeting, which counts no weeks.
    func meetingEvery(_ meetings: TeamMeetings) throws -> Int? {
        guard let e = string("meeting-every") else { return nil }
        guard let weeks = MeetingSpec.weeks(e) else { throw WBError.usage(L("--meeting-every takes a number of weeks like 1w or 2w, not '\(e)'")) }
        if let monthly = meetings.all.first(where: { $0.spec.monthly }) {
            let source = fromSettings.contains("meeting-every") ? L("the settings' meeting-every") : "--meeting-every"
            throw WBError.usage(L("\(source) counts weeks, and the meeting '\(monthly.text)' is monthly: leave one of them out"))
        }
        return weeks
    }

    /// The results of every `--gates FILE`, or nil without the option.
    /// `team`: only that team's rows of a results table with a team column.
    func gateResults(team: String? = nil) throws -> GateResults? {
        guard let paths = values["gates"] else { return nil }
        var r = GateResults()
        for p in paths {
            try r.read(team.map { try teamIndex(p).part($0) } ?? readCompanion(p), milestones: Plan.milestones)
        }
        return r
    }
}
