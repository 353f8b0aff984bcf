/// `invent`'s work once its options are read: a table of inventions, each with its
/// total difficulty, impact per difficulty, place on the Pareto front, and rank.
extension Invention {
    /// The inventions table's columns, by name or by a word a team's sheet uses.
    static func columns(_ table: Table) throws -> ScoreColumns {
        try ScoreColumns(table, [
            ("invention", ["発明", "name", "idea"]),
            ("impact", ["インパクト", "per_year", "score"]),
            ("difficulty", ["難易度", "solutions", "ソリューション", "solution_difficulties",
                            "difficulty_total", "total_difficulty", "難易度の合計", "合計難易度", "難易度合計"]),
        ], required: ["impact", "difficulty"], contains: [
            // A sheet's own headings: 問いのインパクト, 難易度 (合計).
            ("impact", ["インパクト", "impact"]),
            ("difficulty", ["難易度", "difficulty"]),
        ])
    }

    /// Ranks the inventions of `table` within their groups (`groups`, by row) by impact
    /// per difficulty, each difficulty on `scale` unless the column holds totals (its
    /// header says 合計, total or sum), every impact in one unit. Returns the added
    /// columns and the rows, in `lang`'s words.
    static func ranked(_ table: Table, columns cols: ScoreColumns, scale: [Int], groups: [Int], lang: Lang) throws
        -> (header: [String], rows: [RankedRow]) {
        let totals = ["合計", "total", "sum"].contains { cols.header("difficulty").lowercased().holds($0) }
        var impact: [Double] = [], diff: [Int] = []
        var units = OneUnit()
        // Each text read once: a sheet's difficulties are a few values of the scale.
        var impacts: [String: (Double, Impact.Unit?)] = [:], difficulties: [String: Int] = [:]
        for rec in table.rows {
            let (v, u) = try cols.parse(rec, "impact", memo: &impacts) { try Invention.impact($0) }
            if let problem = units.admit(u, written: cols.value(rec, "impact"), line: rec.line) {
                throw WBError.data(problem, at: cols.location(rec, "impact"))
            }
            impact.append(v)
            diff.append(try cols.parse(rec, "difficulty", memo: &difficulties) { try Invention.difficulty($0, scale: totals ? nil : scale) })
        }
        let ratio = zip(impact, diff).map { $0 / Double($1) }
        let rk = ranks(ratio, groups: groups)
        let pareto = paretoFront(impact: impact, difficulty: diff, groups: groups)
        let rows = table.rows.enumerated().map { (i, rec) -> RankedRow in
            (rec.strings + [String(diff[i]), formatNumber(ratio[i], places: 4), Labels.word(pareto[i] ? "yes" : "no", lang), String(rk[i])],
             rk[i], groupKey(groups[i]))
        }
        return (Labels.header(["difficulty_total", "impact_per_difficulty", "pareto", "rank"], lang), rows)
    }
}
