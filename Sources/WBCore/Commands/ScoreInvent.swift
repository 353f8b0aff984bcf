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
        let cols = try ScoreColumns(table, [
            ("invention", ["発明", "name", "idea"]),
            ("impact", ["インパクト", "per_year", "score"]),
            ("difficulty", ["難易度", "solutions", "ソリューション", "solution_difficulties",
                            "difficulty_total", "total_difficulty", "難易度の合計", "合計難易度", "難易度合計"]),
        ], required: ["impact", "difficulty"], contains: [
            // A sheet's own headings: 問いのインパクト, 難易度 (合計).
            ("impact", ["インパクト", "impact"]),
            ("difficulty", ["難易度", "difficulty"]),
        ])
        inv.noteInferred(cols)
        // A column of totals (難易度の合計, difficulty_total) holds sums, which need not be
        // on the scale themselves.
        let totals = ["合計", "total", "sum"].contains { cols.header("difficulty").lowercased().holds($0) }
        let scale = try (inv.list("scale") ?? ["1", "3", "5", "8", "10"]).map { s -> Int in
            guard let n = Int(s), n > 0 else { throw WBError.usage(L("--scale takes whole numbers, not '\(s)'")) }
            return n
        }
        var impact: [Double] = [], diff: [Int] = []
        var units = Invention.OneUnit()
        for rec in table.rows {
            let (v, u) = try cols.parse(rec, "impact") { try Invention.impact($0) }
            if let problem = units.admit(u, written: cols.value(rec, "impact"), line: rec.line) {
                throw WBError.data(problem, at: cols.location(rec, "impact"))
            }
            impact.append(v)
            diff.append(try cols.parse(rec, "difficulty") { try Invention.difficulty($0, scale: totals ? nil : scale) })
        }
        let ratio = zip(impact, diff).map { $0 / Double($1) }
        let groups = inv.rankGroups(table)
        let rk = ranks(ratio, groups: groups)
        let pareto = paretoFront(impact: impact, difficulty: diff, groups: groups)
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: table.format))
        let lang = try inv.labelLang()
        w.write(table.headerNames + Labels.header(["difficulty_total", "impact_per_difficulty", "pareto", "rank"], lang))
        let rows = table.rows.enumerated().map { (i, rec) in
            (rec: rec.strings + [String(diff[i]), formatNumber(ratio[i], places: 4), Labels.word(pareto[i] ? "yes" : "no", lang), String(rk[i])], rank: rk[i], group: groupKey(groups[i]))
        }
        for r in try inv.rankedOutput(rows) { w.write(r) }
        return .ok
    }
}
