/// `wb-tasks split`: one file per team (or per value of another column).
enum TasksSplit {
    static let spec = CommandSpec("split",
        summary: "Write one file per team (--by team) or per value of another column into a directory, each with the header and its rows byte for byte; every file is written or none.",
        options: [
            OptionSpec("by", arg: "COLUMN", "the column to split by: team (default), owner, milestone, role or any other"),
            CommonOptions.outputDirectory,
        ] + CommonOptions.table,
        examples: ["wb-tasks split --by team share/wb/teams-plan.csv -o teams/"], ownsOutput: true, tasksAreInput: true) { inv in
        guard let dir = inv.string("output"), dir != "-" else { throw WBError.usage(L("split writes one file per part (team, or the --by column's value): give -o DIR")) }
        let table = try inv.scoped(inv.readTable(inv.inputPath()))
        let parts = try PlanFiles.split(table, by: inv.string("by") ?? "team", teams: inv.teams)
        try Directory.make(dir)
        let options = try inv.writeOptions(input: table.format).keeping(table.lineEnding, bom: table.hadBOM)
        let ext = options.format == .tsv ? "tsv" : "csv"
        // Every file goes to a temporary first and is renamed only when all are written.
        var files: [(String, AtomicFile)] = []
        for (name, part) in parts {
            let path = (dir.hasSuffix("/") ? dir : dir + "/") + name + "." + ext
            let f = try AtomicFile(path: path)
            // In the plan's own encoding (CP932 stays CP932), as its line endings.
            try f.output.encoded(in: table.encoding, bigEndian: table.bigEndian, name: path) { utf8 in
                let w = TableWriter(utf8, options)
                if options.format == table.format {
                    w.writeRaw(part.header.raw)
                    for r in part.rows { w.writeRaw(r.raw) }
                } else {
                    w.write(part.header)
                    for r in part.rows { w.write(r) }
                }
            }
            files.append((path, f))
        }
        for (_, f) in files { try f.commit() }
        inv.note(TasksIO.wroteFiles(files.map(\.0)))
        return .ok
    }
}

/// `wb-tasks merge`: several tasks files as one.
enum TasksMerge {
    static let spec = CommandSpec("merge", synopsis: "[options] file...",
        summary: "Join several tasks files (each team's) into one plan: the first file's columns, then any column a later file adds (known columns under any of their names), every row kept byte for byte where it can be. An id used in two files is an error unless --renumber.",
        options: [
            OptionSpec("renumber", "give a later file's clashing ids the next free ones (its own depends_on follow) instead of failing"),
        ] + CommonOptions.table,
        examples: ["wb-tasks merge teams/さくら.csv teams/かえで.csv teams/Harbor.csv -o plan.csv"], outputMayBeAnInput: true) { inv in
        guard !inv.operands.isEmpty else { throw WBError.usage(L("merge needs the files to join")) }
        let tables = try inv.operands.map { try inv.scoped(inv.readCompanion($0)) }
        let union = try PlanFiles.merge(tables, renumber: inv.flag("renumber"))
        let first = tables[0]
        // As the first file is written: line endings, BOM, and its encoding (or, when
        // it is plain ASCII, the first file's that is not).
        let encoded = PlanFiles.encodingSource(tables) ?? first
        try PlanFiles.checkEncodable(tables, in: encoded.encoding)
        let status = try inv.writing(in: encoded.encoding, bigEndian: encoded.bigEndian, name: first.name) {
            let w = TableWriter(inv.stdout, try inv.writeOptions(input: first.format).keeping(first.lineEnding, bom: first.hadBOM))
            if union.header.count == first.header.count && w.options.format == first.format { w.writeRaw(first.header.raw) } else { w.write(union.header) }
            for (rec, asRead) in union.rows {
                if asRead && w.options.format == first.format { w.writeRaw(rec.raw) } else { w.write(rec) }
            }
            // The ids renumbered: held, as every note here, until the plan is written.
            for (message, at) in union.notes { inv.note(message, at: at) }
            return ExitCode.ok
        }
        return status
    }
}
