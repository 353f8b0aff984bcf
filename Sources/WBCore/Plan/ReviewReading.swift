extension Review {
    /// A table's rows as `check` reads them: each reduced to what the rules need
    /// (`Tasks`), so that a large plan stays small in memory, and read in place,
    /// nothing of a row copied but what is kept.
    struct Reading {
        var plan: Tasks
        /// Each task's team, as its slot in `slots` (empty without a team column).
        var teamOf: [UInt32]
    }

    /// Reads the rows of `reader` (its header already read). Most rows take the codes
    /// path; the full resolver reads the rest, and what is wrong with them goes to
    /// `findings` as errors. `team`: the rows whose problems are said (`--team`); the
    /// other teams' rows are read too, their problems not said, for the dependencies
    /// on them. `slots`: with a team column, each task's team in order of first
    /// appearance; without `--team` each finding names its team's slot. `places`:
    /// where a finding written as a line looks up its field's column.
    static func read(_ reader: TableReader, schema: TaskSchema, resolver: TaskResolver, team: inout TeamFilter,
                     slots: inout Teams.Slots?, places: inout FindingPlaces?, into findings: inout FindingList) throws -> Reading {
        var plan = Tasks(schema: schema)
        let allTeams = team.keepsAll
        var teamOf: [UInt32] = []
        var quiet = FindingList()
        try reader.forEachRecord { row in
            let fields = row.fields
            if !allTeams, !team.keeps(fields) {
                let t = slots!.slot(fields)
                teamOf.append(UInt32(t))
                let c = resolver.codes(fields) ?? resolver.codes(of: resolver.resolve(row.record()).0)
                guard plan.read(fields, line: row.line, c, findings: &quiet, team: Int32(t)) else {
                    throw Tasks.tooLarge(file: reader.name, line: row.line)
                }
                places?.note(fields)
                return
            }
            var slot: Int32 = -1
            if slots != nil {
                let t = slots!.slot(fields)
                teamOf.append(UInt32(t))
                if allTeams { slot = Int32(t) }
            }
            let c: TaskCodes
            if let fast = resolver.codes(fields) { c = fast } else {
                let (resolved, problems) = resolver.resolve(row.record())
                for p in problems {
                    findings.add(Finding(severity: .error, line: p.location.line, column: p.location.column, id: resolved.id,
                                         rule: p.rule, message: p.message), team: slot)
                }
                c = resolver.codes(of: resolved)
            }
            guard plan.read(fields, line: row.line, c, findings: &findings, team: slot) else {
                throw Tasks.tooLarge(file: reader.name, line: row.line)
            }
            places?.note(fields)
            // A large file: room for all its tasks, reserved once from the first rows.
            if plan.count == 4096, let all = reader.estimatedRecords(afterReading: plan.count + 1) {
                plan.reserve(all + all / 16)
                if slots != nil { teamOf.reserveCapacity(all + all / 16) }
            }
        }
        try team.finish()
        plan.milestoneIDs = (0..<resolver.milestoneCodeCount).map { resolver.milestoneTerm($0).id }
        return Reading(plan: plan, teamOf: teamOf)
    }
}
