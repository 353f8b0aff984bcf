/// `wb-milestones check`: the timeline's rules, as findings.
enum MilestonesCheck {
    static let spec = CommandSpec("check",
        summary: "Check the milestones: order M1 <= M2 <= M3 <= M4, fans within 3 months and the press release within 6 months of the start, Who/What/How present, gates readable, dates valid and on working days.",
        options: [CommonOptions.milestones, CommonOptions.tasks, CommonOptions.gates, CommonOptions.rules, MilestonesIO.startOption, CommonOptions.daysOff, CommonOptions.today, CommonOptions.year, MilestonesIO.clamp,
                  OptionSpec("strict", "exit 1 on warnings too"), CommonOptions.labels, FindingsReport.formatOption] + CommonOptions.table,
        examples: ["wb-milestones check --start 2026-07-01 share/wb/sample-milestones.csv"]) { inv in
        // The plan's teams (of the whole table, with --team too): those a team's own
        // days off may name, as wb-ics and the report take them.
        let (mt, planTeams) = try MilestonesIO.loadWithTeams(inv)
        let rules = try ReviewRules.parse(inv.string("rules"))
        let tasks = try inv.string("tasks").map { try inv.scoped(inv.readCompanion($0)) }
        var f: [Finding] = []
        // A milestones table with a team column: each team's milestones (its rows and the
        // shared ones) are checked on their own, each finding naming the team.
        if inv.teamKey == nil, Teams.column(mt.table.header) != nil, let parts = inv.teams.parts(milestones: mt.table, tasks: tasks) {
            for part in parts {
                for var x in try findings(inv, MilestonesIO.table(inv, part.milestones), tasks: part.tasks, team: part.key, planTeams: planTeams) {
                    x.team = part.name
                    f.append(x)
                }
            }
        } else {
            f = try findings(inv, mt, tasks: tasks, team: inv.teamKey, planTeams: planTeams)
        }
        return try FindingsReport.write(f.filter { rules.on($0.rule) }, inv, format: mt.table.format, strict: inv.flag("strict"),
                                        file: mt.table.name)
    }

    /// The milestone rules on one team's table (or the whole plan's), M1's tasks read
    /// only when M1 comes before the start; a team's milestones (`team`, its key) on
    /// its days off, its own among them.
    static func findings(_ inv: Invocation, _ mt: MilestoneTable, tasks: Table?, team: String?, planTeams: [Teams.Group]?) throws -> [Finding] {
        let start = try MilestonesIO.start(inv, mt.set)
        let daysOff = try inv.daysOff(anchor: start ?? mt.set.impliedStart, planTeams: planTeams).forTeam(team)
        return try MilestoneReview.findings(mt, start: start, daysOff: daysOff) {
            guard let tasks else { return false }
            let rows = try MilestonesIO.progress(inv, mt, tasks: tasks, today: try inv.today())
            return MilestoneProgress.states(rows)["M1"]?.state == "done"
        }
    }
}
