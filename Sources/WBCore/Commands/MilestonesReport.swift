/// `wb-milestones report`: the one-page status for the weekly meeting or a milestone's
/// CXO report, in Markdown. Assembly and rendering live in Report/.
enum MilestonesReport {
    static let spec = CommandSpec("report",
        summary: "A one-page report of the plan in Markdown (CommonMark with tables): headline, milestones with their gates, the timeline, decisions needed, overdue and blocked tasks with owners, what changed since the last report (--since), and the next two weeks.",
        options: [
            CommonOptions.tasks, CommonOptions.milestones, CommonOptions.gates,
            OptionSpec("market", arg: "FILE", "results of wb-score market: M3's verdict, and a decision when the market is below N times the cost"),
            OptionSpec("since", arg: "FILE", "the tasks file of the last report: what is done, added, removed, moved or reopened since"),
            OptionSpec("milestone", short: "m", arg: "M", "the report for this milestone's CXO meeting (default: the progress report)"),
            CommonOptions.rules, CommonOptions.today, CommonOptions.year, MilestonesIO.startOption, CommonOptions.encoding,
        ],
        examples: ["wb-milestones report --tasks share/wb/sample-plan.csv --today 2026-08-05 share/wb/sample-milestones.csv"]) { inv in
        let mt = try MilestonesIO.load(inv)
        let today = try inv.today()
        var rows = try MilestonesIO.progress(inv, mt, tasksPath: inv.string("tasks"), today: today)
        let market = try inv.string("market").map { p -> GateResults in var g = GateResults(); try g.read(inv.readCompanion(p)); return g }
        if let market {
            if let o = market.outcome("M3"), let i = rows.firstIndex(where: { $0.entry.term.id == "M3" }), rows[i].gate == nil {
                rows[i].gate = o
                rows[i].gated = true
                rows[i].gatesGiven = true
            }
        }
        var focus: String?
        if let id = inv.string("milestone") {
            guard let t = mt.set.term(for: id), mt.set.entry(t.id) != nil else {
                throw WBError.usage(L("--milestone \(id) is not in \(mt.table.name)") + Suggest.clause(id, among: mt.set.entries.map(\.term.id)))
            }
            focus = t.id
        }
        let start = try MilestonesIO.start(inv, mt.set)
        let ctx = try inv.dateContext(anchor: start ?? inv.fallbackAnchor())
        let tasks = try inv.string("tasks").map { try inv.readCompanion($0) }
        let since = try inv.string("since").map { try inv.readCompanion($0) }
        if since != nil && tasks == nil { throw WBError.usage(L("--since compares two tasks files: give --tasks FILE too")) }
        let report = try PlanReport.build(milestones: rows, set: mt.set, tasks: tasks, since: since, dates: ctx, roles: inv.roles,
                                          today: today, focus: focus, market: market)
        let name = inv.settings?[.name]
        let title: String
        if let focus, let e = mt.set.entry(focus) {
            title = L("CXO report: \(focus) \(e.name)") + " (\(today.iso))"
        } else {
            title = (name.map { L("Progress report: \($0)") } ?? L("Progress report")) + " (\(today.iso))"
        }
        var picture: String?
        let dates = rows.compactMap { $0.entry.date }
        if let last = dates.max() {
            let (from, to) = MilestonesTimeline.span(start: start ?? dates.min()!, last: last, today: today)
            picture = MilestonesTimeline.text(rows, from: from, to: to, today: today, width: 56, showRoles: tasks != nil)
        }
        inv.stdout.write(MarkdownReport.render(report, title: title, picture: picture))
        return .ok
    }
}
