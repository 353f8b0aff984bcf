/// `wb-tasks matrix`: tasks to the role × milestone grid.
enum TasksMatrix {
    static let spec = CommandSpec("matrix",
        summary: "Pivot tasks to the role x milestone grid: a row per milestone, a column per role, each cell the Todos one per line.",
        options: [
            OptionSpec("ids", "prefix each Todo with its [id] so an edited grid merges back (unmatrix --base)"),
            OptionSpec("roles", arg: "LIST", "the role columns, in order (default: pm,dev,ds, the roles the settings declare, and any other role in use)"),
            CommonOptions.milestones,
            CommonOptions.labels,
            OptionSpec("safe", "guard cells starting with = + - @ with a leading apostrophe (formula injection)"),
            CommonOptions.today, CommonOptions.year,
        ] + CommonOptions.table,
        examples: ["wb-tasks matrix --ids share/wb/sample-plan.csv -o grid.csv",
                   "wb-tasks matrix --labels ja --roles pm,dev,ds plan.csv"]) { inv in
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
        // appearance, each cell's buffer in its team's block.
        var team = inv.teamFilter(header, file: reader.name)
        let teamColumn = team.keepsAll ? Teams.column(header) : nil
        var slots = teamColumn.map { Teams.Slots(inv.teams, column: $0) }
        let block = milestones.count * allRoles.count
        // A cell's buffer grows by realloc, which moves its pages instead of copying them.
        var cells = (0..<(teamColumn == nil ? block : 0)).map { _ in ByteBuffer(capacity: 64) }
        var used = [Bool](repeating: false, count: allRoles.count)
        // Terms are shared instances: find a milestone's row by identity first.
        func index(_ t: Term, _ terms: [Term], _ byID: [String: Int]) -> Int? {
            for (k, x) in terms.enumerated() where x === t { return k }
            return byID[t.id]
        }
        var mRow: [Int] = []
        var rec = Record()
        let (idIx, todoIx) = (schema[.id], schema[.todo])
        while try reader.next(into: &rec) {
            if !team.keeps(rec) { continue }
            // The codes' milestone is the resolver's; its row in the grid is found once.
            let codes = try resolver.codes(rec) ?? resolver.codes(of: resolver.resolveStrict(rec))
            while mRow.count <= codes.milestone { mRow.append(index(resolver.milestoneTerm(mRow.count), milestones, mIndex) ?? -1) }
            let mi = mRow[codes.milestone], ri = codes.role
            guard mi >= 0 else { continue }
            used[ri] = true
            var c = mi * allRoles.count + ri
            if slots != nil {
                let t = slots!.slot(rec)
                if t * block >= cells.count { cells += (0..<block).map { _ in ByteBuffer(capacity: 64) } }
                c += t * block
            }
            let cell = cells[c]
            if !cell.isEmpty { cell.append(0x0A) }
            if ids {
                let id = rec.text(idIx).trimmed
                if id.isEmpty {
                    throw WBError.data(L("--ids needs an id on every task; this one has none"), at: SourceLocation(file: reader.name, line: rec.line))
                }
                cell.append(0x5B)
                cell.append(id)
                cell.append(0x5D); cell.append(0x20)
            }
            if let ti = todoIx { rec.withFields { Grid.appendItem($0[ti], to: cell) } }
        }
        try team.finish()
        let roles: [Term]
        if let l = inv.list("roles") {
            roles = try l.map { s in
                guard let t = inv.roles.lookup(s) else { throw WBError.usage("--roles: " + Roles.unknownMessage(s, inv.roles)) }
                return t
            }
        } else {
            let declared = Set(inv.settings?.extraRoles.map(\.id) ?? [])
            roles = allRoles.enumerated().filter { ["pm", "dev", "ds"].contains($0.element.id) || declared.contains($0.element.id) || used[$0.offset] }.map(\.element)
        }
        let writer = TableWriter(inv.stdout, try inv.writeOptions(input: reader.format))
        let teamLabel = teamColumn.map { header.string($0) }
        writer.write((teamLabel.map { [Grid.teamHeader($0, labels: labels)] } ?? []) + Grid.header(roles: roles, labels: labels))
        let safe = inv.flag("safe")
        let teamNames = slots?.names ?? []
        // Rows are written field by field: a cell's bytes go from its buffer into the
        // output row (a grid row of a million tasks is tens of megabytes).
        for t in 0..<(teamColumn == nil ? 1 : teamNames.count) {
            for (mi, m) in milestones.enumerated() {
                if teamColumn != nil { writer.field(teamNames[t]) }
                writer.field(Grid.rowLabel(m, labels: labels, set: resolver.milestones))
                for role in roles {
                    let bytes = cells[t * block + mi * allRoles.count + rIndex[role.id]!].bytes
                    // Only a cell that starts with an apostrophe (or --safe) can need a
                    // guard; the others go out as their bytes.
                    if safe || bytes.first == 0x27 { writer.field(Grid.cell(String(decoding: bytes, as: UTF8.self), safe: safe)) }
                    else { writer.field(bytes) }
                }
                writer.endRow()
            }
        }
        return .ok
    }
}
