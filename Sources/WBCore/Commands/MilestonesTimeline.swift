/// `wb-milestones timeline`: milestones on a date axis with today marked, and progress
/// per role; `--svg` draws the same as a standalone SVG roadmap.
enum MilestonesTimeline {
    static let spec = CommandSpec("timeline",
        summary: "Draw the milestones on a date axis with today marked and progress per role: a terminal chart, or with --svg a standalone SVG roadmap.",
        options: [
            CommonOptions.tasks, CommonOptions.milestones, CommonOptions.gates, CommonOptions.rules,
            OptionSpec("svg", "write an SVG roadmap instead of the terminal chart"),
            OptionSpec("width", arg: "N", "the axis width in columns (default 56, narrowed to fit a terminal)"),
            OptionSpec("ascii", "draw the chart with ASCII only (. * # -), for a terminal that shows East Asian ambiguous characters (· ◆ █ ░) two columns wide; the default when RUNEWIDTH_EASTASIAN=1"),
            CommonOptions.today, CommonOptions.year, MilestonesIO.startOption, CommonOptions.from, CommonOptions.encoding,
        ],
        examples: ["wb-milestones timeline --tasks share/wb/sample-plan.csv --today 2026-08-05 share/wb/sample-milestones.csv",
                   "wb-milestones timeline --svg --tasks share/wb/sample-plan.csv share/wb/sample-milestones.csv -o roadmap.svg"]) { inv in
        if inv.flag("svg") && inv.flag("ascii") {
            throw WBError.usage(L("--ascii draws the terminal chart and --svg writes an SVG roadmap: give one of them"))
        }
        let mt = try MilestonesIO.load(inv)
        let today = try inv.today()
        let rows = try MilestonesIO.progress(inv, mt, tasksPath: inv.string("tasks"), today: today)
        let dates = rows.compactMap { $0.entry.date }
        guard let last = dates.max() else {
            throw WBError.data(L("no milestone has a date: nothing to draw"), at: SourceLocation(file: mt.table.name))
        }
        let start = try MilestonesIO.start(inv, mt.set) ?? dates.min()!
        let (from, to) = TimelinePicture.span(start: start, last: last, today: today)
        if inv.flag("svg") {
            inv.stdout.write(TimelinePicture.svg(rows, from: from, to: to, today: today))
        } else {
            let given = try inv.int("width", min: 20)
            if let given, given > 1000 { throw WBError.usage(L("--width takes 20 to 1000 columns, not \(given)")) }
            // A terminal set to show ambiguous characters wide says so to the programs
            // that follow go-runewidth's convention (RUNEWIDTH_EASTASIAN=1).
            let ascii = inv.flag("ascii") || TextWrap.ambiguousWide(env: inv.env)
            // On a terminal, without --width: fitted to its width (COLUMNS first, as
            // ls reads it), so that no line wraps.
            inv.stdout.write(TimelinePicture.text(rows, from: from, to: to, today: today, width: given ?? 56,
                                                  showRoles: inv.string("tasks") != nil, columns: given == nil ? inv.stdout.columns(env: inv.env) : nil,
                                                  glyphs: ascii ? .ascii : .unicode))
        }
        return .ok
    }
}
