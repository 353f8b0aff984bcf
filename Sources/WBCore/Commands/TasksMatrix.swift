/// `wb-tasks matrix`: tasks to the role × milestone grid.
enum TasksMatrix {
    static let spec = CommandSpec("matrix",
        summary: "Pivot tasks to the role x milestone grid: a row per milestone, a column per role, each cell the Todos one per line.",
        options: [
            OptionSpec("ids", "prefix each Todo with its [id], so that a Todo edited in the grid stays its task (unmatrix --base)"),
            OptionSpec("roles", arg: "LIST", "the role columns, in order (default: pm,dev,ds, the roles the settings declare, and any other role in use)", plan: .roles),
            CommonOptions.milestones,
            CommonOptions.labels,
            OptionSpec("safe", "guard cells starting with = + - @ with a leading apostrophe (formula injection)"),
            CommonOptions.today, CommonOptions.year,
        ] + CommonOptions.table,
        examples: ["wb-tasks matrix --ids share/wb/sample-plan.csv -o grid.csv",
                   "wb-tasks matrix --labels ja --roles pm,dev,ds plan.csv"], tasksAreInput: true) { inv in
        let reader = try inv.openTable(inv.inputPath())
        let (header, schema) = try TasksIO.header(reader)
        let resolver = try TasksIO.resolver(inv, schema: schema, file: reader.name)
        let labels = try TasksIO.labels(inv)
        let ids = inv.flag("ids")
        if ids && schema[.id] == nil {
            throw WBError.data(L("--ids needs an 'id' column; add one (wb-tasks add numbers new tasks)"), at: SourceLocation(file: reader.name, line: 1, column: 1))
        }
        let milestones = TasksIO.milestoneTerms(resolver.milestones)
        let allRoles = inv.roles.terms
        var rIndex: [String: Int] = [:]
        for (k, r) in allRoles.enumerated() { rIndex[r.id] = k }
        // With a team column and no --team: one grid per team, in order of first
        // appearance (`Grid.Cells` keeps a block of cells per team).
        var team = inv.teamFilter(header, file: reader.name)
        let teamColumn = team.keepsAll ? Teams.column(header) : nil
        var slots = teamColumn.map { Teams.Slots(inv.teams, column: $0) }
        let writeOptions = try inv.writeOptions(input: reader.format)
        // For CSV output the cells are kept encoded, and written as they stand.
        let pivot = Grid.Pivot(milestones: milestones, roles: allRoles, ids: ids, csvOutput: writeOptions.format == .csv)
        let read = try pivot.read(reader, schema: schema, resolver: resolver, team: &team, slots: &slots)
        let roles: [Term]
        if let l = inv.list("roles") {
            roles = try l.map { s in
                guard let t = inv.roles.lookup(s) else { throw WBError.usage("--roles: " + Roles.unknownMessage(s, inv.roles)) }
                return t
            }
        } else {
            roles = Grid.defaultRoles(allRoles, declared: inv.settings?.declaredRoles ?? [], used: read.used)
        }
        let writer = TableWriter(inv.stdout, writeOptions)
        let teamLabel = teamColumn.map { header.string($0) }
        writer.write((teamLabel.map { [Grid.teamHeader($0, labels: labels)] } ?? []) + Grid.header(roles: roles, labels: labels))
        Grid.writeRows(read.cells, teams: teamColumn == nil ? nil : slots?.names ?? [], milestones: milestones,
                       label: { Grid.rowLabel($0, labels: labels, set: resolver.milestones) },
                       roles: roles.map { rIndex[$0.id]! }, safe: inv.flag("safe"), to: writer)
        let placed = roles.map { (rIndex[$0.id]!, $0) }, teamNames = teamColumn == nil ? nil : slots?.names ?? []
        if let w = read.cells.cutWarning(roles: placed, milestones: milestones, teams: teamNames) { inv.warn(w) }
        if let w = read.cells.headlessWarning(roles: placed, milestones: milestones, teams: teamNames) { inv.warn(w, at: SourceLocation(file: reader.name)) }
        return .ok
    }
}
