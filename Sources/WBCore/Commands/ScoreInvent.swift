/// `wb-score invent`: inventions by impact and difficulty.
enum ScoreInvent {
    static let spec = CommandSpec("invent",
        summary: "Rank inventions: total difficulty (a number, or the solutions' difficulties summed: 3+5) checked against the scale, impact per difficulty, a Pareto-front flag (no other is as impactful and easier), and rank.",
        options: [
            OptionSpec("scale", arg: "LIST", "the allowed difficulties (default 1,3,5,8,10)"),
            OptionSpec("top", arg: "N", "keep the N best"),
            OptionSpec("sort", "sort by rank (within each team and pair)"),
            ScoreOptions.across,
            CommonOptions.labels,
        ] + CommonOptions.table,
        examples: ["wb-score invent --sort share/wb/sample-inventions.csv"]) { inv in
        let table = try inv.scoped(inv.readTable(inv.inputPath()))
        let cols = try Invention.columns(table)
        inv.noteInferred(cols)
        let scale = try (inv.list("scale") ?? ["1", "3", "5", "8", "10"]).map { s -> Int in
            guard let n = Int(s), n > 0 else { throw WBError.usage(L("--scale takes whole numbers, not '\(s)'")) }
            return n
        }
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: table.format))
        let (header, rows) = try Invention.ranked(table, columns: cols, scale: scale, groups: inv.rankGroups(table), lang: try inv.labelLang())
        w.write(table.headerNames + header)
        for r in try inv.rankedOutput(rows) { w.write(r) }
        return .ok
    }
}
