/// `wb-tasks unmatrix`: the grid back to tasks, or merged into the tasks it came from.
enum TasksUnmatrix {
    static let spec = CommandSpec("unmatrix",
        summary: "Turn a role x milestone grid back into tasks. With --base, merge the edited grid into the tasks it came from.",
        options: [
            OptionSpec("base", arg: "TASKS", "merge into this tasks file: unchanged tasks stay byte for byte"),
            CommonOptions.labels,
            CommonOptions.milestones,
            CommonOptions.today, CommonOptions.year,
        ] + CommonOptions.table,
        examples: ["wb-tasks matrix --ids plan.csv > grid.csv; wb-tasks unmatrix --base plan.csv grid.csv -o plan.csv",
                   "wb-tasks unmatrix room-grid.csv > tasks.csv"]) { inv in
        let grid = try inv.readTable(inv.inputPath())
        var g = GridMerge(roles: inv.roles, teams: inv.teams, team: inv.string("team"),
                          milestones: try inv.planContext().milestones,
                          warn: { inv.warn($0, at: $1) }, note: { inv.note($0, at: $1) })
        let items = try g.parse(grid)
        if let basePath = inv.string("base") {
            let base = try inv.readCompanion(basePath)
            let schema = try TaskSchema(header: base.header, file: base.name, required: [.id, .milestone, .role, .todo])
            let resolver = try TasksIO.resolver(inv, schema: schema, file: base.name)
            try GridMerge.checkEncodable(items, in: base.encoding)
            // The plan merged into, as it was written: encoding, line endings, BOM
            // (what was merged said once it is).
            return try inv.writing(in: base.encoding, bigEndian: base.bigEndian, name: base.name) {
                let out = TableWriter(inv.stdout, try inv.writeOptions(input: base.format).keeping(base.lineEnding, bom: base.hadBOM))
                try g.merge(items, grid: grid, into: base, schema: schema, resolver: resolver, out: out)
                return .ok
            }
        }
        let writer = TableWriter(inv.stdout, try inv.writeOptions(input: grid.format))
        try g.tasks(items, labels: try TasksIO.labels(inv), out: writer)
        return .ok
    }
}

