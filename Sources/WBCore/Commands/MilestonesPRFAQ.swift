/// `wb-milestones prfaq`: the PR/FAQ draft with the numbers filled from wb-score's
/// results. The template and the filling live in Report/PRFAQ.
enum MilestonesPRFAQ {
    static let spec = CommandSpec("prfaq",
        summary: "Write the PR/FAQ draft in Markdown: the places the numbers answer (the market and the share behind the investment decision, what the mock testers did, the top question's yearly cost, the price in the resource-cost FAQ) are filled from wb-score's results, and from the plan the release date (M4's), who does what by when and the hardest tasks (--tasks); the others stay as [placeholders]. Without results, the blank template.",
        options: [
            OptionSpec("market", arg: "FILE", "results of wb-score market: the market, the price and the share the investment decision needs"),
            CommonOptions.gates,
            MilestonesIO.impact,
            CommonOptions.tasks,
            CommonOptions.milestones, CommonOptions.year, MilestonesIO.startOption, CommonOptions.encoding,
        ],
        examples: ["wb-milestones prfaq --lang en",
                   "wb-score market share/wb/sample-market.csv -o market.csv; wb-milestones prfaq --market market.csv --lang en"]) { inv in
        // One team's draft: results of several teams need --team.
        func results(_ path: String) throws -> Table {
            let t = try inv.scoped(inv.readCompanion(path))
            if inv.teamKey == nil, let g = inv.teams.groups(t), g.count > 1 {
                throw WBError.usage(L("\(path) holds the results of \(g.count) teams: a PR/FAQ is one team's, give --team (\(g.map(\.name).joined(separator: ", ")))"))
            }
            return t
        }
        let market = try inv.string("market").map { try ScoreTable(results($0), command: "market", needs: ["value", "ratio", "verdict"]) }
        let gates = try inv.values["gates"].map { paths -> ScoreTable in
            guard paths.count == 1 else { throw WBError.usage(L("prfaq quotes one gate result: give --gates once")) }
            return try ScoreTable(results(paths[0]), command: "gate", needs: ["n", "solved", "purchased", "solved_rate", "verdict"])
        }
        let impact = try inv.string("impact").map { try ScoreTable(results($0), command: "impact", needs: ["per_year", "rank"]) }
        var decision: MilestoneSet.Entry?
        var names: [String] = []
        var entries: [MilestoneSet.Entry] = []
        var tasks: [TaskRow]?
        let tasksTable = try inv.string("tasks").map { try results($0) }
        if try MilestonesIO.milestonesPath(inv) != nil {
            let mt = try MilestonesIO.load(inv)
            decision = mt.set.entry("M3")
            entries = mt.set.entries
            names = entries.map(\.name)
            if let t = tasksTable {
                let ctx = try inv.dateContext(anchor: MilestonesIO.start(inv, mt.set) ?? inv.fallbackAnchor())
                tasks = try TaskResolver.tasks(of: t, dates: ctx, milestones: mt.set, roles: inv.roles)
            }
        } else if tasksTable != nil {
            throw WBError.usage(L("--tasks needs the milestones table the tasks belong to: give --milestones FILE or keep it in the settings"))
        }
        for t in [market, gates, impact].compactMap({ $0 }) { names += (0..<t.count).map { t.name($0) } }
        names += tasksTable?.todoTexts ?? []
        // The draft is in the plan's language unless --lang or the settings choose.
        let lang = inv.documentLang { names }
        let text = Lang.$current.withValue(lang) {
            PRFAQ.render(.init(market: market, gates: gates, impact: impact, decision: decision, milestones: entries, tasks: tasks))
        }
        inv.stdout.write(text)
        return .ok
    }
}
