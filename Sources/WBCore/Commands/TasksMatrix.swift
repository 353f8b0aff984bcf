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
        // Streams: each Todo goes straight into its cell's buffer, so memory follows the
        // size of the grid, not of the rows read.
        let reader = try inv.openTable(inv.inputPath())
        let (header, schema) = try TasksIO.header(reader)
        let resolver = try TasksIO.resolver(inv, schema: schema, file: reader.name)
        let labels = try TasksIO.labels(inv)
        let ids = inv.flag("ids")
        if ids && schema[.id] == nil {
            throw WBError.data(L("--ids needs an 'id' column; add one (wb-tasks add numbers new tasks)"), at: SourceLocation(file: reader.name, line: 1, column: 1))
        }
        let milestones = TasksIO.milestoneTerms(resolver.milestones)
        var mIndex: [String: Int] = [:]
        for (k, m) in milestones.enumerated() { mIndex[m.id] = k }
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
        var cells = Grid.Cells(milestones: milestones.count, roles: allRoles.count, csvEncoded: writeOptions.format == .csv)
        let csvInput = reader.format == .csv
        // CSV in, CSV out: a Todo goes into its cell as it stood, quotes doubled.
        let csvTokens = csvInput && writeOptions.format == .csv
        var used = [Bool](repeating: false, count: allRoles.count)
        // Terms are shared instances: find a milestone's row by identity first.
        func index(_ t: Term, _ terms: [Term], _ byID: [String: Int]) -> Int? {
            for (k, x) in terms.enumerated() where x === t { return k }
            return byID[t.id]
        }
        var mRow: [Int] = []
        let (idIx, todoIx) = (schema[.id], schema[.todo])
        // Rows are read in place: nothing of a row is copied but its Todo, into its cell.
        try reader.forEachRecord { row in
            let fields = row.fields
            if !team.keeps(fields) { return }
            // The codes' milestone is the resolver's; its row in the grid is found once.
            let codes = try resolver.codes(fields) ?? resolver.codes(of: resolver.resolveStrict(row.record()))
            while mRow.count <= codes.milestone { mRow.append(index(resolver.milestoneTerm(mRow.count), milestones, mIndex) ?? -1) }
            let mi = mRow[codes.milestone], ri = codes.role
            guard mi >= 0 else { return }
            used[ri] = true
            let t = slots != nil ? slots!.slot(fields) : 0
            func add(_ id: UnsafeBufferPointer<UInt8>?) {
                cells.add(team: t, milestone: mi, role: ri, id: id, todo: todoIx.map { csvTokens ? fields.csvToken($0) : fields[$0] },
                          plain: fields.isPlain(todoIx), csvPlain: csvInput && fields.isPlain(todoIx), csvToken: csvTokens)
            }
            guard ids else { return add(nil) }
            // The id as its bytes stand, unless white space at an edge is trimmed off.
            let f = fields[idIx]
            var trimmed = String.isTrimmed(f) ? nil : String(decoding: f, as: UTF8.self).trimmed
            if f.isEmpty || trimmed?.isEmpty == true {
                throw WBError.data(L("--ids needs an id on every task; this one has none"), at: SourceLocation(file: reader.name, line: row.line))
            }
            if trimmed == nil { add(f) } else { trimmed!.withUTF8 { add($0) } }
        }
        try team.finish()
        let roles: [Term]
        if let l = inv.list("roles") {
            roles = try l.map { s in
                guard let t = inv.roles.lookup(s) else { throw WBError.usage("--roles: " + Roles.unknownMessage(s, inv.roles)) }
                return t
            }
        } else {
            roles = Grid.defaultRoles(allRoles, declared: inv.settings?.declaredRoles ?? [], used: used)
        }
        let writer = TableWriter(inv.stdout, writeOptions)
        let teamLabel = teamColumn.map { header.string($0) }
        writer.write((teamLabel.map { [Grid.teamHeader($0, labels: labels)] } ?? []) + Grid.header(roles: roles, labels: labels))
        Grid.writeRows(cells, teams: teamColumn == nil ? nil : slots?.names ?? [], milestones: milestones,
                       label: { Grid.rowLabel($0, labels: labels, set: resolver.milestones) },
                       roles: roles.map { rIndex[$0.id]! }, safe: inv.flag("safe"), to: writer)
        if let w = cells.cutWarning(roles: roles.map { (rIndex[$0.id]!, $0) }, milestones: milestones,
                                    teams: teamColumn == nil ? nil : slots?.names ?? []) {
            inv.warn(w)
        }
        return .ok
    }
}
