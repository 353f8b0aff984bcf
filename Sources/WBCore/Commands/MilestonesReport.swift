/// `wb-milestones report`: the one-page status for the weekly meeting or a milestone's
/// CXO report, in Markdown or standalone HTML. Assembly and rendering live in Report/.
enum MilestonesReport {
    static let format = OptionSpec("format", arg: "FMT", "md (CommonMark with tables) or html (one standalone page); default: by -o's extension, else md", values: ["md", "html"])
    static let limit = OptionSpec("limit", arg: "N", "how many tasks each list names before a line counts the rest (default 30, a page's worth; 0 names them all)")

    static let spec = CommandSpec("report",
        summary: "A one-page report of the plan in Markdown or standalone HTML: headline, milestones with their gates, the timeline, decisions needed, overdue and blocked tasks with owners, what changed since the last report (--since), and the next two weeks (or up to a monthly meeting). In the plan's language unless --lang or the settings say otherwise.",
        options: [
            CommonOptions.tasks, CommonOptions.milestones, CommonOptions.gates,
            OptionSpec("market", arg: "FILE", "results of wb-score market: M3's verdict, its numbers, and a decision when the market is below N times the cost"),
            MilestonesIO.impact,
            OptionSpec("invent", arg: "FILE", "results of wb-score invent: the top-ranked invention"),
            OptionSpec("since", arg: "FILE", "the tasks file of the last report: what is done, added, removed, moved, reopened, blocked, unblocked, started or fell late since"),
            OptionSpec("milestone", short: "m", arg: "M", "the report for this milestone's CXO meeting (default: the progress report)", values: OptionSpec.Values.milestones, plan: .milestones),
            CommonOptions.meeting, CommonOptions.meetingEvery, CommonOptions.firstMeeting, CommonOptions.daysOff, format, limit, CommonOptions.rules, CommonOptions.today, CommonOptions.year, MilestonesIO.startOption, CommonOptions.encoding,
        ],
        examples: ["wb-milestones report --tasks share/wb/sample-plan.csv --today 2026-08-05 share/wb/sample-milestones.csv",
                   "wb-milestones report --format html --tasks share/wb/sample-plan.csv --today 2026-08-05 share/wb/sample-milestones.csv -o report.html"]) { inv in
        let html = try htmlFormat(inv)
        let (mt, planTeams) = try MilestonesIO.loadWithTeams(inv)
        let whole = try inv.string("tasks").map { try inv.readCompanion($0) }
        // One team's report: the other teams' tasks too, for what its tasks wait on
        // there (the table grouped by team once, for both).
        let index = inv.teamKey == nil ? nil : whole.map { TeamIndex($0, teams: inv.teams) }
        let tasks = try whole.map { try inv.scoped($0, index: index) }
        let elsewhere = inv.teamKey.flatMap { key in index.map { $0.others(key) } }
        // The report is for the plan's readers: in its language unless asked otherwise.
        let lang = inv.documentLang { mt.set.entries.map(\.name) + (tasks?.todoTexts ?? []) }
        let page = try inv.inDocumentLanguage(lang) { try render(inv, mt, planTeams, tasks, elsewhere: elsewhere, html: html) }
        inv.stdout.write(page)
        return .ok
    }

