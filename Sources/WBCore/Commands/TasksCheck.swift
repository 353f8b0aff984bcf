/// `wb-tasks check`: schema problems and the workshop's group review, as findings.
enum TasksCheck {
    static let spec = CommandSpec("check",
        summary: "Check the plan: schema problems and the workshop's group-review questions. Findings go to stdout as a table; exit 1 on an error (with --strict, on a warning).",
        options: [
            CommonOptions.milestones,
            CommonOptions.today, CommonOptions.year, CommonOptions.daysOff,
            OptionSpec("strict", "exit 1 on warnings too"), CommonOptions.rules, CommonOptions.labels, FindingsReport.formatOption,
        ] + CommonOptions.table,
        examples: ["wb-tasks check --milestones share/wb/sample-milestones.csv share/wb/sample-plan.csv",
                   "wb-tasks check --today 2026-09-01 --strict plan.csv"], tasksAreInput: true) { inv in
        let reader = try inv.openTable(inv.inputPath())
        let (header, schema) = try TasksIO.header(reader)
        let resolver = try TasksIO.resolver(inv, schema: schema, file: reader.name)
        let rules = try ReviewRules.parse(inv.string("rules"))
        var findings = FindingList()
        findings.storesAll = FindingsReport.writesLines(inv)
        // Findings written as lines give the column of the field they are about.
        var places = findings.storesAll ? FindingPlaces(schema: schema) : nil
        var team = inv.teamFilter(header, file: reader.name)
        // With a team column, each task's team. Without --team every rule is applied
        // per team; with it, to the team's tasks alone.
        let allTeams = team.keepsAll
        var slots = Teams.column(header).map { Teams.Slots(inv.teams, column: $0) }
        let reading = try Review.read(reader, schema: schema, resolver: resolver, team: &team, slots: &slots,
                                      places: &places, into: &findings)
        let (plan, teamOf) = (reading.plan, reading.teamOf)
        findings.places = places
        let today = try inv.today()
        // The plan's days off, for the due dates ahead on one (unless that rule is off):
        // each team's own besides, where it has some. A team they name must be one of
        // the plan's (every team's rows are read, with --team too).
        let groups = slots.map { $0.names.map { Teams.Group(key: inv.teams.key($0), name: $0, rows: []) } } ?? []
        var daysOff = rules.on("day-off") ? try inv.daysOff(anchor: resolver.dates.anchor, planTeams: groups) : nil
        if !allTeams, let key = inv.teamKey { daysOff = daysOff?.forTeam(key) }
        let messages = Review.Messages(plan, header: header, schema: schema, daysOff: daysOff ?? DaysOff(japan: false))
        if let slots {
            let keys = slots.names.map { inv.teams.key($0) }
            let ahead = Review.daysOffAhead(plan, today: today, daysOff, teams: keys)
            // --team: the team's slot (its rows were read, or finish() has thrown).
            let only = allTeams ? nil : keys.firstIndex(of: inv.teamKey ?? "")
            try Review.perTeam(plan, teamOf: teamOf, names: slots.names, only: only, today: today, daysOff: ahead.maps,
                               dates: resolver.dates, schema: schema, inv: inv, into: &findings)
            if allTeams {
                findings.teamNames = slots.names
                messages.teamDaysOff = ahead.byTeam
            }
        } else {
            Review.run(plan, members: Array(0..<Int32(plan.count)), milestones: resolver.milestones, today: today,
                       daysOff: daysOff.flatMap { Review.daysOffAhead(plan, today: today, $0) }, schema: schema, roles: inv.roles, into: &findings)
        }
        findings.messages = messages
        return try FindingsReport.write(findings, inv, format: reader.format, strict: inv.flag("strict"), rules: rules, file: reader.name)
    }
}

