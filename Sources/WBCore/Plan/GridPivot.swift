extension Grid {
    /// The tasks of a table, pivoted into the grid's cells as they are read (matrix):
    /// each Todo goes straight into its cell's buffer, so memory follows the size of
    /// the grid, not of the rows read. Every row is resolved (a row with a problem
    /// throws, as the full resolver reports it); a row of a milestone that `milestones`
    /// does not list is left out.
    struct Pivot {
        /// The grid's rows: the milestones, in order.
        let milestones: [Term]
        /// Every role the cells may hold, in the vocabulary's order (a cell's column).
        let roles: [Term]
        /// `[id] ` before each Todo (`--ids`).
        let ids: Bool
        /// The cells are written as CSV: kept in CSV's encoding.
        let csvOutput: Bool

        /// What was read: the cells, a block per team in order of first appearance
        /// (one block without `slots`), and the roles some task has (by place in
        /// `roles`).
        struct Result {
            var cells: Grid.Cells
            var used: [Bool]
        }

        /// Reads the rows of `reader` (its header already read). `team`: the rows to
        /// keep (`--team`); `slots`: a block of cells per team, when the table has a
        /// team column and all teams are kept.
        func read(_ reader: TableReader, schema: TaskSchema, resolver: TaskResolver,
                  team: inout TeamFilter, slots: inout Teams.Slots?) throws -> Result {
            var mIndex: [String: Int] = [:]
            for (k, m) in milestones.enumerated() { mIndex[m.id] = k }
            var cells = Grid.Cells(milestones: milestones.count, roles: roles.count, csvEncoded: csvOutput)
            // One block of cells (no teams, or one kept) sized from the file; a block per
            // team grows as it fills, as their number is not known yet.
            if slots == nil, let size = reader.mappedSize { cells.expecting(bytes: size) }
            let csvInput = reader.format == .csv
            // CSV in, CSV out: a Todo goes into its cell as it stood, quotes doubled.
            let csvTokens = csvInput && csvOutput
            var used = [Bool](repeating: false, count: roles.count)
            let milestones = self.milestones
            // Terms are shared instances: find a milestone's row by identity first.
            func index(_ t: Term) -> Int? {
                for (k, x) in milestones.enumerated() where x === t { return k }
                return mIndex[t.id]
            }
            var mRow: [Int] = []
            let (idIx, todoIx) = (schema[.id], schema[.todo])
            let ids = self.ids, csvOutput = self.csvOutput, filtersTeams = !team.keepsAll
            // Rows are read in place: nothing of a row is copied but its Todo, into its cell.
            try reader.forEachRecord { row in
                let fields = row.fields
                if filtersTeams, !team.keeps(fields) { return }
                // The codes' milestone is the resolver's; its row in the grid is found once.
                let codes = try resolver.codes(fields) ?? resolver.codes(of: resolver.resolveStrict(row.record()))
                while mRow.count <= codes.milestone { mRow.append(index(resolver.milestoneTerm(mRow.count)) ?? -1) }
                let mi = mRow[codes.milestone], ri = codes.role
                guard mi >= 0 else { return }
                if !used[ri] { used[ri] = true }
                let t = slots != nil ? slots!.slot(fields) : 0
                func add(_ id: UnsafeBufferPointer<UInt8>?) {
                    cells.add(team: t, milestone: mi, role: ri, id: id, todo: todoIx.map { csvTokens ? fields.csvToken($0) : fields[$0] },
                              plain: fields.isPlain(todoIx), csvPlain: csvInput && fields.isPlain(todoIx), csvToken: csvTokens)
                }
                guard ids else {
                    // A one-line Todo, most of them, straight into its cell: read unquoted,
                    // or as it stood quoted when CSV goes to CSV.
                    if let todoIx {
                        if fields.isPlain(todoIx) {
                            if !csvOutput || csvInput, cells.addLine(team: t, milestone: mi, role: ri, todo: fields[todoIx], in: fields.raw) { return }
                        } else if csvTokens, cells.addToken(team: t, milestone: mi, role: ri, todo: fields.csvToken(todoIx), in: fields.raw) { return }
                    }
                    return add(nil)
                }
                // The id as its bytes stand, unless white space at an edge is trimmed off.
                let f = fields[idIx]
                // An unquoted CSV id holds no line break, comma or quote: with a one-line
                // Todo, straight into its cell. (The choice of path is written out here
                // and above: a local function shared by both, capturing the row, was not
                // inlined, and cost `matrix` 3.3% of its instructions.)
                if csvInput, let todoIx, fields.isPlain(idIx), !f.isEmpty, String.isTrimmed(f) {
                    if fields.isPlain(todoIx) {
                        if cells.addLine(team: t, milestone: mi, role: ri, id: f, todo: fields[todoIx], in: fields.raw) { return }
                    } else if csvTokens, cells.addToken(team: t, milestone: mi, role: ri, id: f, todo: fields.csvToken(todoIx), in: fields.raw) { return }
                }
                var trimmed = String.isTrimmed(f) ? nil : String(decoding: f, as: UTF8.self).trimmed
                if f.isEmpty || trimmed?.isEmpty == true {
                    throw WBError.data(L("--ids needs an id on every task; this one has none"),
                                       at: row.record().location(ofField: idIx ?? 0, file: reader.name))
                }
                // A grid's line cannot hold a line break: the id would not come back.
                func isBreak(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D }
                if trimmed.map({ $0.utf8.contains(where: isBreak) }) ?? f.contains(where: isBreak) {
                    throw WBError.data(L("--ids writes each task's id on its line of the cell; this id has a line break"),
                                       at: row.record().location(ofField: idIx ?? 0, file: reader.name))
                }
                if trimmed == nil { add(f) } else { trimmed!.withUTF8 { add($0) } }
            }
            try team.finish()
            return Result(cells: cells, used: used)
        }
    }
}