    static func render(_ inv: Invocation, _ mt: MilestoneTable, _ planTeams: [Teams.Group], _ tasks: Table?, elsewhere: Table? = nil,
                       html: Bool) throws -> String {
        let today = try inv.today()
        var rows = try MilestonesIO.progress(inv, mt, tasks: tasks, today: today)
        let marketTable = try inv.string("market").map { try inv.scoped(inv.readCompanion($0)) }
        let market = try marketTable.flatMap { try PlanReport.judgeM3(&rows, market: $0, teams: inv.teams) }
        let scores = try PlanReport.Scores(
            market: marketTable.map { try ScoreTable($0, command: "market", needs: ["value", "ratio", "verdict"]) },
            impact: inv.string("impact").map { try ScoreTable(inv.scoped(inv.readCompanion($0)), command: "impact", needs: ["per_year_text", "rank"]) },
            invent: inv.string("invent").map { try ScoreTable(inv.scoped(inv.readCompanion($0)), command: "invent", needs: ["impact_per_difficulty", "rank"]) })
        var focus: String?
        if let id = inv.string("milestone") {
            guard let t = mt.set.term(for: id), mt.set.entry(t.id) != nil else {
                throw WBError.usage(L("--milestone \(id) is not in \(mt.table.name)") + Suggest.clause(id, among: mt.set.entries.map(\.term.id)))
            }
            focus = t.id
        }
        let start = try MilestonesIO.start(inv, mt.set)
        let ctx = try inv.dateContext(anchor: start ?? inv.fallbackAnchor())
        let since = try inv.string("since").map { try inv.scoped(inv.readCompanion($0)) }
        if since != nil && tasks == nil { throw WBError.usage(L("--since compares two tasks files: give --tasks FILE too")) }
        // What fell late since the last report: since the meeting before today, as
        // --meeting or the settings have it (weekly when neither names one; with
        // --team, the team's own when it has one, and without it each team's tasks
        // by their team's own); one every few weeks keeps to the weeks of the
        // calendar's first meeting, as wb-ics lays it out (--meeting-every,
        // --first-meeting, else the first such weekday after the plan's start).
        let meetings = try inv.teamMeetings(planTeams: planTeams)
        let meeting = meetings.spec(forTeam: inv.teamKey, teams: inv.teams)
        let every = try inv.meetingEvery(meetings) ?? 1
        let first = try inv.dateOption("first-meeting", ctx) ?? PlanCalendar.firstMeetingFrom(start: start, mt.set)
        // The plan's days off; with --team, the team's own too.
        let planDaysOff = try inv.daysOff(anchor: start ?? mt.set.impliedStart, planTeams: planTeams)
        let daysOff = inv.teamKey.map { planDaysOff.forTeam($0) } ?? planDaysOff
        let held = meeting?.held(around: today, daysOff: daysOff, every: every, first: first)
        // The report of every team: a team's tasks fell late since its own meeting.
        let teamHeld = inv.teamKey != nil ? [:]
            : meetings.held(around: today, keys: planTeams.map(\.key), teams: inv.teams, daysOff: planDaysOff, every: every, first: first)
        let report = try PlanReport.build(milestones: rows, set: mt.set, tasks: tasks, since: since, dates: ctx, roles: inv.roles,
                                          today: today, focus: focus, market: market, start: start, scores: scores,
                                          daysOff: daysOff, sinceDays: held?.since ?? 7,
                                          teamSinceDays: teamHeld.isEmpty ? nil : { teamHeld[inv.teams.key($0)]?.since }, nextMeeting: held?.next,
                                          teamDaysOff: inv.teamKey != nil ? [] : planTeams.filter { planDaysOff.teamHasOwn($0.key) }.map { ($0.name, planDaysOff.forTeam($0.key)) },
                                          namesTeams: inv.teamKey == nil, elsewhere: elsewhere)
        let limit = try inv.int("limit", min: 0) ?? PlanReport.listed
        let doc = report.document(title: PlanReport.title(focus: focus.flatMap { mt.set.entry($0) }, plan: inv.settings?[.name],
                                                         team: inv.teamName(in: mt.table), today: today),
                                  limit: limit == 0 ? nil : limit)
        return html ? HTMLReport.render(doc) : MarkdownReport.render(doc)
    }

    /// `--format`, else `-o`'s extension (.html, .htm), else Markdown.
    static func htmlFormat(_ inv: Invocation) throws -> Bool {
        if let f = inv.string("format") {
            switch f.trimmed.lowercased() {
            case "md", "markdown": return false
            case "html", "htm": return true
            default: throw WBError.usage(L("--format takes md or html, not '\(f)'"))
            }
        }
        let out = (inv.string("output") ?? "").lowercased()
        return out.hasSuffix(".html") || out.hasSuffix(".htm")
    }
}
